package org.boardpack.excel;

import org.boardpack.pack.view.StatusPalette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackStyle;
import org.junit.jupiter.api.Test;

/** RAG, BRAG, bands and icons are words in the cell with a fill by conditional formatting, in the council's colours. */
class ExcelStatusFillTest {

    /** The fill colour (hex RGB) each rule on a table column gives, by the text the rule looks for. */
    static Map<String, String> fills(XSSFSheet sheet, String header) {
        XSSFTable t = WorkbookReading.table(sheet);
        int col = WorkbookReading.headers(sheet).indexOf(header);
        assertThat(col).as(sheet.getSheetName() + " has " + header).isNotNegative();
        Map<String, String> fills = new LinkedHashMap<>();
        var scf = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < scf.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting cf = scf.getConditionalFormattingAt(i);
            for (CellRangeAddress range : cf.getFormattingRanges()) {
                if (range.getFirstColumn() != col || range.getLastColumn() != col) continue;
                assertThat(range.getFirstRow()).isEqualTo(t.getStartRowIndex() + 1);
                assertThat(range.getLastRow()).isEqualTo(t.getEndRowIndex());
                for (int r = 0; r < cf.getNumberOfRules(); r++) {
                    XSSFConditionalFormattingRule rule = cf.getRule(r);
                    String formula = rule.getFormula1();
                    String text = formula.substring(formula.indexOf('"') + 1, formula.lastIndexOf('"'));
                    XSSFColor fill = (XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor();
                    XSSFColor font = rule.getFontFormatting().getFontColor();
                    assertThat(StatusPalette.contrast(hex(fill), hex(font))).as(header + " " + text + " contrast")
                            .isGreaterThanOrEqualTo(4.5);
                    fills.put(text, hex(fill));
                }
            }
        }
        return fills;
    }

    static String hex(XSSFColor c) {
        byte[] rgb = c.getRGB();
        return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }

    @Test
    void statusColumnsAreFilledByTheirWordsInTheCouncilsColours() throws Exception {
        PackModel pack = SamplePack.sample();
        PackStyle s = pack.style();
        try (XSSFWorkbook wb = WorkbookReading.open(SamplePack.sampleXlsx())) {
            Map<String, String> rag = Map.of("Red", s.colour("Red"), "Amber", s.colour("Amber"),
                    "Green", s.colour("Green"), "No target", s.colour("Grey"));
            assertThat(fills(wb.getSheet("Scorecard"), "RAG")).containsExactlyInAnyOrderEntriesOf(rag);
            assertThat(fills(wb.getSheet("Exceptions"), "RAG")).containsExactlyInAnyOrderEntriesOf(rag);
            assertThat(fills(wb.getSheet("Recommendations"), "BRAG")).containsEntry("Red", s.colour("Red"))
                    .containsEntry("Blue", s.colour("Blue")).containsEntry("Grey", s.colour("Grey")).hasSize(5);
            assertThat(fills(wb.getSheet("Summary"), "Status")).containsEntry("Red", s.colour("Red"))
                    .containsEntry("No target", s.colour("Grey"));
            assertThat(fills(wb.getSheet("Scorecard"), "Quartile band")).containsEntry("A", s.colour("Green"))
                    .containsEntry("D", s.colour("Red")).hasSize(4);
            assertThat(fills(wb.getSheet("Benchmarks"), "Quartile band")).hasSize(4);
            assertThat(fills(wb.getSheet("Scorecard"), "SPC variation")).containsEntry("improvement", s.colour("Blue"))
                    .containsEntry("concern", s.colour("Amber"));
            assertThat(fills(wb.getSheet("Scorecard"), "SPC assurance")).containsEntry("Consistently fails target", s.colour("Amber"));
            assertThat(fills(wb.getSheet("SPC"), "SPC variation")).isNotEmpty();
            assertThat(fills(wb.getSheet("Cover"), "Item")).containsEntry("Red", s.colour("Red")).containsEntry("A", s.colour("Green"));
            // the word is always in the cell: colour is never the only cue
            for (Map<String, Cell> row : WorkbookReading.rows(wb.getSheet("Scorecard"))) {
                assertThat(row.get("RAG").getStringCellValue()).isIn("Red", "Amber", "Green", "No target");
            }
            for (Map<String, Cell> row : WorkbookReading.rows(wb.getSheet("Recommendations"))) {
                assertThat(row.get("BRAG").getStringCellValue()).matches("(Red|Amber|Green|Blue|Grey): .*");
            }
        }
    }

    @Test
    void aCouncilsOwnColoursAreUsedAndDarkTextStaysReadable() throws Exception {
        PackModel sample = SamplePack.sample();
        Map<String, String> colours = new LinkedHashMap<>(PackStyle.DEFAULT_COLOURS);
        colours.put("Red", "FF0000"); // a strong red: the dark red text would not be readable on it
        colours.put("Green", "A9D08E");
        PackModel pack = ExcelEdgeCasesTest.withStyle(sample, new PackStyle("Our cover", "Sub", "", colours, null));
        try (XSSFWorkbook wb = WorkbookReading.open(SamplePack.render(new ExcelPackWriter(), pack))) {
            assertThat(fills(wb.getSheet("Scorecard"), "RAG")).containsEntry("Red", "FF0000").containsEntry("Green", "A9D08E");
            assertThat(wb.getSheet("Cover").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Our cover");
        }
        StatusFills f = new StatusFills(StatusPalette.of(pack.style()));
        assertThat(f.text("Red")).isEqualTo("000000");
        assertThat(StatusPalette.contrast(f.fill("Green"), f.text("Green"))).isGreaterThanOrEqualTo(4.5);
        // the default light fills keep their dark shade of text
        StatusFills defaults = new StatusFills(StatusPalette.of(PackStyle.defaults()));
        for (String word : List.of("Red", "Amber", "Green", "Blue", "Grey")) {
            assertThat(defaults.text(word)).as(word).isEqualTo(java.util.Map.of("Red", "9C0006", "Amber", "7A4400", "Green", "006100", "Blue", "1F3864", "Grey", "000000").get(word));
        }
    }

    @Test
    void rulesMatchTheWordsTheModelWrites() {
        assertThat(StatusRules.RAG.wordFor("Amber")).isEqualTo("Amber");
        assertThat(StatusRules.RAG.wordFor("No target")).isEqualTo("Grey");
        assertThat(StatusRules.BRAG.wordFor("Blue: complete")).isEqualTo("Blue");
        assertThat(StatusRules.VARIATION.wordFor("Special cause concern (high)")).isEqualTo("Amber");
        assertThat(StatusRules.VARIATION.wordFor("Special cause improvement (low)")).isEqualTo("Blue");
        assertThat(StatusRules.VARIATION.wordFor("Not enough data")).isNull();
        assertThat(StatusRules.BAND.wordFor("D")).isEqualTo("Red");
        List<String> all = new ArrayList<>();
        StatusRules.COVER_KEY.rules().forEach(r -> all.add(r.match() + " " + r.text()));
        assertThat(all).doesNotHaveDuplicates();
    }
}
