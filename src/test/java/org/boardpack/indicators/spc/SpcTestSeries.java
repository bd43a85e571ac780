package org.boardpack.indicators.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.boardpack.indicators.Polarity;

/**
 * Series shared by the SPC tests.
 *
 * <p>BASE is the 4-point cycle 4, 6, 8, 6 five times (20 points). Worked by hand:
 * <ul>
 * <li>sum = 5 x (4 + 6 + 8 + 6) = 5 x 24 = 120, mean = 120 / 20 = 6</li>
 * <li>every consecutive pair differs by 2, so the 19 moving ranges are all 2: mean mR = 38 / 19 = 2</li>
 * <li>process limits 6 +/- 2.66 x 2 = 6 +/- 5.32: LPL 0.68, UPL 11.32</li>
 * <li>near limits 6 +/- (2/3 x 2.66) x 2 = 6 +/- 3.546667 (5.32 x 2/3 = 3.5466...): LNL 2.453333, UNL 9.546667</li>
 * </ul>
 * BASE alone has no special cause: every other point (6) is exactly on the mean, so no shift; the longest rise is
 * 4, 6, 8 (3 points); 4 and 8 are inside the near limits. Tests that need fixed limits append points after BASE and
 * use the first 20 points as the baseline, so the limits above hold whatever is appended; appended points are then
 * at index 20, 21, ... The last BASE point (index 19) is 6, on the mean.
 */
final class SpcTestSeries {

    static final double MEAN = 6;
    static final double MEAN_MR = 2;
    static final double LPL = 0.68;
    static final double UPL = 11.32;
    static final double LNL = 2.453333333333; // 6 - 10.64 / 3 = 6 - 3.546666...
    static final double UNL = 9.546666666667; // 6 + 10.64 / 3 = 6 + 3.546666...
    static final double TOLERANCE = 1e-9;

    private SpcTestSeries() {
    }

    static List<Double> base() {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < 5; i++) v.addAll(List.of(4.0, 6.0, 8.0, 6.0));
        return v;
    }

    /** BASE followed by {@code tail} (null allowed for a missing value). */
    static List<Double> baseThen(Double... tail) {
        List<Double> v = base();
        v.addAll(Arrays.asList(tail));
        return v;
    }

    /** BASE then the tail, analysed with BASE (the first 20 points) as the baseline. */
    static SpcResult analyseAfterBase(Polarity polarity, Double... tail) {
        return SpcCalculator.analyse(baseThen(tail), polarity, null, 20);
    }

    static List<SpecialCauseRule> rules(SpcResult r) {
        return r.points().stream().map(SpcPoint::rule).toList();
    }

    /** 20 x NONE for the baseline then the rules given for the appended points. */
    static List<SpecialCauseRule> noneForBaseThen(SpecialCauseRule... tail) {
        List<SpecialCauseRule> v = new ArrayList<>(Collections.nCopies(20, SpecialCauseRule.NONE));
        v.addAll(Arrays.asList(tail));
        return v;
    }
}
