package org.boardpack.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Value, RAG and direction rules with figures worked by hand. */
class RulesTest {

    private static final FinancialYear FY = new FinancialYear(2026);

    @Test
    void ratePerTenThousandFromCounts() {
        // 2017 inspection report: 176 children on CP plans among about 37,900 children.
        // 10,000 x 176 / 37,900 = 1,760,000 / 37,900 = 46.437994... -> 46.4 at one decimal.
        Double v = ValueRule.valueOf(Unit.RATE_PER_10K, 176.0, 37900.0, null);
        assertThat(Rounding.round(v, 1)).isEqualTo(46.4);
        // and a given value of 46.4 agrees (|46.4 - 46.438| = 0.038 <= 0.05), 46.5 does not (0.062 > 0.05)
        assertThat(ValueRule.agrees(46.4, v, 1)).isTrue();
        assertThat(ValueRule.agrees(46.5, v, 1)).isFalse();
    }

    @Test
    void percentFromCountsAndGivenValueForOtherUnits() {
        // 100 x 172 / 200 = 86.0
        assertThat(ValueRule.valueOf(Unit.PERCENT, 172.0, 200.0, null)).isEqualTo(86.0);
        assertThat(ValueRule.valueOf(Unit.WEEKS, null, null, 31.5)).isEqualTo(31.5);
        assertThat(ValueRule.valueOf(Unit.COUNT, 12.0, null, null)).isEqualTo(12.0);
    }

    @Test
    void ragHigherIsBetterAtTheBoundaries() {
        Target t = new Target("x", FY, 90.0, 5.0);
        assertThat(RagRule.rag(Polarity.HIGHER, 90.0, t, 1)).isEqualTo(Rag.GREEN);   // exactly on target
        assertThat(RagRule.rag(Polarity.HIGHER, 95.0, t, 1)).isEqualTo(Rag.GREEN);   // beats it
        assertThat(RagRule.rag(Polarity.HIGHER, 89.9, t, 1)).isEqualTo(Rag.AMBER);   // just worse
        assertThat(RagRule.rag(Polarity.HIGHER, 85.0, t, 1)).isEqualTo(Rag.AMBER);   // exactly target - tolerance
        assertThat(RagRule.rag(Polarity.HIGHER, 84.9, t, 1)).isEqualTo(Rag.RED);     // beyond the tolerance
        // judged as displayed: 89.96 shows as 90.0, which meets the target
        assertThat(RagRule.rag(Polarity.HIGHER, 89.96, t, 1)).isEqualTo(Rag.GREEN);
    }

    @Test
    void ragLowerIsBetterAtTheBoundaries() {
        Target t = new Target("x", FY, 20.0, 2.0);
        assertThat(RagRule.rag(Polarity.LOWER, 20.0, t, 1)).isEqualTo(Rag.GREEN);   // exactly on target
        assertThat(RagRule.rag(Polarity.LOWER, 18.0, t, 1)).isEqualTo(Rag.GREEN);
        assertThat(RagRule.rag(Polarity.LOWER, 20.1, t, 1)).isEqualTo(Rag.AMBER);
        assertThat(RagRule.rag(Polarity.LOWER, 22.0, t, 1)).isEqualTo(Rag.AMBER);   // exactly target + tolerance
        assertThat(RagRule.rag(Polarity.LOWER, 22.1, t, 1)).isEqualTo(Rag.RED);
    }

    @Test
    void noRagWithoutTargetOrPolarity() {
        assertThat(RagRule.rag(Polarity.LOWER, 22.1, null, 1)).isEqualTo(Rag.NONE);
        assertThat(RagRule.rag(Polarity.NONE, 46.4, new Target("x", FY, 40.0, 5.0), 1)).isEqualTo(Rag.NONE);
        assertThat(RagRule.rag(Polarity.HIGHER, null, new Target("x", FY, 40.0, 5.0), 1)).isEqualTo(Rag.NONE);
    }

    @Test
    void directionByPolarityAndTiesAtDisplayedDecimals() {
        assertThat(DirectionRule.direction(Polarity.HIGHER, 86.0, 90.0, 1)).isEqualTo(Direction.WORSENING);
        assertThat(DirectionRule.direction(Polarity.HIGHER, 90.0, 86.0, 1)).isEqualTo(Direction.IMPROVING);
        assertThat(DirectionRule.direction(Polarity.LOWER, 22.5, 20.0, 1)).isEqualTo(Direction.WORSENING);
        assertThat(DirectionRule.direction(Polarity.LOWER, 20.0, 22.5, 1)).isEqualTo(Direction.IMPROVING);
        assertThat(DirectionRule.direction(Polarity.NONE, 46.4, 44.9, 1)).isEqualTo(Direction.UP);
        assertThat(DirectionRule.direction(Polarity.NONE, 44.9, 46.4, 1)).isEqualTo(Direction.DOWN);
        // 86.04 and 85.96 both show as 86.0: no change
        assertThat(DirectionRule.direction(Polarity.HIGHER, 86.04, 85.96, 1)).isEqualTo(Direction.NO_CHANGE);
        // 86.05 shows as 86.1 (half up), 86.04 as 86.0: improving
        assertThat(DirectionRule.direction(Polarity.HIGHER, 86.05, 86.04, 1)).isEqualTo(Direction.IMPROVING);
        assertThat(DirectionRule.direction(Polarity.HIGHER, 86.0, null, 1)).isEqualTo(Direction.NOT_AVAILABLE);
    }

    @Test
    void financialYears() {
        assertThat(FinancialYear.of(java.time.YearMonth.of(2026, 3)).label()).isEqualTo("2025-26");
        assertThat(FinancialYear.of(java.time.YearMonth.of(2026, 4)).label()).isEqualTo("2026-27");
        assertThat(FinancialYear.parse("2026-27")).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.parse("2026-28")).isNull();
        assertThat(FinancialYear.parse("2026/27")).isNull();
        assertThat(FinancialYear.parse("1999-00")).isEqualTo(new FinancialYear(1999));
    }
}
