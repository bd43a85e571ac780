package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on the shipped sample data, read back as a user's tools would. */
@Outputs("xlsx,pdf")
class SampleRunTest {

    @TempDir
    static Path work;
    static Path output;
    static Cli.Result result;

    @BeforeAll
    static void runSample() {
        output = work.resolve("output");
        result = Cli.run(work.resolve("data"), "run", "--period", "2026-10", "--input", "input", "--templates",
                "templates", "--output", output.toString(), "--no-mail");
    }

    @Test
    void completesAndPrintsTheSummary() {
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Board pack COMPLETED: improvement-board 2026-10, revision 1")
                .contains("improvement-board-2026-10.xlsx").contains("improvement-board-2026-10.pdf")
                .containsPattern("RAG: \\d+ Red, \\d+ Amber, \\d+ Green");
    }

    @Test
    void workbookHasOneScorecardRowPerIndicatorWithValueTargetAndRag() throws Exception {
        Path xlsx = output.resolve("improvement-board/2026-10/improvement-board-2026-10.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Scorecard");
            assertThat(sheet).isNotNull();
            XSSFTable table = sheet.getTables().get(0);
            // 22 indicators in templates/boards/improvement-board.yml
            assertThat(table.getEndRowIndex() - table.getStartRowIndex()).isEqualTo(22);
            Map<String, Integer> col = new HashMap<>();
            Row header = sheet.getRow(table.getStartRowIndex());
            for (Cell c : header) col.put(c.getStringCellValue(), c.getColumnIndex());
            Map<String, Row> byId = new HashMap<>();
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                byId.put(row.getCell(col.get("Indicator id")).getStringCellValue(), row);
                assertThat(row.getCell(col.get("RAG")).getStringCellValue()).isIn("Red", "Amber", "Green", "No target");
                assertThat(row.getCell(col.get("Value")).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            assertThat(byId).hasSize(22);
            // input/scorecards/2026-10.csv: cpp_2years 11/148 = 7.43% -> 7.4; 2026-27 target 4.0 +/- 2.0 (lower is better): Red
            assertRow(byId.get("cpp_2years"), col, 7.4, 4.0, "Red");
            // care proceedings 40.2 weeks against 32.0 +/- 2.0 (lower is better): Red
            assertRow(byId.get("care_proceedings_weeks"), col, 40.2, 32.0, "Red");
            // caseload 16.3 against 16.0 +/- 1.0: worse but within tolerance: Amber
            assertRow(byId.get("sw_caseload"), col, 16.3, 16.0, "Amber");
            // CP plan rate: 10,000 x 148 / 44,640 = 33.15 -> 33.2 (the workbook holds the displayed figure); no polarity, no target
            Row cpp = byId.get("cpp_rate");
            assertThat(cpp.getCell(col.get("Value")).getNumericCellValue()).isEqualTo(33.2);
            assertThat(cpp.getCell(col.get("RAG")).getStringCellValue()).isEqualTo("No target");
            // previous month 10,000 x 153 / 44,640 = 34.27 -> 34.3; down from 34.3 to 33.2, no polarity: Down
            assertThat(cpp.getCell(col.get("Direction (month)")).getStringCellValue()).isEqualTo("Down");
        }
    }

    private static void assertRow(Row row, Map<String, Integer> col, double value, double target, String rag) {
        assertThat(row.getCell(col.get("Value")).getNumericCellValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(0.05));
        assertThat(row.getCell(col.get("Target")).getNumericCellValue()).isEqualTo(target);
        assertThat(row.getCell(col.get("RAG")).getStringCellValue()).isEqualTo(rag);
    }

    @Test
    void pdfCarriesTheMarkingAndThePeriod() throws Exception {
        Path pdf = output.resolve("improvement-board/2026-10/improvement-board-2026-10.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("OFFICIAL-SENSITIVE").contains("October 2026");
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
        }
    }
}
