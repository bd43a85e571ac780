package org.boardpack.excel;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.StatusPalette;

/**
 * Colours status cells by their text with conditional formatting, in the pack view's status colours (the council's
 * fill with a text colour that keeps 4.5:1 contrast on it).
 */
final class StatusFills {

    private final StatusPalette palette;

    StatusFills(StatusPalette palette) {
        this.palette = palette;
    }

    String fill(String word) {
        return palette.of(word).fill();
    }

    String text(String word) {
        return palette.of(word).text();
    }

    /** Adds the rules to one column's data cells (rows are 0-based, inclusive). */
    void apply(XSSFSheet sheet, int column, int firstRow, int lastRow, StatusRules rules) {
        if (lastRow < firstRow || rules == null) return;
        SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(firstRow, lastRow, column, column)};
        String cell = "$" + CellReference.convertNumToColString(column) + (firstRow + 1);
        for (StatusRules.Rule r : rules.rules()) {
            String literal = "\"" + r.text().replace("\"", "\"\"") + "\"";
            String formula = switch (r.match()) {
                case EQUALS -> cell + "=" + literal;
                case BEGINS_WITH -> "LEFT(" + cell + "," + r.text().length() + ")=" + literal;
                case CONTAINS -> "ISNUMBER(SEARCH(" + literal + "," + cell + "))";
            };
            ConditionalFormattingRule rule = scf.createConditionalFormattingRule(formula);
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(argb(fill(r.word())), null));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            XSSFFontFormatting font = (XSSFFontFormatting) rule.createFontFormatting();
            XSSFColor textColour = new XSSFColor(argb(text(r.word())), null);
            font.setFontColor(textColour);
            // POI writes a first font colour as 6-digit RGB; setting it again stores the full ARGB Excel expects
            font.setFontColor(textColour);
            scf.addConditionalFormatting(range, rule);
        }
    }

    /** Opaque ARGB bytes, as Excel reads the rgb attribute of a colour. */
    static byte[] argb(String rgb) {
        byte[] c = hex(rgb);
        return new byte[]{(byte) 0xFF, c[0], c[1], c[2]};
    }

    static byte[] hex(String rgb) {
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
