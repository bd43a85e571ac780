package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegendEntry;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * A rebase in {@code input/spc-rebase.csv}: the workbook's SPC chart draws each segment's mean and limits as lines of
 * their own, with no line joining the last month of one segment to the first of the next.
 *
 * <p>The sample's caseload (one decimal) is replaced by the series of SpcRebaseTest over the chart's 24 months,
 * November 2024 to October 2026, with new limits from November 2025 (the 13th month). Worked by hand there:
 * <pre>
 * segment 1, Nov 2024 - Oct 2025: 10 12 11 13 12 10 11 12 13 11 12 11: mean 138/12 = 11.5, mean mR 15/11 = 1.363636,
 *   limits 11.5 -/+ 2.66 x 1.363636 = 7.872727 and 15.127273, shown 7.9 and 15.1
 * segment 2, Nov 2025 - Oct 2026: the same plus 10: mean 21.5, limits 17.872727 and 25.127273, shown 17.9 and 25.1
 * </pre>
 */
class ExcelSpcRebaseTest {

    private static final double[] FIRST = {10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11};
    private static final YearMonth START = YearMonth.of(2024, 11);
    private static final String NAME = "Average caseload per social worker";

    @TempDir
    Path root;

    @Test
    void eachSegmentsMeanAndLimitsAreSeparateLines() throws IOException {
        Path input = SamplePack.copy(SamplePack.INPUT, root.resolve("input"));
        try (Stream<Path> files = Files.list(input.resolve("scorecards"))) {
            for (Path f : files.toList()) {
                String kept = Files.readAllLines(f).stream().filter(l -> !l.startsWith("sw_caseload,"))
                        .collect(Collectors.joining("\n", "", "\n"));
                YearMonth m = YearMonth.parse(f.getFileName().toString().replace(".csv", ""));
                int i = (int) START.until(m, java.time.temporal.ChronoUnit.MONTHS);
                if (i >= 0 && i < 24) kept += "sw_caseload," + m + ",,," + (FIRST[i % 12] + (i < 12 ? 0 : 10)) + ",\n";
                Files.writeString(f, kept);
            }
        }
        Files.writeString(input.resolve("spc-rebase.csv"), "indicator_id,period,reason\nsw_caseload,2025-11,New case allocation\n");
        PackModel pack = SamplePack.build(input, SamplePack.TEMPLATES, SamplePack.BOARD, SamplePack.PERIOD);

        try (XSSFWorkbook wb = WorkbookReading.open(SamplePack.render(new ExcelPackWriter(), pack))) {
            XSSFSheet trends = wb.getSheet("Trends");
            XSSFChart chart = ExcelChartsTest.chartsByTitle(wb.getSheet("SPC")).get(NAME + ": SPC");
            assertThat(chart).isNotNull();
            assertThat(chart.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
            List<XDDFChartData.Series> series = ExcelChartsTest.series(chart);

            assertSegments(trends, series, "Mean", 11.5, 21.5);
            assertSegments(trends, series, "Lower process limit", 7.9, 17.9);
            assertSegments(trends, series, "Upper process limit", 15.1, 25.1);

            // the legend names each line once: the second segment's series are left out of it
            List<Long> hidden = new ArrayList<>();
            for (CTLegendEntry e : chart.getCTChart().getLegend().getLegendEntryList()) {
                if (e.getDelete().getVal()) hidden.add(e.getIdx().getVal());
            }
            List<Long> secondSegment = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                if (title(series.get(i)).endsWith(", segments 2, 4, 6...")) secondSegment.add((long) i);
            }
            assertThat(secondSegment).hasSize(3);
            assertThat(hidden).containsExactlyElementsOf(secondSegment);

            // the table a reader reads still gives every month its own segment's figures
            List<Map<String, Cell>> rows = WorkbookReading.rows(trends).stream()
                    .filter(r -> r.get("Indicator id").getStringCellValue().equals("sw_caseload")).toList();
            assertThat(rows).hasSize(24);
            for (int i = 0; i < 24; i++) {
                assertThat(rows.get(i).get("Period").getStringCellValue()).isEqualTo(START.plusMonths(i).toString());
                assertThat(rows.get(i).get("SPC mean").getNumericCellValue()).isEqualTo(i < 12 ? 11.5 : 21.5);
                assertThat(rows.get(i).get("SPC upper process limit").getNumericCellValue()).isEqualTo(i < 12 ? 15.1 : 25.1);
            }
            List<String> headers = WorkbookReading.headers(trends);
            assertThat(headers).hasSize(25).contains("Chart: SPC mean, segments 2, 4, 6...");
            // the added headers wrap in a header row tall enough for them, and the charts stay right of the table
            for (int c = TrendLayout.COLUMNS; c < headers.size(); c++) {
                int lines = ExcelAnalysisFunctionTest.atLeastLines(headers.get(c), trends.getColumnWidth(c) / 256);
                assertThat(trends.getRow(SheetTable.HEADER_ROW).getHeightInPoints()).as(headers.get(c))
                        .isGreaterThanOrEqualTo(lines * ExcelAnalysisFunctionTest.MIN_LINE_POINTS);
            }
            int frames = 0;
            for (var shape : trends.getDrawingPatriarch().getShapes()) {
                if (!(shape instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame f)) continue;
                frames++;
                assertThat((int) f.getAnchor().getCol1()).isGreaterThan(headers.size() - 1);
            }
            assertThat(frames).isEqualTo(22);

            // an indicator without a rebase keeps one series each for its mean and limits
            XSSFChart other = ExcelChartsTest.chartsByTitle(wb.getSheet("SPC")).get(pack.indicatorList().stream()
                    .filter(r -> r.id().equals("sw_agency")).findFirst().orElseThrow().name() + ": SPC");
            assertThat(ExcelChartsTest.series(other)).extracting(ExcelSpcRebaseTest::title)
                    .filteredOn(t -> t.startsWith("Mean") || t.contains("process limit")).hasSize(3)
                    .noneMatch(t -> t.contains("segments"));
        }
    }

    @Test
    void withoutARebaseTheTrendsTableHasNoChartColumns() throws IOException {
        try (XSSFWorkbook wb = WorkbookReading.open(SamplePack.sampleXlsx())) {
            assertThat(WorkbookReading.headers(wb.getSheet("Trends"))).hasSize(19).noneMatch(h -> h.startsWith("Chart:"));
        }
    }

    /**
     * Two series of the line: the first's non-blank points are exactly the first segment's 12 months at its value,
     * the second's exactly the second segment's; so neither joins October 2025 to November 2025.
     */
    private static void assertSegments(XSSFSheet trends, List<XDDFChartData.Series> series, String line,
                                       double first, double second) {
        List<XDDFChartData.Series> of = series.stream().filter(s -> title(s).startsWith(line)).toList();
        assertThat(of).as(line).hasSize(2);
        Map<Integer, Double> expectedFirst = new TreeMap<>();
        Map<Integer, Double> expectedSecond = new TreeMap<>();
        for (int i = 0; i < 12; i++) expectedFirst.put(i, first);
        for (int i = 12; i < 24; i++) expectedSecond.put(i, second);
        assertThat(points(trends, of.get(0))).as(line + ", segment 1").isEqualTo(expectedFirst);
        assertThat(points(trends, of.get(1))).as(line + ", segment 2").isEqualTo(expectedSecond);
    }

    /** A series' non-blank cells by position (0 = November 2024), read from the cells its range refers to. */
    private static Map<Integer, Double> points(XSSFSheet sheet, XDDFChartData.Series s) {
        AreaReference area = new AreaReference(s.getValuesData().getDataRangeReference(), sheet.getWorkbook().getSpreadsheetVersion());
        CellReference[] cells = area.getAllReferencedCells();
        assertThat(cells).hasSize(24);
        Map<Integer, Double> points = new TreeMap<>();
        for (int i = 0; i < cells.length; i++) {
            Cell c = sheet.getRow(cells[i].getRow()).getCell(cells[i].getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            if (c.getCellType() != CellType.BLANK) points.put(i, c.getNumericCellValue());
        }
        // the values Excel shows before it recalculates: the same points
        Map<Integer, Double> cached = new TreeMap<>();
        var cache = ((XDDFLineChartData.Series) s).getCTLineSer().getVal().getNumRef().getNumCache();
        assertThat(cache.getPtCount().getVal()).isEqualTo(24);
        for (var pt : cache.getPtList()) cached.put((int) pt.getIdx(), Double.parseDouble(pt.getV()));
        assertThat(cached).isEqualTo(points);
        return points;
    }

    private static String title(XDDFChartData.Series s) {
        return ((XDDFLineChartData.Series) s).getCTLineSer().getTx().getV();
    }
}
