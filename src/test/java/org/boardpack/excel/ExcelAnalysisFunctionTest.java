package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 4: the sample workbook read back with POI against the Government Analysis Function's checklist for
 * accessible spreadsheets: rows tall enough for their wrapped text, the document language, empty cells coded [x]
 * and [z] with the codes explained, no filter buttons, and a scorecard print area of the reader's columns.
 */
class ExcelAnalysisFunctionTest {

    /**
     * The shortest a line of 11 pt Calibri (Carlito in LibreOffice) can be drawn: LibreOffice's line height for it is
     * about 13.4 pt and Excel's 15 pt, so a wrapped cell of n lines needs a row of at least n x 13.4 pt.
     */
    static final float MIN_LINE_POINTS = 13.4f;

    static XSSFWorkbook wb;

    @BeforeAll
    static void open() {
        wb = WorkbookReading.open(SamplePack.sampleXlsx());
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    /**
     * A lower bound on the lines a text takes, independent of the writer's wrapping: a column {@code w} characters
     * wide holds at most {@code w} characters a line, so a paragraph of {@code n} characters takes at least
     * ceil(n / w) lines.
     */
    static int atLeastLines(String text, int widthChars) {
        int lines = 0;
        for (String p : text.split("\n", -1)) lines += Math.max(1, (p.length() + widthChars - 1) / widthChars);
        return lines;
    }

    @Test
    void everyWrappedRowIsTallEnoughForItsText() {
        int checked = 0;
        int multiLine = 0;
        for (XSSFSheet sheet : sheets()) {
            XSSFTable table = WorkbookReading.table(sheet);
            for (int r = table.getStartRowIndex(); r <= table.getEndRowIndex(); r++) {
                org.apache.poi.xssf.usermodel.XSSFRow row = sheet.getRow(r);
                for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) continue;
                    int width = sheet.getColumnWidth(c) / 256;
                    int lines = atLeastLines(cell.getStringCellValue(), width);
                    checked++;
                    if (lines > 1) multiLine++;
                    assertThat(row.getHeightInPoints()).as("%s!%s%d (%d lines at least)", sheet.getSheetName(),
                            org.apache.poi.ss.util.CellReference.convertNumToColString(c), r + 1, lines)
                            .isGreaterThanOrEqualTo(Math.min(409f, lines * MIN_LINE_POINTS));
                    assertThat(row.getCTRow().getCustomHeight())
                            .as("%s row %d has a stored height", sheet.getSheetName(), r + 1).isTrue();
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        // commentary, definitions and recommendation text wrap onto several lines: the check above bites on them
        assertThat(multiLine).isGreaterThan(100);
    }

    @Test
    void aLongHeaderWrapsOntoARowOfItsOwnHeight() {
        // "Year to date or rolling 12 months" (33 characters) in a 12-character column: 3 lines at least
        XSSFSheet sheet = wb.getSheet("Scorecard");
        assertThat(sheet.getRow(SheetTable.HEADER_ROW).getHeightInPoints()).isGreaterThanOrEqualTo(3 * MIN_LINE_POINTS);
    }

    @Test
    void theDocumentLanguageIsBritishEnglish() {
        assertThat(wb.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                .hasValue("en-GB");
    }

    @Test
    void noTableOrSheetHasFilterButtons() {
        for (XSSFSheet sheet : sheets()) {
            assertThat(WorkbookReading.table(sheet).getCTTable().isSetAutoFilter()).as(sheet.getSheetName()).isFalse();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isFalse();
        }
    }

    @Test
    void theScorecardPrintsTheReadersColumnsOnly() {
        int index = wb.getSheetIndex("Scorecard");
        XSSFSheet sheet = wb.getSheet("Scorecard");
        int lastRow = WorkbookReading.table(sheet).getEndRowIndex() + 1;
        assertThat(wb.getPrintArea(index)).isEqualTo("Scorecard!$A$1:$K$" + lastRow);
        assertThat(WorkbookReading.headers(sheet).subList(0, 11)).containsExactly("Area", "Indicator", "Value",
                "Figure rated", "Target", "RAG", "Direction (month)", "Direction (year)", "SPC variation icon",
                "SPC variation", "Exception reason");
        assertThat(WorkbookReading.headers(sheet)).hasSizeGreaterThan(40); // the rest is there, just not printed
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getRepeatingRows()).isNotNull();
    }

    @Test
    void emptyCellsAreCodedNotAvailableOrNotApplicable() {
        Map<String, Map<String, Cell>> scorecard = byId(wb.getSheet("Scorecard"));
        // cpp_rate: an activity measure with no target, rated on the month (no year-to-date figure), not a rate's
        // exception
        Map<String, Cell> cpp = scorecard.get("cpp_rate");
        assertThat(text(cpp, "Target")).isEqualTo("[z]");
        assertThat(text(cpp, "Tolerance")).isEqualTo("[z]");
        assertThat(text(cpp, "Year to date or rolling 12 months")).isEqualTo("[z]");
        assertThat(text(cpp, "Rank")).as("no better direction: not ranked").isEqualTo("[z]");
        assertThat(text(cpp, "Exception reason")).isEqualTo("[z]");
        // assessments_45days has no published DfE benchmark
        Map<String, Cell> assessments = scorecard.get("assessments_45days");
        for (String col : List.of("England", "Statistical neighbours mean", "Benchmark year", "Gap to England")) {
            assertThat(text(assessments, col)).as(col).isEqualTo("[z]");
        }
        // the exception with no commentary: its commentary is not available ([x]), not "does not apply"
        List<Map<String, Cell>> missing = WorkbookReading.rows(wb.getSheet("Exceptions")).stream()
                .filter(r -> "Yes".equals(WorkbookReading.shown(r.get("Commentary missing")))).toList();
        // input/commentary/2026-10.csv covers four of the eight act and watch items (cpp_2years, initial health,
        // care proceedings, turnover); these four have none
        assertThat(missing).extracting(r -> WorkbookReading.shown(r.get("Indicator id")))
                .containsExactlyInAnyOrder("cla_longterm_stability", "sw_caseload", "sw_agency", "cp_reviews_timescale");
        for (Map<String, Cell> row : missing) {
            String id = WorkbookReading.shown(row.get("Indicator id"));
            assertThat(text(scorecard.get(id), "Commentary")).as(id).isEqualTo("[x]");
            assertThat(text(scorecard.get(id), "Commentary by")).as(id).isEqualTo("[x]");
        }
        // no table cell anywhere is left empty, except the Trends sheet's charted figures
        for (XSSFSheet sheet : sheets()) {
            if (sheet.getSheetName().equals("Trends")) continue;
            XSSFTable table = WorkbookReading.table(sheet);
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                    Cell cell = sheet.getRow(r).getCell(c);
                    assertThat(cell == null ? "" : WorkbookReading.shown(cell))
                            .as("%s row %d column %d", sheet.getSheetName(), r + 1, c + 1).isNotBlank();
                }
            }
        }
    }

    @Test
    void theCodesAreExplainedOnTheCover() {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (Map<String, Cell> r : WorkbookReading.rows(wb.getSheet("Cover"))) {
            if ("Codes in empty cells".equals(WorkbookReading.shown(r.get("Topic")))) {
                codes.put(WorkbookReading.shown(r.get("Item")), WorkbookReading.shown(r.get("Detail")));
            }
        }
        assertThat(codes).containsOnlyKeys("[x]", "[z]");
        assertThat(codes.get("[x]")).startsWith("Not available");
        assertThat(codes.get("[z]")).startsWith("Not applicable");
    }

    private static List<XSSFSheet> sheets() {
        List<XSSFSheet> sheets = new java.util.ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) sheets.add(wb.getSheetAt(i));
        return sheets;
    }

    private static Map<String, Map<String, Cell>> byId(XSSFSheet sheet) {
        Map<String, Map<String, Cell>> rows = new java.util.HashMap<>();
        for (Map<String, Cell> r : WorkbookReading.rows(sheet)) rows.put(WorkbookReading.shown(r.get("Indicator id")), r);
        return rows;
    }

    private static String text(Map<String, Cell> row, String column) {
        assertThat(row).as("row").isNotNull().containsKey(column);
        return WorkbookReading.shown(row.get(column));
    }
}
