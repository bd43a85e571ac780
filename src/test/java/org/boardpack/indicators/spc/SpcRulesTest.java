package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.indicators.spc.SpcTestSeries.analyseAfterBase;
import static org.boardpack.indicators.spc.SpcTestSeries.noneForBaseThen;
import static org.boardpack.indicators.spc.SpcTestSeries.rules;
import static org.boardpack.indicators.spc.SpecialCauseRule.NONE;
import static org.boardpack.indicators.spc.SpecialCauseRule.OUTSIDE_LIMITS;
import static org.boardpack.indicators.spc.SpecialCauseRule.SHIFT;
import static org.boardpack.indicators.spc.SpecialCauseRule.TREND;
import static org.boardpack.indicators.spc.SpecialCauseRule.TWO_OF_THREE_NEAR_LIMIT;

import java.util.List;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Each special-cause rule on a series built to trigger it and no other, and precedence when two apply.
 *
 * <p>Every series is BASE (20 points, see {@link SpcTestSeries}) as the baseline, then appended points from index
 * 20. Limits throughout: mean 6, LPL 0.68, LNL 2.4533, UNL 9.5467, UPL 11.32. A point is "near" when it is above
 * 9.5467 (and not above 11.32) or below 2.4533 (and not below 0.68). BASE ends with 6 (on the mean) at index 19.
 */
class SpcRulesTest {

    // ---- rule 1: outside the process limits

    @Test
    void outsideUpperLimitOnly() {
        // 12 > 11.32. Around it 6 (on the mean), 6, 4: no run, no near point, no 7 on one side.
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 12.0, 6.0, 4.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(NONE, OUTSIDE_LIMITS, NONE, NONE));
        SpcPoint p = r.points().get(21);
        assertThat(p.high()).isTrue();
        assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT);
    }

    @Test
    void outsideLowerLimitOnly() {
        // 0.5 < 0.68
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 0.5, 6.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(NONE, OUTSIDE_LIMITS, NONE));
        assertThat(r.points().get(21).high()).isFalse();
        assertThat(r.points().get(21).signal()).isEqualTo(PointSignal.CONCERN);
    }

    @Test
    void singleNearPointJustInsideTheLimitIsCommonCause() {
        // 11.3 is above UNL 9.5467 but not above UPL 11.32: near, but alone (its neighbours are on the mean)
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 11.3, 6.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(NONE, NONE, NONE));
    }

    // ---- rule 2: trend of 7 points

    @Test
    void risingTrendOfSevenOnly() {
        // 3 < 4 < 5 < 6 < 7 < 8 < 9 (indexes 20-26): six strict rises, 7 points. The point before (6 at 19) is
        // higher than 3, so the run starts at 20. 3, 4, 5 below the mean, 6 on it, 7, 8, 9 above: no shift.
        // 3 > 2.4533 and 9 < 9.5467: nothing near.
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(TREND, TREND, TREND, TREND, TREND, TREND, TREND));
        // the direction of a trend point is the trend's, not its side of the mean: 3 is below the mean but is part
        // of a rise, so for higher-is-better it is an improvement (NHSRplotthedots after its fix #180)
        assertThat(r.points().subList(20, 27)).allSatisfy(p -> {
            assertThat(p.high()).isTrue();
            assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT);
        });
    }

    @Test
    void fallingTrendOfSevenOnly() {
        // 9 > 8 > ... > 3 (indexes 20-26); 6 -> 9 at 19-20 is a rise, so the fall starts at 20.
        SpcResult r = analyseAfterBase(Polarity.LOWER, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(TREND, TREND, TREND, TREND, TREND, TREND, TREND));
        // a fall is an improvement when lower is better, including 9, 8 and 7 which are above the mean
        assertThat(r.points().subList(20, 27)).allSatisfy(p -> {
            assertThat(p.high()).isFalse();
            assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT);
        });
    }

    @Test
    void sixRisingPointsAreNotATrend() {
        // 4 < 5 < 6 < 7 < 8 < 9: 6 points (6 at index 19 is above 4, so it does not extend the run)
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
        assertThat(rules(r)).containsOnly(NONE);
    }

    @Test
    void anEqualValueBreaksATrend() {
        // 3, 4, 5, 5, 6, 7, 8, 9: would be 8 rising points, but 5 -> 5 is not strictly higher: runs of 3 and 5.
        // Sides: 3, 4, 5, 5 below (4), 6 on the mean, 7, 8, 9 above: no shift either.
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 3.0, 4.0, 5.0, 5.0, 6.0, 7.0, 8.0, 9.0);
        assertThat(rules(r)).containsOnly(NONE);
    }

    @Test
    void aPointEndingARiseAndStartingAFallTakesTheLaterRun() {
        // 3..9 rising at 20-26, then 9..3 falling at 26-32; 9 at index 26 is in both runs and takes the fall
        // (NHSRplotthedots: "if a point is part of a trend either side, use right side").
        // Above the mean only 7, 8, 9, 8, 7 (5 points): no shift; nothing near.
        SpcResult r = analyseAfterBase(Polarity.HIGHER,
                3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0);
        assertThat(rules(r).subList(20, 33)).containsOnly(TREND);
        assertThat(r.points().subList(20, 26)).allSatisfy(p -> assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT));
        assertThat(r.points().subList(26, 33)).allSatisfy(p -> assertThat(p.signal()).isEqualTo(PointSignal.CONCERN));
    }

    // ---- rule 3: 2 of 3 near a process limit, all 3 on one side of the mean

    @Test
    void twoOfThreeNearTheUpperLimitOnly() {
        // 6, 10, 7, 10, 6: 10 is near (9.5467 < 10 < 11.32); 10, 7, 10 (indexes 21-23) are all above the mean with
        // 2 near points. Only the two near points are flagged, not the 7 between them.
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 10.0, 7.0, 10.0, 6.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(NONE, TWO_OF_THREE_NEAR_LIMIT, NONE, TWO_OF_THREE_NEAR_LIMIT, NONE));
        assertThat(r.points().get(21).high()).isTrue();
        assertThat(r.points().get(23).signal()).isEqualTo(PointSignal.IMPROVEMENT);
    }

    @Test
    void twoOfThreeNearTheLowerLimitOnly() {
        // 2 is near (0.68 < 2 < 2.4533); 2, 5, 2 all below the mean
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 2.0, 5.0, 2.0, 6.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(NONE, TWO_OF_THREE_NEAR_LIMIT, NONE, TWO_OF_THREE_NEAR_LIMIT, NONE));
        assertThat(r.points().get(21).high()).isFalse();
        assertThat(r.points().get(21).signal()).isEqualTo(PointSignal.CONCERN);
    }

    @Test
    void threeNearPointsInARowAreAllFlagged() {
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 10.0, 10.5, 10.0, 6.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(NONE, TWO_OF_THREE_NEAR_LIMIT, TWO_OF_THREE_NEAR_LIMIT,
                TWO_OF_THREE_NEAR_LIMIT, NONE));
    }

    @Test
    void twoNearPointsOnOppositeSidesOfTheMeanAreCommonCause() {
        // 10 near the upper limit, 2 near the lower: no window of 3 is all on one side (NHSRplotthedots #143)
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 10.0, 2.0, 6.0);
        assertThat(rules(r)).containsOnly(NONE);
    }

    @Test
    void twoNearPointsAroundAPointOnTheMeanAreCommonCause() {
        // 10, 6, 10: the middle point is on the mean, so the 3 are not all on one side
        assertThat(rules(analyseAfterBase(Polarity.HIGHER, 6.0, 10.0, 6.0, 10.0, 6.0))).containsOnly(NONE);
        // 10, 5, 10: the middle point is on the other side
        assertThat(rules(analyseAfterBase(Polarity.HIGHER, 6.0, 10.0, 5.0, 10.0, 6.0))).containsOnly(NONE);
    }

    // ---- rule 4: shift of 7 on one side of the mean

    @Test
    void shiftOfSevenAboveTheMeanOnly() {
        // 7, 8, 7, 8, 7, 8, 7 (indexes 20-26) all above 6, preceded by 6 on the mean; alternating, so no trend;
        // all below 9.5467, so nothing near.
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 7.0, 8.0, 7.0, 8.0, 7.0, 8.0, 7.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT));
        assertThat(r.points().subList(20, 27)).allSatisfy(p -> {
            assertThat(p.high()).isTrue();
            assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT);
        });
    }

    @Test
    void shiftOfSevenBelowTheMeanOnly() {
        SpcResult r = analyseAfterBase(Polarity.LOWER, 5.0, 4.0, 5.0, 4.0, 5.0, 4.0, 5.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT));
        assertThat(r.points().subList(20, 27)).allSatisfy(p -> {
            assertThat(p.high()).isFalse();
            assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT); // low is good when lower is better
        });
    }

    @Test
    void sixOnOneSideAreNotAShift() {
        assertThat(rules(analyseAfterBase(Polarity.HIGHER, 7.0, 8.0, 7.0, 8.0, 7.0, 8.0))).containsOnly(NONE);
    }

    @Test
    void aPointExactlyOnTheMeanBreaksAShift() {
        // 7, 8, 7, [6], 8, 7, 8, 7: 3 above, one on the mean (6), 4 above: no run of 7
        assertThat(rules(analyseAfterBase(Polarity.HIGHER, 7.0, 8.0, 7.0, 6.0, 8.0, 7.0, 8.0, 7.0))).containsOnly(NONE);
        // the same with 7.5 instead of 6: 8 above in a row, all 8 flagged
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 7.0, 8.0, 7.0, 7.5, 8.0, 7.0, 8.0, 7.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT));
    }

    // ---- precedence: first rule that applies

    @Test
    void outsideLimitsBeatsShift() {
        // 7, 8, 12, 8, 7, 8, 7: 7 above the mean (a shift) and 12 > 11.32
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 7.0, 8.0, 12.0, 8.0, 7.0, 8.0, 7.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(SHIFT, SHIFT, OUTSIDE_LIMITS, SHIFT, SHIFT, SHIFT, SHIFT));
    }

    @Test
    void outsideLimitsBeatsTrend() {
        // 3 < 4 < 5 < 6 < 7 < 8 < 12: a 7-point rise whose last point is above 11.32
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 12.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(TREND, TREND, TREND, TREND, TREND, TREND, OUTSIDE_LIMITS));
    }

    @Test
    void trendBeatsShift() {
        // 8, 6.5, 7, 7.5, 8, 8.5, 9, 9.4: all 8 above the mean (shift, indexes 20-27); 6.5 to 9.4 (21-27) is a
        // 7-point rise (8 -> 6.5 is a fall, so 20 is not in it); 9.4 < 9.5467, nothing near.
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 8.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.4);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(SHIFT, TREND, TREND, TREND, TREND, TREND, TREND, TREND));
    }

    @Test
    void twoOfThreeBeatsShift() {
        // 7, 10, 7, 10, 7, 7.5, 7: 7 above the mean; 10, 7, 10 holds 2 near points
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 7.0, 10.0, 7.0, 10.0, 7.0, 7.5, 7.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(
                SHIFT, TWO_OF_THREE_NEAR_LIMIT, SHIFT, TWO_OF_THREE_NEAR_LIMIT, SHIFT, SHIFT, SHIFT));
    }

    @Test
    void outsidePointsDoNotCountAsNear() {
        // NHSRplotthedots #153. 12 (outside), 10, 10 (near): the window 12, 10, 10 has 2 near points -> the 10s
        // are 2-of-3, 12 is outside.
        SpcResult r = analyseAfterBase(Polarity.HIGHER, 6.0, 12.0, 10.0, 10.0, 6.0);
        assertThat(rules(r)).isEqualTo(noneForBaseThen(
                NONE, OUTSIDE_LIMITS, TWO_OF_THREE_NEAR_LIMIT, TWO_OF_THREE_NEAR_LIMIT, NONE));
        // 12, 12 (outside), 10 (near): only 1 near point in any window -> the 10 is common cause
        SpcResult s = analyseAfterBase(Polarity.HIGHER, 6.0, 12.0, 12.0, 10.0, 6.0);
        assertThat(rules(s)).isEqualTo(noneForBaseThen(NONE, OUTSIDE_LIMITS, OUTSIDE_LIMITS, NONE, NONE));
    }

    @Test
    void rulesApplyWithoutPolarityAsNeutralHighAndLow() {
        SpcResult r = analyseAfterBase(Polarity.NONE, 6.0, 12.0, 6.0, 0.5, 6.0);
        assertThat(r.points().subList(20, 25)).extracting(SpcPoint::signal).containsExactly(
                PointSignal.COMMON, PointSignal.NEUTRAL_HIGH, PointSignal.COMMON, PointSignal.NEUTRAL_LOW,
                PointSignal.COMMON);
        assertThat(List.of(r.points().get(21).high(), r.points().get(23).high())).containsExactly(true, false);
    }
}
