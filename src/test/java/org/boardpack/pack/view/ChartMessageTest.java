package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each chart's alternative text states its message from the data. Expected sentences worked by hand from the
 * shipped sample's files (input/scorecards/*.csv, input/targets.csv) for October 2026.
 */
class ChartMessageTest {

    static PackView view;

    @BeforeAll
    static void build() {
        view = PackView.of(SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board", YearMonth.of(2026, 10)));
    }

    private static IndicatorView indicator(String id) {
        return view.indicators().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * care_proceedings_weeks (snapshot, weeks, lower is better): Feb 2026 33.2, Mar 33.9, Apr 34.6, May 35.7, Jun 36.8,
     * Jul 37.7, Aug 38.3, Sep 39.2, Oct 40.2: eight rises in a row after Jan's 35.1. Target 2026-27: 32.0 +/- 2.0, so
     * 40.2 is Red. SPC over the 24 months Nov 2024 to Oct 2026: mean 865.1 / 24 = 36.05, mean moving range
     * 16.4 / 23 = 0.713, upper process limit 36.05 + 2.66 x 0.713 = 37.94, shown 37.9: October's 40.2 is above it.
     */
    @Test
    void careProceedingsRoseForEightMonthsAboveTheUpperProcessLimit() {
        IndicatorView r = indicator("care_proceedings_weeks");
        assertThat(ChartMessage.trend(r)).isEqualTo("Average duration of care proceedings rose for 8 months to Oct 2026, "
                + "from 33.2 to 40.2 weeks; Red against a target of 32.0 weeks");
        assertThat(ChartMessage.spc(r)).startsWith("Average duration of care proceedings rose for 8 months to Oct 2026, "
                + "from 33.2 to 40.2 weeks, above the upper process limit (37.9 weeks); mean 36.0 weeks;")
                .endsWith("; target 32.0 weeks");
    }

    /**
     * cpp_2years (snapshot, percent, lower is better): Sep 2026 11 / 153 = 7.2%, Oct 11 / 148 = 7.4%: up one month
     * after falling from Aug's 7.3%. Target 2026-27: 4.0% +/- 2.0, so 7.4% (beyond 6.0%) is Red.
     */
    @Test
    void plansLastingTwoYearsRoseInOctober() {
        IndicatorView r = indicator("cpp_2years");
        assertThat(ChartMessage.trend(r)).startsWith("Child protection plans lasting 2 years or more rose in Oct 2026, "
                + "from 7.2% to 7.4%; Red against a target of 4.0%");
    }

    @Test
    void everyChartsTextNamesItsIndicatorAndAFigureFromItsData() {
        for (IndicatorView r : view.indicators()) {
            String latest = latest(r.chart(), r.chart().ratedSeries());
            assertThat(ChartMessage.trend(r)).startsWith(r.name()).contains(latest);
            assertThat(ChartMessage.spc(r)).startsWith(r.name()).contains(latest(r.chart(), false));
        }
    }

    @Test
    void aGapEndsTheRunAndNoFiguresIsSaid() {
        java.util.List<ChartMonth> months = new java.util.ArrayList<>();
        Shown[] values = {shown("10.0"), shown("12.0"), Shown.NONE, shown("11.0"), shown("13.0")};
        for (int i = 0; i < values.length; i++) {
            YearMonth m = YearMonth.of(2026, 6 + i);
            months.add(new ChartMonth(m, PackView.month(m), values[i], Shown.NONE, Shown.NONE, Shown.NONE, "", Shown.NONE,
                    Shown.NONE, Shown.NONE, null, Shown.NONE, Shown.NONE, Shown.NONE, Shown.NONE, Shown.NONE, "", null, ""));
        }
        assertThat(ChartMessage.movement(months, ChartMonth::value)).isEqualTo("rose in Oct 2026, from 11.0 to 13.0");
        assertThat(ChartMessage.movement(months.subList(0, 3), ChartMonth::value)).isEqualTo("rose in Jul 2026, from 10.0 to 12.0");
        assertThat(ChartMessage.movement(months.subList(1, 3), ChartMonth::value))
                .isEqualTo("was 12.0 in Jul 2026, with no figure the month before");
        assertThat(ChartMessage.movement(months.subList(2, 3), ChartMonth::value)).isEqualTo("has no figures to chart");
    }

    private static Shown shown(String n) {
        return new Shown(new java.math.BigDecimal(n), n, n);
    }

    private static String latest(ChartSeries c, boolean rated) {
        for (int i = c.months().size() - 1; i >= 0; i--) {
            Shown s = c.months().get(i).charted(rated);
            if (!s.isBlank()) return s.text();
        }
        return "no figures";
    }
}
