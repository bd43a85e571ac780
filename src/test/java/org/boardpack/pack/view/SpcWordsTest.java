package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.indicators.spc.AssuranceIcon;
import org.boardpack.indicators.spc.SpcCalculator;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.indicators.spc.VariationIcon;
import org.junit.jupiter.api.Test;

/**
 * The one sentence per SPC chart and the sustained-shift prompt, on series worked by hand. Every series has 24
 * months from November 2024 (index 16 is March 2026, index 23 October 2026).
 */
class SpcWordsTest {

    private static final YearMonth START = YearMonth.of(2024, 11);

    /** 12, 10, 12, 10, ... (n points). */
    private static List<Double> alternating(int n) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < n; i++) v.add(i % 2 == 0 ? 12.0 : 10.0);
        return v;
    }

    private static String sentence(SpcResult spc) {
        return SpcWords.sentence(spc, START, Numbers.shown(spc.lowerProcessLimit(), 1, Unit.WEEKS),
                Numbers.shown(spc.upperProcessLimit(), 1, Unit.WEEKS));
    }

    @Test
    void commonCauseOnly() {
        // mean 11, mean mR 2, limits 5.68 to 16.32; the points alternate about the mean: no rule applies
        SpcResult spc = SpcCalculator.analyse(alternating(24), Polarity.LOWER, null);
        assertThat(sentence(spc)).isEqualTo("Common cause variation only: no signal in the last 24 months");
        assertThat(SpcWords.shiftPrompt(spc, START)).isEmpty();
    }

    /**
     * 16 alternating points (ending 10) then 8 points of 13: mean 280/24 = 11.667; mean mR (15 x 2 + 3 + 7 x 0)/23
     * = 1.435; upper limit 11.667 + 2.66 x 1.435 = 15.48, near limit 11.667 + 1.773 x 1.435 = 14.21. 13 is inside
     * both, so the last point is special cause by the shift rule only: 8 months above the mean from index 16.
     */
    private static List<Double> shifted() {
        List<Double> v = alternating(16);
        for (int i = 0; i < 8; i++) v.add(13.0);
        return v;
    }

    @Test
    void aShiftAboveTheMeanForLowerIsBetterIsAConcernWithThePrompt() {
        SpcResult spc = SpcCalculator.analyse(shifted(), Polarity.LOWER, null);
        assertThat(sentence(spc)).isEqualTo("Special cause of concern: 8 months running above the mean since March 2026");
        assertThat(SpcWords.shiftPrompt(spc, START)).isEqualTo("A sustained shift since March 2026: consider recalculating the limits");
        SpcResult better = SpcCalculator.analyse(shifted(), Polarity.HIGHER, null);
        assertThat(sentence(better)).isEqualTo("Special cause of improvement: 8 months running above the mean since March 2026");
    }

    @Test
    void aDeclaredRebaseAtTheShiftTakesThePromptAway() {
        TreeMap<Integer, String> rebase = new TreeMap<>();
        rebase.put(16, "New recording system");
        SpcResult spc = SpcCalculator.analyse(shifted(), Polarity.LOWER, null, rebase);
        // the new segment has 8 points: not enough for limits of its own
        assertThat(sentence(spc)).isEqualTo("Not enough data for SPC limits since they were recalculated from March 2026: "
                + "8 months with a figure, 12 needed");
        assertThat(SpcWords.shiftPrompt(spc, START)).isEmpty();
        assertThat(SpcWords.rebaseNotes(spc, START)).containsExactly("Limits recalculated from March 2026: New recording system");
    }

    @Test
    void aPointAboveTheUpperLimit() {
        // 23 alternating points then 30: mean 284/24 = 11.833; mean mR (22 x 2 + 18)/23 = 2.696;
        // upper limit 11.833 + 2.66 x 2.696 = 19.004, shown 19.0 weeks
        List<Double> v = alternating(23);
        v.add(30.0);
        SpcResult spc = SpcCalculator.analyse(v, Polarity.LOWER, null);
        assertThat(sentence(spc)).isEqualTo("Special cause of concern: October 2026 above the upper process limit (19.0 weeks)");
        assertThat(SpcWords.shiftPrompt(spc, START)).isEmpty();
    }

    @Test
    void commonCauseAfterAnEarlierSignalSaysSince() {
        // 30 at index 5 (March 2025) is above the limits; the 18 months after it are common cause
        List<Double> v = alternating(24);
        v.set(5, 30.0);
        SpcResult spc = SpcCalculator.analyse(v, Polarity.LOWER, null);
        assertThat(sentence(spc)).isEqualTo("Common cause variation only: no signal in the last 18 months (the last was in April 2025, concern)");
    }

    @Test
    void tooFewPoints() {
        SpcResult spc = SpcCalculator.analyse(alternating(8), Polarity.LOWER, null);
        assertThat(sentence(spc)).isEqualTo("Not enough data for SPC limits: 8 months with a figure, 12 needed");
    }

    @Test
    void iconChoicePerVariationAndAssurance() {
        assertThat(MdcIcon.of(VariationIcon.NOT_ENOUGH_DATA)).isNull();
        assertThat(MdcIcon.of(VariationIcon.COMMON_CAUSE)).isEqualTo(MdcIcon.COMMON_CAUSE);
        assertThat(MdcIcon.of(VariationIcon.CONCERN_HIGH)).satisfies(i -> {
            assertThat(i.letter()).isEqualTo("H");
            assertThat(i.colour()).isEqualTo("E46C0A");
            assertThat(i.label()).isEqualTo("Special cause of concern, high");
        });
        assertThat(MdcIcon.of(VariationIcon.CONCERN_LOW).letter()).isEqualTo("L");
        assertThat(MdcIcon.of(VariationIcon.IMPROVEMENT_HIGH).colour()).isEqualTo("2E75B6");
        assertThat(MdcIcon.of(VariationIcon.IMPROVEMENT_LOW).letter()).isEqualTo("L");
        assertThat(MdcIcon.of(VariationIcon.NEUTRAL_HIGH)).isEqualTo(MdcIcon.NEUTRAL_HIGH);
        assertThat(MdcIcon.COMMON_CAUSE.colour()).isEqualTo("7F7F7F");
        assertThat(MdcIcon.of(AssuranceIcon.NONE)).isNull();
        assertThat(MdcIcon.of(AssuranceIcon.CONSISTENTLY_PASSES)).satisfies(i -> {
            assertThat(i.letter()).isEqualTo("P");
            assertThat(i.colour()).isEqualTo("2E75B6");
        });
        assertThat(MdcIcon.of(AssuranceIcon.CONSISTENTLY_FAILS)).satisfies(i -> {
            assertThat(i.letter()).isEqualTo("F");
            assertThat(i.colour()).isEqualTo("E46C0A");
        });
        assertThat(MdcIcon.of(AssuranceIcon.HIT_AND_MISS).colour()).isEqualTo("7F7F7F");
        // the icons the calculator picks for the worked series
        assertThat(MdcIcon.of(SpcCalculator.analyse(shifted(), Polarity.LOWER, null).variation())).isEqualTo(MdcIcon.CONCERN_HIGH);
        assertThat(MdcIcon.of(SpcCalculator.analyse(shifted(), Polarity.HIGHER, null).variation())).isEqualTo(MdcIcon.IMPROVEMENT_HIGH);
        // target 20 with lower-is-better, above the upper limit 15.48: consistently passes
        assertThat(MdcIcon.of(SpcCalculator.analyse(shifted(), Polarity.LOWER, 20.0).assurance())).isEqualTo(MdcIcon.PASSES);
        assertThat(MdcIcon.definitions()).hasSize(MdcIcon.values().length)
                .allSatisfy(d -> assertThat(d[1]).startsWith("letter "));
    }
}
