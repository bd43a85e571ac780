package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.indicators.spc.SpcTestSeries.analyseAfterBase;

import java.util.List;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variation icon (from the last point) and assurance icon (target against the process limits) for higher, lower
 * and no polarity. Limits as in {@link SpcTestSeries}: mean 6, LPL 0.68, UPL 11.32.
 */
class SpcIconsTest {

    @ParameterizedTest(name = "{0}: last point high -> {1}, low -> {2}")
    @CsvSource({
            "HIGHER, IMPROVEMENT_HIGH, CONCERN_LOW",
            "LOWER,  CONCERN_HIGH,     IMPROVEMENT_LOW",
            "NONE,   NEUTRAL_HIGH,     NEUTRAL_LOW"})
    void variationFromALastPointOutsideTheLimits(Polarity polarity, VariationIcon high, VariationIcon low) {
        // last point 12 > 11.32 (high) / 0.5 < 0.68 (low)
        assertThat(analyseAfterBase(polarity, 6.0, 12.0).variation()).isEqualTo(high);
        assertThat(analyseAfterBase(polarity, 6.0, 0.5).variation()).isEqualTo(low);
    }

    @ParameterizedTest(name = "{0}: common cause")
    @CsvSource({"HIGHER", "LOWER", "NONE"})
    void variationIsCommonCauseWhenTheLastPointIs(Polarity polarity) {
        assertThat(SpcCalculator.analyse(SpcTestSeries.base(), polarity, null).variation())
                .isEqualTo(VariationIcon.COMMON_CAUSE);
        // an earlier special-cause point does not count: 12 at index 21 is outside, the last point (6) is not
        assertThat(analyseAfterBase(polarity, 6.0, 12.0, 6.0).variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void variationFromTheOtherRulesOnTheLastPoint() {
        // last point ends a 7-point rise (3..9, see SpcRulesTest): high
        assertThat(analyseAfterBase(Polarity.HIGHER, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0).variation())
                .isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
        // ... the same rise for lower-is-better is a concern
        assertThat(analyseAfterBase(Polarity.LOWER, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0).variation())
                .isEqualTo(VariationIcon.CONCERN_HIGH);
        // last point ends a shift of 7 below the mean
        assertThat(analyseAfterBase(Polarity.LOWER, 5.0, 4.0, 5.0, 4.0, 5.0, 4.0, 5.0).variation())
                .isEqualTo(VariationIcon.IMPROVEMENT_LOW);
        // last point is the second of 2 near the lower limit, no polarity
        assertThat(analyseAfterBase(Polarity.NONE, 6.0, 2.0, 5.0, 2.0).variation())
                .isEqualTo(VariationIcon.NEUTRAL_LOW);
    }

    @ParameterizedTest(name = "{0}, target {1} -> {2}")
    @CsvSource({
            // higher is better: target below LPL 0.68 -> always met; above UPL 11.32 -> never met
            "HIGHER, 0.5,  CONSISTENTLY_PASSES",
            "HIGHER, 12,   CONSISTENTLY_FAILS",
            "HIGHER, 6,    HIT_AND_MISS",
            "HIGHER, 0.7,  HIT_AND_MISS",
            "HIGHER, 11.3, HIT_AND_MISS",
            // lower is better: mirrored
            "LOWER,  0.5,  CONSISTENTLY_FAILS",
            "LOWER,  12,   CONSISTENTLY_PASSES",
            "LOWER,  6,    HIT_AND_MISS",
            // no polarity: no assurance whatever the target
            "NONE,   0.5,  NONE",
            "NONE,   12,   NONE",
            "NONE,   6,    NONE"})
    void assuranceFromTheTargetAgainstTheLimits(Polarity polarity, double target, AssuranceIcon expected) {
        assertThat(SpcCalculator.analyse(SpcTestSeries.base(), polarity, target).assurance()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: no target -> NONE")
    @CsvSource({"HIGHER", "LOWER", "NONE"})
    void noAssuranceWithoutATarget(Polarity polarity) {
        assertThat(SpcCalculator.analyse(SpcTestSeries.base(), polarity, null).assurance()).isEqualTo(AssuranceIcon.NONE);
    }

    @Test
    void assuranceUsesTheBaselineLimits() {
        // BASE as baseline (UPL 11.32) then 20, 20: a target of 15 is above the baseline's UPL -> consistently fails
        // for higher-is-better, although the later points exceed it
        SpcResult r = SpcCalculator.analyse(SpcTestSeries.baseThen(20.0, 20.0), Polarity.HIGHER, 15.0, 20);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
    }

    @Test
    void labelsABoardMemberReads() {
        assertThat(List.of(VariationIcon.values())).extracting(VariationIcon::label).containsExactly(
                "Not enough data", "Common cause",
                "Special cause improvement (high)", "Special cause improvement (low)",
                "Special cause concern (high)", "Special cause concern (low)",
                "Special cause neutral (high)", "Special cause neutral (low)");
        assertThat(List.of(AssuranceIcon.values())).extracting(AssuranceIcon::label).containsExactly(
                "Consistently passes target", "Consistently fails target", "Hit and miss", "n/a");
        assertThat(List.of(LimitStatus.values())).extracting(LimitStatus::label).containsExactly(
                "Not enough data (fewer than 12 points)", "Trial limits (12-19 points)", "Process limits (20+ points)");
        assertThat(List.of(SpecialCauseRule.values())).extracting(SpecialCauseRule::label).containsExactly(
                "No special cause", "Point outside the process limits", "Run of 7 points each rising or each falling",
                "2 of 3 points near a process limit", "Run of 7 points on one side of the mean");
        assertThat(List.of(PointSignal.values())).extracting(PointSignal::label).containsExactly(
                "Common cause", "Special cause improvement", "Special cause concern",
                "Special cause neutral (high)", "Special cause neutral (low)");
    }
}
