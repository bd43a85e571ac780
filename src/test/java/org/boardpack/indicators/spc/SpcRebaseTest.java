package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;

/**
 * A rebase splits the series into charts of their own (NHSRplotthedots' rebase). Expected limits worked by hand:
 *
 * <pre>
 * segment 1 (positions 0-11): 10 12 11 13 12 10 11 12 13 11 12 11
 *   sum 138, mean 138/12 = 11.5
 *   moving ranges 2 1 2 1 2 1 1 1 2 1 1: sum 15 over 11, mean mR = 1.363636...
 *   limits 11.5 +/- 2.66 x 1.363636 = 11.5 +/- 3.627273: 7.872727 to 15.127273
 *   near limits 11.5 +/- 1.773333 x 1.363636 = 11.5 +/- 2.418182: 9.081818 to 13.918182
 * segment 2 (positions 12-23): the same plus 10: mean 21.5, mean mR 15/11 = 1.363636 (the range 11 -> 20 across the
 *   break is not counted; with it the mean mR would be 39/23 = 1.695652), limits 17.872727 to 25.127273
 * </pre>
 * Without the rebase the whole series has mean 16.5 and every point is on one side of it (a 12-point shift each
 * side); with it each segment has only common cause.
 */
class SpcRebaseTest {

    private static final double[] FIRST = {10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11};

    private static List<Double> series() {
        List<Double> v = new ArrayList<>();
        for (double d : FIRST) v.add(d);
        for (double d : FIRST) v.add(d + 10);
        return v;
    }

    @Test
    void eachSegmentHasItsOwnMeanAndLimitsFromItsOwnMovingRanges() {
        TreeMap<Integer, String> rebase = new TreeMap<>();
        rebase.put(12, "New front door from April");
        SpcResult r = SpcCalculator.analyse(series(), Polarity.LOWER, 15.0, rebase);

        assertThat(r.segments()).hasSize(2);
        SpcSegment a = r.segments().get(0);
        assertThat(a.start()).isZero();
        assertThat(a.end()).isEqualTo(12);
        assertThat(a.reason()).isNull();
        assertThat(a.status()).isEqualTo(LimitStatus.TRIAL);
        assertThat(a.mean()).isCloseTo(11.5, within(1e-9));
        assertThat(a.meanMovingRange()).isCloseTo(1.363636, within(1e-6));
        assertThat(a.lowerProcessLimit()).isCloseTo(7.872727, within(1e-6));
        assertThat(a.upperProcessLimit()).isCloseTo(15.127273, within(1e-6));
        assertThat(a.lowerNearLimit()).isCloseTo(9.081818, within(1e-6));
        assertThat(a.upperNearLimit()).isCloseTo(13.918182, within(1e-6));

        SpcSegment b = r.segments().get(1);
        assertThat(b.start()).isEqualTo(12);
        assertThat(b.end()).isEqualTo(24);
        assertThat(b.reason()).isEqualTo("New front door from April");
        assertThat(b.mean()).isCloseTo(21.5, within(1e-9));
        assertThat(b.meanMovingRange()).isCloseTo(1.363636, within(1e-6));
        assertThat(b.lowerProcessLimit()).isCloseTo(17.872727, within(1e-6));
        assertThat(b.upperProcessLimit()).isCloseTo(25.127273, within(1e-6));

        // the result's own limits are the last segment's; the first point after the break has no moving range
        assertThat(r.mean()).isCloseTo(21.5, within(1e-9));
        assertThat(r.upperProcessLimit()).isCloseTo(25.127273, within(1e-6));
        assertThat(r.points().get(12).movingRange()).isNull();
        assertThat(r.points().get(12).index()).isEqualTo(12);
        assertThat(r.points()).noneMatch(SpcPoint::isSpecialCause);
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        // lower is better, target 15 is below the lower limit 17.87: consistently fails
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
        assertThat(r.segmentOf(3)).isSameAs(a);
        assertThat(r.segmentOf(20)).isSameAs(b);
    }

    @Test
    void withoutTheRebaseTheStepIsTwoShifts() {
        SpcResult r = SpcCalculator.analyse(series(), Polarity.LOWER, 15.0, new TreeMap<>());
        assertThat(r.segments()).singleElement().satisfies(s -> {
            assertThat(s.mean()).isCloseTo(16.5, within(1e-9));
            // 11 + 11 ranges of 15 plus the 9 across the step: 39/23
            assertThat(s.meanMovingRange()).isCloseTo(39.0 / 23, within(1e-9));
        });
        // near limit 16.5 + 1.773333 x 1.695652 = 19.507, upper limit 16.5 + 2.66 x 1.695652 = 21.010: the last point
        // (21) is near the upper limit with 22 before it outside: special cause either way, high
        assertThat(r.points().get(22).rule()).isEqualTo(SpecialCauseRule.OUTSIDE_LIMITS);
        assertThat(r.points().get(23).isSpecialCause()).isTrue();
        assertThat(r.points().subList(0, 12)).allMatch(SpcPoint::isSpecialCause);
        assertThat(r.variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
    }

    @Test
    void aShortLastSegmentHasNoLimitsButTheEarlierOneKeepsThem() {
        TreeMap<Integer, String> rebase = new TreeMap<>();
        rebase.put(18, "Recording change");
        SpcResult r = SpcCalculator.analyse(series(), Polarity.LOWER, null, rebase);
        assertThat(r.segments()).extracting(SpcSegment::status).containsExactly(LimitStatus.TRIAL, LimitStatus.NOT_ENOUGH_DATA);
        assertThat(r.status()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA);
        assertThat(r.variation()).isEqualTo(VariationIcon.NOT_ENOUGH_DATA);
    }
}
