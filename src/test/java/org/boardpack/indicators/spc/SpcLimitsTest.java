package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.boardpack.indicators.spc.SpcTestSeries.TOLERANCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;

/** Mean, moving ranges and limits, worked by hand. */
class SpcLimitsTest {

    @Test
    void handWorkedTwelvePointSeries() {
        // y:   10, 13, 11, 12,  9, 12, 10, 10, 11, 12, 10, 12
        // sum: 10+13+11+12+9+12+10+10+11+12+10+12 = 132; mean = 132 / 12 = 11
        // mR:  -,  3,  2,  1,  3,  3,  2,  0,  1,  1,  2,  2   (11 ranges, sum 20)
        // mean mR = 20 / 11 = 1.818181...
        // 2.66 x 20/11 = 53.2 / 11 = 4.836363...:     UPL = 15.836363..., LPL = 6.163636...
        // (2/3 x 2.66) x 20/11 = 35.4666.../11 = 3.224242...: UNL = 14.224242..., LNL = 7.775757...
        SpcResult r = SpcCalculator.analyse(List.of(10.0, 13.0, 11.0, 12.0, 9.0, 12.0, 10.0, 10.0, 11.0, 12.0, 10.0, 12.0),
                Polarity.HIGHER, null);

        assertThat(r.status()).isEqualTo(LimitStatus.TRIAL);
        assertThat(r.mean()).isCloseTo(11.0, within(TOLERANCE));
        assertThat(r.meanMovingRange()).isCloseTo(1.818181818182, within(TOLERANCE));
        assertThat(r.upperProcessLimit()).isCloseTo(15.836363636364, within(TOLERANCE));
        assertThat(r.lowerProcessLimit()).isCloseTo(6.163636363636, within(TOLERANCE));
        assertThat(r.upperNearLimit()).isCloseTo(14.224242424242, within(TOLERANCE));
        assertThat(r.lowerNearLimit()).isCloseTo(7.775757575758, within(TOLERANCE));
        assertThat(r.points()).extracting(SpcPoint::movingRange)
                .containsExactly(null, 3.0, 2.0, 1.0, 3.0, 3.0, 2.0, 0.0, 1.0, 1.0, 2.0, 2.0);
        assertThat(r.points()).extracting(SpcPoint::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        // nothing beyond 14.22 or below 7.78, no 7 on one side of 11, no run of 7 rising or falling
        assertThat(r.points()).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo(SpecialCauseRule.NONE);
            assertThat(p.signal()).isEqualTo(PointSignal.COMMON);
            assertThat(p.high()).isFalse();
        });
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void baseSeriesLimitsAndNoSpecialCause() {
        // See SpcTestSeries: mean 6, mean mR 38/19 = 2, limits 0.68 / 11.32, near 2.4533 / 9.5467; 20 points: FULL.
        SpcResult r = SpcCalculator.analyse(SpcTestSeries.base(), Polarity.HIGHER, null);

        assertThat(r.status()).isEqualTo(LimitStatus.FULL);
        assertThat(r.mean()).isCloseTo(SpcTestSeries.MEAN, within(TOLERANCE));
        assertThat(r.meanMovingRange()).isCloseTo(SpcTestSeries.MEAN_MR, within(TOLERANCE));
        assertThat(r.lowerProcessLimit()).isCloseTo(SpcTestSeries.LPL, within(TOLERANCE));
        assertThat(r.upperProcessLimit()).isCloseTo(SpcTestSeries.UPL, within(TOLERANCE));
        assertThat(r.lowerNearLimit()).isCloseTo(SpcTestSeries.LNL, within(TOLERANCE));
        assertThat(r.upperNearLimit()).isCloseTo(SpcTestSeries.UNL, within(TOLERANCE));
        assertThat(r.points()).allSatisfy(p -> assertThat(p.isSpecialCause()).isFalse());
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void baselineLimitsComeFromTheBaselineOnlyAndApplyToEveryPoint() {
        // BASE then 20, 20 with a 20-point baseline: mean 6 and mean mR 2 from BASE alone (the ranges 6->20 = 14
        // and 20->20 = 0 are reported on the points but are outside the baseline), so UPL stays 11.32 and both
        // 20s are outside it.
        SpcResult r = SpcCalculator.analyse(SpcTestSeries.baseThen(20.0, 20.0), Polarity.HIGHER, null, 20);

        assertThat(r.status()).isEqualTo(LimitStatus.FULL);
        assertThat(r.mean()).isCloseTo(6.0, within(TOLERANCE));
        assertThat(r.meanMovingRange()).isCloseTo(2.0, within(TOLERANCE));
        assertThat(r.upperProcessLimit()).isCloseTo(11.32, within(TOLERANCE));
        assertThat(r.points().get(20).movingRange()).isEqualTo(14.0);
        assertThat(r.points().get(21).movingRange()).isEqualTo(0.0);
        assertThat(r.points().get(20).rule()).isEqualTo(SpecialCauseRule.OUTSIDE_LIMITS);
        assertThat(r.points().get(21).rule()).isEqualTo(SpecialCauseRule.OUTSIDE_LIMITS);

        // Without a baseline the 20s are in the limits' arithmetic:
        // mean = (120 + 40) / 22 = 7.272727...; mean mR = (19 x 2 + 14 + 0) / 21 = 52 / 21 = 2.476190...
        SpcResult all = SpcCalculator.analyse(SpcTestSeries.baseThen(20.0, 20.0), Polarity.HIGHER, null);
        assertThat(all.mean()).isCloseTo(7.272727272727, within(TOLERANCE));
        assertThat(all.meanMovingRange()).isCloseTo(2.476190476190, within(TOLERANCE));
    }

    @Test
    void baselineLongerThanTheSeriesIsTheWholeSeries() {
        List<Double> v = SpcTestSeries.baseThen(20.0, 20.0);
        assertThat(SpcCalculator.analyse(v, Polarity.HIGHER, 5.0, 100))
                .isEqualTo(SpcCalculator.analyse(v, Polarity.HIGHER, 5.0));
        assertThat(SpcCalculator.analyse(v, Polarity.HIGHER, 5.0, 22))
                .isEqualTo(SpcCalculator.analyse(v, Polarity.HIGHER, 5.0));
    }

    @Test
    void constantSeriesHasLimitsOnTheMeanAndNoSpecialCause() {
        // 20 x 5: mean 5, every moving range 0, so all four limits are 5. Nothing is strictly beyond 5, every point
        // is on the mean (no shift), no point is strictly higher than the one before (no trend).
        SpcResult r = SpcCalculator.analyse(new ArrayList<>(Collections.nCopies(20, 5.0)), Polarity.HIGHER, 5.0);

        assertThat(r.status()).isEqualTo(LimitStatus.FULL);
        assertThat(r.mean()).isEqualTo(5.0);
        assertThat(r.meanMovingRange()).isEqualTo(0.0);
        assertThat(List.of(r.lowerProcessLimit(), r.upperProcessLimit(), r.lowerNearLimit(), r.upperNearLimit()))
                .containsOnly(5.0);
        assertThat(r.points()).allSatisfy(p -> assertThat(p.rule()).isEqualTo(SpecialCauseRule.NONE));
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        // target exactly on the (collapsed) limits is not beyond them: hit and miss
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS);
        assertThat(SpcCalculator.analyse(Collections.nCopies(20, 5.0), Polarity.HIGHER, 5.5).assurance())
                .isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
    }

    @Test
    void rejectsBadArguments() {
        List<Double> base = SpcTestSeries.base();
        assertThatThrownBy(() -> SpcCalculator.analyse(base, Polarity.HIGHER, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baselinePoints");
        assertThatThrownBy(() -> SpcCalculator.analyse(base, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SpcCalculator.analyse(null, Polarity.HIGHER, null))
                .isInstanceOf(NullPointerException.class);
        List<Double> withNaN = new ArrayList<>(base);
        withNaN.set(3, Double.NaN);
        assertThatThrownBy(() -> SpcCalculator.analyse(withNaN, Polarity.HIGHER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 3");
        assertThatThrownBy(() -> SpcCalculator.analyse(Arrays.asList(1.0, Double.POSITIVE_INFINITY), Polarity.LOWER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpcCalculator.analyse(base, Polarity.HIGHER, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    }

    @Test
    void resultPointsCannotBeModified() {
        SpcResult r = SpcCalculator.analyse(SpcTestSeries.base(), Polarity.HIGHER, null);
        assertThatThrownBy(() -> r.points().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
