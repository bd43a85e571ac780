package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.benchmarks.Verdict;
import org.boardpack.csv.ResultsCsvWriter;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.indicators.spc.SpcCalculator;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.Test;

/** Figures as shown: gaps from the displayed figures, SPC limits within what the unit can take, UK formatting. */
class DisplayRulesTest {

    @Test
    void gapsAreWorkedOutFromTheDisplayedFigures() {
        // rated 14.96% shows 15.0; neighbours 27.14 shows 27.1; England 22.34 shows 22.3.
        // Unrounded gaps -12.18 and -7.38 would show -12.2 and -7.4; a reader subtracting what is shown gets -12.1, -7.3
        BenchmarkComparison b = new BenchmarkComparison("x", BenchmarkComparison.Status.PUBLISHED, 2025, "822",
                new BigDecimal("16.0"), new BigDecimal("27.14"), 9, 10, new BigDecimal("22.34"), 40, 152, null, null,
                null, null, new BigDecimal("14.96"), Verdict.BETTER, new BigDecimal("-12.18"), Verdict.BETTER,
                new BigDecimal("-7.38"));
        BenchmarkView v = BenchmarkView.of(b, Numbers.shown(14.96, 1, Unit.PERCENT), 1, Unit.PERCENT);
        assertThat(v.compared().text()).isEqualTo("15.0");
        assertThat(v.neighbourMean().text()).isEqualTo("27.1");
        assertThat(v.gapNeighbours().text()).isEqualTo("-12.1");
        assertThat(v.england().text()).isEqualTo("22.3");
        assertThat(v.gapEngland().text()).isEqualTo("-7.3");
        assertThat(v.rankText()).isEqualTo("40 of 152");
        assertThat(v.neighboursWithValue()).isEqualTo("9 of 10");
    }

    @Test
    void spcLimitsOfAPercentageStayWithin0To100AndNoLimitGoesBelow0() {
        // 0, 10, 0, 10, ... (12 points): mean 5, every moving range 10, limits 5 +/- 2.66 x 10 = -21.6 and 31.6
        SpcResult low = SpcCalculator.analyse(alternating(0, 10), Polarity.LOWER, null);
        assertThat(low.lowerProcessLimit()).isCloseTo(-21.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(IndicatorViews.limit(low.lowerProcessLimit(), 1, Unit.PERCENT).text()).isEqualTo("0.0");
        assertThat(IndicatorViews.limit(low.upperProcessLimit(), 1, Unit.PERCENT).text()).isEqualTo("31.6");
        // 95, 100, ...: mean 97.5, moving range 5, limits 97.5 +/- 13.3 = 84.2 and 110.8: a percentage shows 100.0
        SpcResult high = SpcCalculator.analyse(alternating(95, 100), Polarity.HIGHER, null);
        assertThat(IndicatorViews.limit(high.upperProcessLimit(), 1, Unit.PERCENT).text()).isEqualTo("100.0");
        assertThat(IndicatorViews.limit(high.lowerProcessLimit(), 1, Unit.PERCENT).text()).isEqualTo("84.2");
        // a rate is never below 0 but has no ceiling
        assertThat(IndicatorViews.limit(-3.04, 1, Unit.RATE_PER_10K).text()).isEqualTo("0.0");
        assertThat(IndicatorViews.limit(110.8, 1, Unit.RATE_PER_10K).text()).isEqualTo("110.8");
    }

    @Test
    void theSamplesNegativeLimitIsShownAs0InTheViewResultsCsvAndTheCharts() throws Exception {
        PackModel pack = SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board", YearMonth.of(2026, 10));
        IndicatorResult model = pack.indicators().filter(r -> r.id().equals("cpp_subsequent")).findFirst().orElseThrow();
        assertThat(model.spc().lowerProcessLimit()).as("the model's limit, unclamped").isNegative();
        IndicatorView view = PackView.of(pack).indicators().stream().filter(r -> r.id().equals("cpp_subsequent")).findFirst().orElseThrow();
        assertThat(view.spc().lowerLimit().text()).isEqualTo("0.0");
        assertThat(view.chart().months().get(23).spcLower().text()).isEqualTo("0.0");
        assertThat(view.chart().spcMin()).isGreaterThanOrEqualTo(0.0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ResultsCsvWriter().write(pack, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("indicator_id").equals("cpp_subsequent")).findFirst().orElseThrow();
        assertThat(row.get("spc_lower_limit")).isEqualTo("0.0");
        assertThat(row.get("spc_upper_limit")).isEqualTo(view.chart().months().get(23).spcUpper().number().toPlainString());
    }

    @Test
    void figuresAreWrittenTheUkWayWithThousandsSeparatorsAndTheirUnits() {
        assertThat(Numbers.shown(1234.56, 1, Unit.COUNT).text()).isEqualTo("1,234.6");
        assertThat(Numbers.shown(12.25, 1, Unit.PERCENT).withUnit()).isEqualTo("12.3%");
        assertThat(Numbers.shown(46.35, 1, Unit.RATE_PER_10K).withUnit()).isEqualTo("46.4 per 10,000");
        assertThat(Numbers.shown(40.2, 1, Unit.WEEKS).withUnit()).isEqualTo("40.2 weeks");
        assertThat(Numbers.shown(-0.04, 1, Unit.PERCENT).text()).isEqualTo("0.0");
        assertThat(Numbers.shown((Double) null, 1, Unit.PERCENT).isBlank()).isTrue();
        // halves round away from zero, as Excel's ROUND does (not banker's rounding)
        assertThat(Numbers.shown(2.45, 1, Unit.COUNT).text()).isEqualTo("2.5");
        assertThat(Numbers.shown(-2.45, 1, Unit.COUNT).text()).isEqualTo("-2.5");
        assertThat(Numbers.shown(0.125, 2, Unit.COUNT).text()).isEqualTo("0.13");
        assertThat(Numbers.shown(46.4, 0, Unit.COUNT).text()).isEqualTo("46");
        // SPC limits to the indicator's decimals (see SpcCrossCheckTest's worked limits 86.854956..., 17.454418...)
        assertThat(IndicatorViews.limit(86.85495652173913, 1, Unit.PERCENT).text()).isEqualTo("86.9");
        assertThat(IndicatorViews.limit(92.54504347826087, 1, Unit.PERCENT).text()).isEqualTo("92.5");
        assertThat(IndicatorViews.limit(17.454418300653593, 2, Unit.COUNT).text()).isEqualTo("17.45");
        assertThat(IndicatorViews.limit(18.215908496732027, 2, Unit.COUNT).text()).isEqualTo("18.22");
    }

    @Test
    void statusTextKeepsA45To1ContrastOnTheCouncilsFill() {
        StatusPalette defaults = StatusPalette.of(org.boardpack.pack.PackStyle.defaults());
        for (String word : StatusPalette.WORDS) {
            StatusColour c = defaults.of(word);
            assertThat(StatusPalette.contrast(c.fill(), c.text())).as(word).isGreaterThanOrEqualTo(4.5);
        }
        // a dark red fill: dark red text would fail, so the text turns white (contrast of white on 800000 is 10.8)
        StatusPalette dark = StatusPalette.of(new org.boardpack.pack.PackStyle("", "", "",
                java.util.Map.of("Red", "800000"), null));
        assertThat(dark.of("Red").text()).isEqualTo("FFFFFF");
    }

    private static List<Double> alternating(double a, double b) {
        return List.of(a, b, a, b, a, b, a, b, a, b, a, b);
    }
}
