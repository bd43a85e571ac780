package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.boardpack.indicators.spc.SpcTestSeries.analyseAfterBase;
import static org.boardpack.indicators.spc.SpcTestSeries.rules;

import java.util.Arrays;
import java.util.List;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Missing values (null): left out of the mean and the point count, no moving range to or across them, and they
 * break every run (trend, shift) and every 2-of-3 window.
 */
class SpcMissingValuesTest {

    @Test
    void missingValueIsLeftOutAndTheRangeAcrossTheGapIsNotComputed() {
        // 4,6,8,6 x 3, [missing], 6,4,6,8,6,4,6,8
        // values: 12 + 8 = 20 present; sum 72 + 48 = 120; mean 120 / 20 = 6
        // ranges: 11 before the gap, all 2; none to the gap or across it (6 -> 6 would be 0); 7 after, all 2:
        // 18 ranges of 2, mean mR 2. (Had the range across the gap been taken, mean mR would be 36 / 19 = 1.8947.)
        List<Double> v = Arrays.asList(4.0, 6.0, 8.0, 6.0, 4.0, 6.0, 8.0, 6.0, 4.0, 6.0, 8.0, 6.0,
                null, 6.0, 4.0, 6.0, 8.0, 6.0, 4.0, 6.0, 8.0);
        SpcResult r = SpcCalculator.analyse(v, Polarity.HIGHER, null);

        assertThat(r.status()).isEqualTo(LimitStatus.FULL); // 20 values, 21 positions
        assertThat(r.mean()).isCloseTo(6.0, within(1e-9));
        assertThat(r.meanMovingRange()).isCloseTo(2.0, within(1e-9));
        assertThat(r.points()).hasSize(21);
        SpcPoint gap = r.points().get(12);
        assertThat(gap.isMissing()).isTrue();
        assertThat(gap.index()).isEqualTo(12);
        assertThat(gap.movingRange()).isNull();
        assertThat(gap.rule()).isEqualTo(SpecialCauseRule.NONE);
        assertThat(gap.signal()).isEqualTo(PointSignal.COMMON);
        assertThat(r.points().get(13).movingRange()).isNull();
        assertThat(r.points().get(14).movingRange()).isEqualTo(2.0);
    }

    @Test
    void aGapBreaksAShift() {
        // 7, 8, 7, [missing], 8, 7, 8, 7: 7 values above the mean but not 7 consecutive points
        assertThat(rules(analyseAfterBase(Polarity.HIGHER, 7.0, 8.0, 7.0, null, 8.0, 7.0, 8.0, 7.0))).containsOnly(SpecialCauseRule.NONE);
    }

    @Test
    void aGapBreaksATrend() {
        // 3, 4, 5, [missing], 6, 7, 8, 9: 7 rising values across a gap
        assertThat(rules(analyseAfterBase(Polarity.HIGHER, 3.0, 4.0, 5.0, null, 6.0, 7.0, 8.0, 9.0))).containsOnly(SpecialCauseRule.NONE);
    }

    @Test
    void aGapBreaksATwoOfThreeWindow() {
        // 10, [missing], 10: two near points but no 3 consecutive present points
        assertThat(rules(analyseAfterBase(Polarity.HIGHER, 6.0, 10.0, null, 10.0, 6.0))).containsOnly(SpecialCauseRule.NONE);
    }

    @Test
    void onlyPresentValuesCountTowardsTwelve() {
        // 11 values and 3 gaps: 14 positions but not enough data
        List<Double> v = Arrays.asList(4.0, 6.0, null, 8.0, 6.0, 4.0, null, 6.0, 8.0, 6.0, null, 4.0, 6.0, 8.0);
        assertThat(SpcCalculator.analyse(v, Polarity.HIGHER, null).status()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA);
    }

    @Test
    void variationComesFromTheLastPointWithAValue() {
        // 12 (outside, high) then a missing month: the icon is read from the 12
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 12.0, null);
        assertThat(r.lastPoint().index()).isEqualTo(21);
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
    }
}
