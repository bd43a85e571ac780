package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Figure;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Target;
import org.boardpack.indicators.Unit;
import org.boardpack.input.BoardDefinition;
import org.boardpack.input.InputProblem;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.HeldFigure;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackStyle;
import org.junit.jupiter.api.Test;

/** Packs with little in them still give a complete, accessible workbook. */
class ExcelEdgeCasesTest {

    static PackModel withStyle(PackModel p, PackStyle style) {
        return new PackModel(p.boardId(), p.boardTitle(), p.boardDescription(), p.authority(), p.period(), p.revision(),
                p.producedAt(), p.marking(), p.sections(), p.restatements(), p.inputWarnings(), p.recommendations(), style);
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) for (int y = 0; y < h; y++) img.setRGB(x, y, x < w / 2 ? 0x1F4E79 : 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /**
     * A small board: "short" has 6 months (too few for SPC limits), "none" has no figures at all, "rate" has no
     * polarity; no recommendations, no benchmarks, one rejected row.
     */
    static PackModel smallPack() {
        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        catalogue.put("short", new Indicator("short", "Short series", "Area one", Unit.PERCENT, Polarity.HIGHER, 1,
                "A percentage.", "System", "", Aggregation.SNAPSHOT));
        catalogue.put("none", new Indicator("none", "No figures yet", "Area one", Unit.WEEKS, Polarity.LOWER, 2,
                "Weeks.", "", "", Aggregation.SNAPSHOT));
        catalogue.put("rate", new Indicator("rate", "A rate", "Area two", Unit.RATE_PER_10K, Polarity.NONE, 1,
                "A rate.", "", "", Aggregation.SNAPSHOT));
        List<HeldFigure> held = new ArrayList<>();
        YearMonth period = YearMonth.of(2026, 10);
        for (int i = 5; i >= 0; i--) {
            YearMonth m = period.minusMonths(i);
            held.add(new HeldFigure(new Figure("short", m, "", 40.0 + i, 50.0, 100 * (40.0 + i) / 50), "scorecards/" + m + ".csv", 2, m, held.size()));
            held.add(new HeldFigure(new Figure("rate", m, "", 150.0 - i, 44000.0, 10000 * (150.0 - i) / 44000), "scorecards/" + m + ".csv", 3, m, held.size()));
        }
        List<Target> targets = List.of(new Target("short", FinancialYear.of(period), 90.0, 5.0));
        BoardDefinition board = new BoardDefinition("small", "Small board", "", List.of(
                new BoardDefinition.Section("Area one", List.of("short", "none")),
                new BoardDefinition.Section("Area two", List.of("rate"))));
        List<InputProblem> warnings = List.of(InputProblem.error("scorecards/2026-10.csv", 7, "value", "=1+1",
                "a number"));
        return new PackBuilder(catalogue, targets, new CurrentFigures(held))
                .build(board, "Council", period, 2, LocalDateTime.of(2026, 11, 2, 6, 0), warnings);
    }

    @Test
    void aSmallPackStillHasEverySheetWithItsTableAndCharts() throws Exception {
        PackModel pack = withStyle(smallPack(), new PackStyle("", "Sub", "", PackStyle.DEFAULT_COLOURS, png(400, 100)));
        try (XSSFWorkbook wb = WorkbookReading.open(SamplePack.render(new ExcelPackWriter(), pack))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(12);
            for (String name : ExcelPackWriter.SHEET_NAMES) {
                XSSFSheet sheet = wb.getSheet(name);
                assertThat(WorkbookReading.table(sheet).getEndRowIndex()).as(name).isGreaterThan(2);
                assertThat(sheet.getNumMergedRegions()).isZero();
            }
            assertThat(WorkbookReading.rows(wb.getSheet("Recommendations"))).singleElement()
                    .satisfies(r -> assertThat(r.get("Id").getStringCellValue()).isEqualTo("No recommendations in the input for this period."));
            // six months: no SPC limits, so the SPC charts carry the figures (and a target) but no mean or limits
            XSSFSheet spc = wb.getSheet("SPC");
            for (XSSFChart c : spc.getDrawingPatriarch().getCharts()) {
                assertThat(ExcelChartsTest.series(c)).hasSizeBetween(1, 2);
                assertThat(c.getCTChartSpace().xmlText()).doesNotContain("process limit").doesNotContain(">Mean");
            }
            // the trend charts: "short" has a target line; none has a benchmark
            Map<String, XSSFChart> trends = ExcelChartsTest.chartsByTitle(wb.getSheet("Trends"));
            assertThat(trends).hasSize(3);
            assertThat(trends.get("Short series").getCTChartSpace().xmlText()).contains(org.boardpack.pack.view.ChartSeries.TARGET_TITLE);
            // the figure, the target (90.0) and where Red begins (tolerance 5.0: 85.0)
            assertThat(ExcelChartsTest.series(trends.get("Short series"))).hasSize(3);
            assertThat(ExcelChartsTest.series(trends.get("No figures yet"))).hasSize(1);
            assertThat(ExcelChartsTest.series(trends.get("A rate"))).hasSize(1);
            // the rejected row and the missing figure are on the data quality sheet
            List<String> kinds = WorkbookReading.rows(wb.getSheet("Data quality")).stream()
                    .map(r -> r.get("Kind").getStringCellValue()).toList();
            assertThat(kinds).contains("Rejected row", "Missing figure");
            Map<String, Cell> rejected = WorkbookReading.rows(wb.getSheet("Data quality")).stream()
                    .filter(r -> r.get("Kind").getStringCellValue().equals("Rejected row")).findFirst().orElseThrow();
            assertThat(rejected.get("Line").getNumericCellValue()).isEqualTo(7);
            assertThat(rejected.get("Detail").getStringCellValue()).startsWith("=1+1");
            // the logo is on the cover, with a description
            List<XSSFPicture> pictures = new ArrayList<>();
            for (XSSFShape s : wb.getSheet("Cover").getDrawingPatriarch().getShapes()) {
                if (s instanceof XSSFPicture p) pictures.add(p);
            }
            assertThat(pictures).singleElement().satisfies(p -> {
                assertThat(p.getCTPicture().getNvPicPr().getCNvPr().getDescr()).isEqualTo("Logo of Council");
                assertThat(p.getClientAnchor().getCol1()).isGreaterThanOrEqualTo((short) 3);
            });
            assertThat(wb.getAllPictures()).hasSize(1);
            // no cover title in the style: the board's title
            assertThat(wb.getSheet("Cover").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Small board");
            assertThat(wb.getProperties().getCustomProperties().getProperty("Revision")).isNotNull();
        }
    }

    @Test
    void noLogoNoPicture() throws Exception {
        try (XSSFWorkbook wb = WorkbookReading.open(SamplePack.render(new ExcelPackWriter(), smallPack()))) {
            assertThat(wb.getAllPictures()).isEmpty();
            assertThat(WorkbookReading.rows(wb.getSheet("Exceptions"))).isNotEmpty();
        }
    }

    @Test
    void summaryCountsAreTheModelsCounts() throws Exception {
        PackModel pack = SamplePack.sample();
        try (XSSFWorkbook wb = WorkbookReading.open(SamplePack.sampleXlsx())) {
            List<Map<String, Cell>> rows = WorkbookReading.rows(wb.getSheet("Summary"));
            for (var section : pack.sections()) {
                for (var rag : SummarySheet.RAG_ORDER) {
                    Map<String, Cell> row = rows.stream().filter(r -> r.get("Part").getStringCellValue().equals(SummarySheet.PART_RAG)
                            && r.get("Item").getStringCellValue().equals(section.title())
                            && r.get("Status").getStringCellValue().equals(rag.label())).findFirst().orElseThrow();
                    assertThat((int) row.get("Count or figure").getNumericCellValue()).as(section.title() + " " + rag)
                            .isEqualTo(section.ragCounts().count(rag));
                }
            }
            List<String> exceptions = rows.stream().filter(r -> r.get("Part").getStringCellValue().equals(SummarySheet.PART_EXCEPTIONS))
                    .map(r -> r.get("Item").getStringCellValue()).toList();
            assertThat(exceptions).containsExactlyElementsOf(pack.exceptions().stream().map(e -> e.name()).toList());
            var tracker = pack.recommendations();
            for (var brag : org.boardpack.recommendations.Brag.values()) {
                Map<String, Cell> row = rows.stream().filter(r -> r.get("Status").getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && r.get("Status").getStringCellValue().equals(brag.text())).findFirst().orElseThrow();
                assertThat((int) row.get("Count or figure").getNumericCellValue()).isEqualTo(tracker.byBrag().get(brag));
            }
            long movers = rows.stream().filter(r -> r.get("Part").getStringCellValue().equals(SummarySheet.PART_MOVERS)).count();
            assertThat(movers).isEqualTo(org.boardpack.pack.view.PackView.MOVERS);
            // the exceptions sheet lists the same exceptions and flags the one without commentary
            List<Map<String, Cell>> ex = WorkbookReading.rows(wb.getSheet("Exceptions"));
            assertThat(ex).extracting(r -> r.get("Indicator id").getStringCellValue())
                    .containsExactlyElementsOf(pack.exceptions().stream().map(e -> e.id()).toList());
            for (Map<String, Cell> r : ex) {
                var model = pack.exceptions().stream().filter(e -> e.id().equals(r.get("Indicator id").getStringCellValue())).findFirst().orElseThrow();
                assertThat(r.get("Commentary missing").getStringCellValue()).isEqualTo(model.commentaryMissing() ? "Yes" : "No");
                if (model.commentaryMissing()) assertThat(r.get("Commentary").getStringCellValue()).startsWith("Missing");
                else assertThat(r.get("Commentary").getStringCellValue()).isEqualTo(model.commentary().text());
            }
            assertThat(pack.exceptions()).anyMatch(e -> e.commentaryMissing());
            // the data sheet: every series point and team figure
            int expected = pack.indicators().mapToInt(r -> r.series().size() + r.teams().size()).sum();
            assertThat(WorkbookReading.rows(wb.getSheet("Data"))).hasSize(expected);
            assertThat(WorkbookReading.rows(wb.getSheet("Data"))).anyMatch(r -> r.get("Team").getStringCellValue().equals("Assessment North"));
            // restatements appear on the data quality sheet with both figures
            List<Map<String, Cell>> restated = WorkbookReading.rows(wb.getSheet("Data quality")).stream()
                    .filter(r -> r.get("Kind").getStringCellValue().equals("Restated figure")).toList();
            assertThat(restated).hasSize(pack.restatements().size()).isNotEmpty();
            assertThat(WorkbookReading.rows(wb.getSheet("Recommendations"))).hasSize(
                    tracker.items().size() + tracker.missingThisMonth().size());
        }
    }
}
