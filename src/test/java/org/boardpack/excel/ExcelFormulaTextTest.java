package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from input files that a spreadsheet would read as a formula is written as a string cell, exactly as typed,
 * and does nothing when the workbook is opened.
 */
class ExcelFormulaTextTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String PLUS = "+1+1";
    static final String PROGRESS = "@SUM(A1:A2) progress typed by an owner";
    static final String DEFINITION = "-2+3 is how the definition starts";

    @TempDir
    static Path dir;
    static PackModel pack;
    static byte[] xlsx;

    @BeforeAll
    static void write() throws Exception {
        Path input = SamplePack.copy(SamplePack.INPUT, dir.resolve("input"));
        Path templates = SamplePack.copy(SamplePack.TEMPLATES, dir.resolve("templates"));
        // cp_reviews_timescale is an exception with no commentary in the sample; rereferrals is not an exception
        Files.writeString(input.resolve("commentary/2026-10.csv"),
                "cp_reviews_timescale,Head of Service,Service lead,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"
                        + "rereferrals,\"-Head of Service, Front Door\",Service lead,+1+1\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path recs = input.resolve("recommendations/2026-10.csv");
        String r = Files.readString(recs, StandardCharsets.UTF_8);
        String before = "Owner reports supervision is embedded; dip sample planned for December.";
        assertThat(r).contains(before);
        Files.writeString(recs, r.replace(before, PROGRESS), StandardCharsets.UTF_8);
        Path catalogue = templates.resolve("indicators.csv");
        String c = Files.readString(catalogue, StandardCharsets.UTF_8);
        String definition = "\"Children subject to a child protection plan at month end per 10,000";
        assertThat(c).contains(definition);
        Files.writeString(catalogue, c.replace(definition, "\"" + DEFINITION + " Children subject to a child protection plan at month end per 10,000"), StandardCharsets.UTF_8);
        pack = SamplePack.build(input, templates, SamplePack.BOARD, SamplePack.PERIOD);
        xlsx = SamplePack.render(new ExcelPackWriter(), pack);
    }

    static Map<String, Cell> row(XSSFWorkbook wb, String sheet, String idHeader, String id) {
        return WorkbookReading.rows(wb.getSheet(sheet)).stream()
                .filter(r -> r.get(idHeader).getStringCellValue().equals(id)).findFirst().orElseThrow();
    }

    static void assertTypedText(Cell cell, String expected) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix keeps it text when edited").isTrue();
    }

    @Test
    void commentaryThatLooksLikeAFormulaIsStoredAsTypedText() throws Exception {
        assertThat(pack.indicators().filter(i -> i.id().equals("cp_reviews_timescale")).findFirst().orElseThrow()
                .commentary().text()).isEqualTo(HYPERLINK);
        try (XSSFWorkbook wb = WorkbookReading.open(xlsx)) {
            assertTypedText(row(wb, "Scorecard", "Indicator id", "cp_reviews_timescale").get("Commentary"), HYPERLINK);
            assertTypedText(row(wb, "Exceptions", "Indicator id", "cp_reviews_timescale").get("Commentary"), HYPERLINK);
            assertTypedText(row(wb, "Scorecard", "Indicator id", "rereferrals").get("Commentary"), PLUS);
            assertTypedText(row(wb, "Scorecard", "Indicator id", "rereferrals").get("Commentary by"), "-Head of Service, Front Door");
            assertTypedText(row(wb, "Recommendations", "Id", "R2017-03").get("Progress"), PROGRESS);
            assertTypedText(row(wb, "Definitions", "Indicator id", "cpp_rate").get("Definition"),
                    DEFINITION + " Children subject to a child protection plan at month end per 10,000 children aged 0-17 (ONS mid-year population estimate).");
            // nothing anywhere is a formula, and there are no HYPERLINK-formula links
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (Row row : wb.getSheetAt(i)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(wb.getSheetName(i) + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getHyperlink() != null) {
                            // the contents and each exception's link to its SPC chart: links within the workbook
                            assertThat(wb.getSheetName(i)).isIn("Contents", "Exceptions");
                            assertThat(cell.getHyperlink().getType()).isEqualTo(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theWorkbookXmlHoldsTheTextAsASharedStringNotAFormula() throws Exception {
        List<String> sheetsWithFormulas = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    if (xml.contains("<f>") || xml.contains("<f ")) sheetsWithFormulas.add(e.getName());
                }
            }
        }
        assertThat(sheetsWithFormulas).isEmpty();
    }
}
