package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;

/** Fewer than 12 points: no limits; 12-19: trial limits; 20+: full. */
class SpcDataSufficiencyTest {

    @Test
    void elevenPointsHaveNoLimitsNoRulesAndNoIcons() {
        // 1..10 rising then 100: would be a trend and an outlier, but 11 points are not enough for SPC
        List<Double> v = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 100.0);
        SpcResult r = SpcCalculator.analyse(v, Polarity.HIGHER, 5.0);

        assertThat(r.status()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA);
        assertThat(r.hasLimits()).isFalse();
        assertThat(r.status().label()).isEqualTo("Not enough data (fewer than 12 points)");
        assertThat(Arrays.asList(r.mean(), r.meanMovingRange(), r.lowerProcessLimit(), r.upperProcessLimit(),
                r.lowerNearLimit(), r.upperNearLimit())).containsOnlyNulls();
        assertThat(r.points()).hasSize(11).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo(SpecialCauseRule.NONE);
            assertThat(p.signal()).isEqualTo(PointSignal.COMMON);
        });
        // the moving ranges are still given: |100 - 10| = 90
        assertThat(r.points().get(10).movingRange()).isEqualTo(90.0);
        assertThat(r.variation()).isEqualTo(VariationIcon.NOT_ENOUGH_DATA);
        assertThat(r.variation().label()).isEqualTo("Not enough data");
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.NONE); // even with a target
    }

    @Test
    void emptyAndSinglePointSeries() {
        SpcResult empty = SpcCalculator.analyse(List.of(), Polarity.HIGHER, 5.0);
        assertThat(empty.status()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA);
        assertThat(empty.points()).isEmpty();
        assertThat(empty.lastPoint()).isNull();
        assertThat(empty.variation()).isEqualTo(VariationIcon.NOT_ENOUGH_DATA);

        SpcResult one = SpcCalculator.analyse(List.of(7.0), Polarity.LOWER, null);
        assertThat(one.status()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA);
        assertThat(one.points()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo(7.0);
            assertThat(p.movingRange()).isNull();
        });
    }

    @Test
    void twelveToNineteenPointsGiveTrialLimits() {
        List<Double> base = SpcTestSeries.base();
        // first 12 of BASE: 4,6,8,6 x 3: mean 72 / 12 = 6; 11 ranges of 2: mean mR 2 -> the BASE limits
        SpcResult twelve = SpcCalculator.analyse(base.subList(0, 12), Polarity.HIGHER, 0.5);
        assertThat(twelve.status()).isEqualTo(LimitStatus.TRIAL);
        assertThat(twelve.isTrial()).isTrue();
        assertThat(twelve.status().label()).isEqualTo("Trial limits (12-19 points)");
        assertThat(twelve.upperProcessLimit()).isCloseTo(11.32, within(1e-9));
        // trial limits still give icons
        assertThat(twelve.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(twelve.assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);

        assertThat(SpcCalculator.analyse(base.subList(0, 19), Polarity.HIGHER, null).status()).isEqualTo(LimitStatus.TRIAL);
        assertThat(SpcCalculator.analyse(base.subList(0, 20), Polarity.HIGHER, null).status()).isEqualTo(LimitStatus.FULL);
    }

    @Test
    void statusCountsTheBaselineNotTheWholeSeries() {
        // 24 points with a 12-point baseline: limits from 12 points are trial limits
        List<Double> v = SpcTestSeries.baseThen(4.0, 6.0, 8.0, 6.0);
        assertThat(SpcCalculator.analyse(v, Polarity.HIGHER, null, 12).status()).isEqualTo(LimitStatus.TRIAL);
        assertThat(SpcCalculator.analyse(v, Polarity.HIGHER, null, 20).status()).isEqualTo(LimitStatus.FULL);
        // an 11-point baseline is not enough, however long the series
        SpcResult r = SpcCalculator.analyse(v, Polarity.HIGHER, 5.0, 11);
        assertThat(r.status()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA);
        assertThat(r.points()).hasSize(24);
        assertThat(r.variation()).isEqualTo(VariationIcon.NOT_ENOUGH_DATA);
    }
}
