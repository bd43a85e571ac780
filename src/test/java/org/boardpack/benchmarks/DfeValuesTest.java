package org.boardpack.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DfeValuesTest {

    @Test
    void canonicalYearIsTheYearThePeriodEndsIn() {
        assertThat(EesValues.canonicalYear("2025")).isEqualTo(2025);      // reporting year to 31 March 2025
        assertThat(EesValues.canonicalYear("202425")).isEqualTo(2025);    // financial / academic year 2024-25
        assertThat(EesValues.canonicalYear("2024-25")).isEqualTo(2025);
        assertThat(EesValues.canonicalYear("2024/25")).isEqualTo(2025);
        assertThat(EesValues.canonicalYear("199900")).isEqualTo(2000);
        assertThat(EesValues.canonicalYear("202426")).isNull();
        assertThat(EesValues.canonicalYear("2025Q1")).isNull();
        assertThat(EesValues.canonicalYear("")).isNull();
    }

    @Test
    void suppressionCodesAreMissingNeverZero() {
        for (String code : new String[]{"c", "z", "x", "low", "u", "k", ":", " C ", "LOW"}) {
            assertThat(EesValues.isSuppressed(code)).as(code).isTrue();
            assertThat(EesValues.parseNumber(code)).as(code).isNull();
        }
        assertThat(EesValues.isSuppressed("0")).isFalse();
        assertThat(EesValues.parseNumber("0")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(EesValues.parseNumber("-2.50")).isEqualByComparingTo(new BigDecimal("-2.5"));
        assertThat(EesValues.parseNumber("1,234")).isNull();
        assertThat(EesValues.parseNumber("NaN")).isNull();
        assertThat(EesValues.parseNumber("12%")).isNull();
    }

    @Test
    void laCodes() {
        assertThat(EesValues.isOldLaCode("822")).isTrue();
        assertThat(EesValues.isOldLaCode("82")).isFalse();
        assertThat(EesValues.isOldLaCode("940 / 941")).isFalse();
        assertThat(EesValues.isOnsCode("E06000055")).isTrue();
        assertThat(EesValues.isOnsCode("E0600005")).isFalse();
    }
}
