package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.excel.ExcelPackWriter;
import org.boardpack.pack.BenchmarkYear;
import org.boardpack.pack.PackModel;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts' series: each month carries its own financial year's target, and the rated series for ytd/rolling. */
class ChartSeriesTest {

    static PackModel pack;
    static PackView view;

    @BeforeAll
    static void build() {
        pack = SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board", YearMonth.of(2026, 10));
        view = PackView.of(pack);
    }

    static IndicatorView indicator(String id) {
        return view.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachMonthShowsItsOwnFinancialYearsTarget() throws Exception {
        // input/targets.csv: cla_initial_health_20days 65.0 (2024-25), 75.0 (2025-26), 85.0 (2026-27), tolerance 5.0,
        // higher is better, so Red begins 5.0 below each target: 60.0, 70.0, 80.0
        ChartSeries c = indicator("cla_initial_health_20days").chart();
        assertThat(c.months()).hasSize(24);
        assertThat(c.months().get(0).month()).isEqualTo(YearMonth.of(2024, 11));
        Map<YearMonth, String> targets = new HashMap<>();
        for (ChartMonth m : c.months()) {
            String expected = m.month().isBefore(YearMonth.of(2025, 4)) ? "65.0"
                    : m.month().isBefore(YearMonth.of(2026, 4)) ? "75.0" : "85.0";
            String edge = m.month().isBefore(YearMonth.of(2025, 4)) ? "60.0"
                    : m.month().isBefore(YearMonth.of(2026, 4)) ? "70.0" : "80.0";
            assertThat(m.target().text()).as(m.month() + " target").isEqualTo(expected);
            assertThat(m.redBeyond().text()).as(m.month() + " Red beyond").isEqualTo(edge);
            assertThat(m.financialYear()).isEqualTo(m.month().isBefore(YearMonth.of(2025, 4)) ? "2024-25"
                    : m.month().isBefore(YearMonth.of(2026, 4)) ? "2025-26" : "2026-27");
            targets.put(m.month(), expected);
        }
        // the workbook's Trends table (the cells its chart plots) holds the same targets month by month
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelPackWriter().write(pack, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet trends = wb.getSheet("Trends");
            DataFormatter f = new DataFormatter(java.util.Locale.UK);
            int seen = 0;
            for (Row row : trends) {
                if (row.getRowNum() < 3 || !"cla_initial_health_20days".equals(f.formatCellValue(row.getCell(0)))) continue;
                YearMonth m = YearMonth.parse(f.formatCellValue(row.getCell(2)));
                assertThat(f.formatCellValue(row.getCell(6))).as("workbook target " + m).isEqualTo(targets.get(m));
                seen++;
            }
            assertThat(seen).isEqualTo(24);
        }
    }

    @Test
    void rollingAndYearToDateChartsDrawTheRatedSeriesAndTheHeadlineSaysWhichIsRated() {
        IndicatorView r = indicator("rereferrals"); // rolling12 in templates/indicators.csv
        assertThat(r.chart().ratedSeries()).isTrue();
        assertThat(r.chart().mainTitle()).isEqualTo("Rolling 12 months");
        ChartMonth last = r.chart().months().get(23);
        assertThat(last.rated()).isEqualTo(r.rated());
        assertThat(r.headline()).isEqualTo("rated on the rolling 12 months: " + r.rated().withUnit() + ", " + r.ragWord());
        IndicatorView ytd = indicator("assessments_45days"); // ytd: April's year to date is April's own figure
        ChartMonth april = ytd.chart().months().stream().filter(m -> m.month().equals(YearMonth.of(2026, 4))).findFirst().orElseThrow();
        assertThat(april.rated()).isEqualTo(april.value());
        assertThat(ytd.headline()).startsWith("rated on the year to date: ");
        IndicatorView snapshot = indicator("cpp_2years");
        assertThat(snapshot.chart().ratedSeries()).isFalse();
        assertThat(snapshot.headline()).startsWith("rated on the month: 7.4%, Red");
    }

    @Test
    void eachMonthShowsItsOwnPublishedBenchmarkYearOrTheLatestBeforeIt() {
        List<BenchmarkYear> years = List.of(new BenchmarkYear(2023, BigDecimal.ONE, BigDecimal.ONE),
                new BenchmarkYear(2024, BigDecimal.valueOf(2), BigDecimal.valueOf(2)), new BenchmarkYear(2025, BigDecimal.TEN, BigDecimal.TEN));
        assertThat(IndicatorViews.benchmarkFor(years, 2024).year()).isEqualTo(2024);
        assertThat(IndicatorViews.benchmarkFor(years, 2027).year()).isEqualTo(2025);
        assertThat(IndicatorViews.benchmarkFor(years, 2022)).isNull();
        // the sample publishes 2021-2025: Nov 2024 (2024-25, published as 2025) and Oct 2026 both show 2025
        ChartSeries c = indicator("rereferrals").chart();
        assertThat(c.months().get(0).benchmarkYear()).isEqualTo(2025);
        assertThat(c.months().get(23).benchmarkYear()).isEqualTo(2025);
        assertThat(c.months().get(23).neighbours()).isEqualTo(indicator("rereferrals").benchmark().neighbourMean());
    }
}
