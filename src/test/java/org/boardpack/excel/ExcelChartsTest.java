package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.SeriesPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The native line charts: one per indicator on Trends and on SPC, plotting cells of the workbook. */
class ExcelChartsTest {

    static PackModel pack;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() {
        pack = SamplePack.sample();
        wb = WorkbookReading.open(SamplePack.sampleXlsx());
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    /**
     * The rated figure (and the monthly one beside it for year-to-date and rolling indicators), the target and its
     * Red edge where there is one, and neighbours and England where DfE publishes the benchmark.
     */
    static int expectedTrendSeries(IndicatorResult r) {
        BenchmarkComparison b = r.benchmark();
        boolean hasTolerance = r.history().targets().stream().anyMatch(t -> t.tolerance() > 0);
        return 1 + (r.aggregation() == org.boardpack.indicators.Aggregation.SNAPSHOT ? 0 : 1)
                + (r.history().targets().isEmpty() ? 0 : 1) + (hasTolerance && r.polarity() != org.boardpack.indicators.Polarity.NONE ? 1 : 0)
                + (b.published() && b.neighbourMean() != null ? 1 : 0) + (b.published() && b.england() != null ? 1 : 0);
    }

    static boolean snapshot(IndicatorResult r) {
        return r.aggregation() == org.boardpack.indicators.Aggregation.SNAPSHOT;
    }

    static double round(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static List<XDDFChartData.Series> series(XSSFChart chart) {
        List<XDDFChartData.Series> all = new ArrayList<>();
        for (XDDFChartData data : chart.getChartSeries()) {
            for (int i = 0; i < data.getSeriesCount(); i++) all.add(data.getSeries(i));
        }
        return all;
    }

    static Map<String, XSSFChart> chartsByTitle(XSSFSheet sheet) {
        Map<String, XSSFChart> byTitle = new HashMap<>();
        for (XSSFChart c : sheet.getDrawingPatriarch().getCharts()) byTitle.put(c.getTitleText().getString(), c);
        return byTitle;
    }

    @Test
    void aTrendChartPerIndicatorWithTargetAndBenchmarkLines() {
        XSSFSheet trends = wb.getSheet("Trends");
        List<XSSFChart> charts = trends.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(22);
        Map<String, XSSFChart> byTitle = chartsByTitle(trends);
        int withBenchmarks = 0;
        for (IndicatorResult r : pack.indicatorList()) {
            XSSFChart chart = byTitle.get(r.name());
            assertThat(chart).as(r.id()).isNotNull();
            List<XDDFChartData.Series> series = series(chart);
            assertThat(series).as(r.id() + " series").hasSize(expectedTrendSeries(r));
            for (XDDFChartData.Series s : series) {
                assertThat(s.getValuesData().getDataRangeReference()).as(r.id()).startsWith("Trends!");
                assertThat(s.getCategoryData().getDataRangeReference()).startsWith("Trends!$C$");
                assertThat(s.getValuesData().getPointCount()).isEqualTo(24);
            }
            if (r.target() != null) {
                XDDFChartData.Series target = series.get(snapshot(r) ? 1 : 2);
                assertThat(target.getShapeProperties().getLineProperties().getPresetDash().getValue())
                        .as(r.id() + " target dashed").isEqualTo(PresetLineDash.DASH);
            }
            if (r.benchmark().published()) withBenchmarks++;
            String xml = chart.getCTChartSpace().xmlText();
            assertThat(xml).as(r.id() + " value axis title").contains(org.boardpack.pack.view.Wording.axis(r.unit()));
            assertThat(xml).contains("dispBlanksAs val=\"gap\"");
        }
        assertThat(withBenchmarks).as("the sample has published benchmarks").isGreaterThan(5);
        // every chart has a title and a description for screen readers
        List<String> described = new ArrayList<>();
        for (XSSFGraphicFrame f : frames(trends)) {
            var nv = f.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
            // the chart's message (pack.view.ChartMessage), which starts with the indicator's name
            assertThat(nv.getDescr()).startsWith(nv.getTitle()).contains(" to ").containsPattern("\\d");
            described.add(nv.getTitle());
        }
        assertThat(described).containsExactlyElementsOf(pack.indicatorList().stream().map(IndicatorResult::name).toList());
    }

    static List<XSSFGraphicFrame> frames(XSSFSheet sheet) {
        List<XSSFGraphicFrame> frames = new ArrayList<>();
        for (var shape : sheet.getDrawingPatriarch().getShapes()) {
            if (shape instanceof XSSFGraphicFrame f) frames.add(f);
        }
        return frames;
    }

    @Test
    void trendChartsPlotTheModelsFigures() {
        XSSFSheet trends = wb.getSheet("Trends");
        Map<String, XSSFChart> byTitle = chartsByTitle(trends);
        for (String id : List.of("rereferrals", "cpp_2years", "care_proceedings_weeks")) {
            IndicatorResult r = pack.indicatorList().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
            // the monthly figure: the main line of a snapshot, beside the rated line otherwise
            XDDFChartData.Series value = series(byTitle.get(r.name())).get(snapshot(r) ? 0 : 1);
            List<Cell> months = cells(trends, value.getCategoryData().getDataRangeReference());
            List<Cell> values = cells(trends, value.getValuesData().getDataRangeReference());
            Map<YearMonth, Double> model = new HashMap<>();
            for (SeriesPoint p : r.series()) model.put(p.period(), p.value());
            assertThat(months.get(23).getStringCellValue()).isEqualTo("2026-10");
            for (int i = 0; i < 24; i++) {
                YearMonth m = YearMonth.parse(months.get(i).getStringCellValue());
                Double expected = model.get(m);
                if (expected == null) assertThat(values.get(i).getCellType()).isEqualTo(CellType.BLANK);
                else assertThat(values.get(i).getNumericCellValue()).as(id + " " + m).isEqualTo(round(expected, r.decimals()));
            }
        }
    }

    @Test
    void anSpcChartPerIndicatorWithMeanAndProcessLimits() {
        XSSFSheet spc = wb.getSheet("SPC");
        List<XSSFChart> charts = spc.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(22);
        Map<String, XSSFChart> byTitle = chartsByTitle(spc);
        XSSFSheet trends = wb.getSheet("Trends");
        for (IndicatorResult r : pack.indicatorList()) {
            XSSFChart chart = byTitle.get(r.name() + ": SPC");
            assertThat(chart).as(r.id()).isNotNull();
            List<XDDFChartData.Series> series = series(chart);
            long markerKinds = r.spc().points().stream().filter(p -> !p.isMissing() && p.isSpecialCause())
                    .map(p -> p.signal() == org.boardpack.indicators.spc.PointSignal.NEUTRAL_LOW
                            ? org.boardpack.indicators.spc.PointSignal.NEUTRAL_HIGH : p.signal()).distinct().count();
            assertThat(series).as(r.id()).hasSize(1 + (r.spc().hasLimits() ? 3 : 0) + (r.target() != null ? 1 : 0) + (int) markerKinds);
            if (r.spc().hasLimits()) {
                // the mean and limit lines plot cells holding the model's figures, rounded and kept within 0-100 for a percentage
                Cell mean = cells(trends, series.get(1).getValuesData().getDataRangeReference()).get(23);
                Cell upper = cells(trends, series.get(3).getValuesData().getDataRangeReference()).get(23);
                assertThat(mean.getNumericCellValue()).isEqualTo(round(r.spc().mean(), r.decimals()));
                double u = r.spc().upperProcessLimit();
                if (r.unit() == org.boardpack.indicators.Unit.PERCENT) u = Math.min(100, u);
                assertThat(upper.getNumericCellValue()).isEqualTo(round(u, r.decimals()));
            }
            // the value axis is fitted to the data, never below 0
            String xml = chart.getCTChartSpace().xmlText();
            assertThat(xml).as(r.id() + " fitted axis").contains("<c:min val=").contains("<c:max val=").doesNotContain("<c:min val=\"-");
        }
    }

    @Test
    void chartsAreLaidOutInAGridClearOfTheTables() {
        XSSFSheet trends = wb.getSheet("Trends");
        List<XSSFClientAnchor> anchors = new ArrayList<>();
        for (XSSFGraphicFrame f : frames(trends)) {
            XSSFClientAnchor a = f.getAnchor();
            assertThat((int) a.getCol1()).as("right of the table").isGreaterThanOrEqualTo(TrendLayout.COLUMNS);
            anchors.add(a);
        }
        assertThat(anchors).hasSize(22);
        assertNoOverlap(anchors);
        XSSFSheet spc = wb.getSheet("SPC");
        int tableEnd = WorkbookReading.table(spc).getEndRowIndex();
        anchors.clear();
        for (XSSFGraphicFrame f : frames(spc)) {
            XSSFClientAnchor a = f.getAnchor();
            assertThat(a.getRow1()).as("below the table").isGreaterThan(tableEnd);
            anchors.add(a);
        }
        assertNoOverlap(anchors);
    }

    private static void assertNoOverlap(List<XSSFClientAnchor> anchors) {
        for (int i = 0; i < anchors.size(); i++) {
            for (int j = i + 1; j < anchors.size(); j++) {
                XSSFClientAnchor a = anchors.get(i), b = anchors.get(j);
                boolean apart = before(a.getRow2(), a.getDy2(), b.getRow1(), b.getDy1())
                        || before(b.getRow2(), b.getDy2(), a.getRow1(), a.getDy1())
                        || before(a.getCol2(), a.getDx2(), b.getCol1(), b.getDx1())
                        || before(b.getCol2(), b.getDx2(), a.getCol1(), a.getDx1());
                assertThat(apart).as("charts " + i + " and " + j + " overlap").isTrue();
            }
        }
    }

    /** Whether a cell position (cell index, offset in it) is at or before another. */
    private static boolean before(int cell, int offset, int otherCell, int otherOffset) {
        return cell < otherCell || (cell == otherCell && offset <= otherOffset);
    }

    private static List<Cell> cells(XSSFSheet sheet, String ref) {
        AreaReference area = new AreaReference(ref, sheet.getWorkbook().getSpreadsheetVersion());
        List<Cell> cells = new ArrayList<>();
        for (CellReference c : area.getAllReferencedCells()) {
            cells.add(sheet.getRow(c.getRow()).getCell(c.getCol(), org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
        }
        return cells;
    }
}
