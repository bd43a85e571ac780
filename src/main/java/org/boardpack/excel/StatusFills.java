package org.boardpack.excel;

import java.util.Map;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.PackStyle;

/**
 * Colours status cells by their text with conditional formatting: the fill from the council's pack style
 * ({@code templates/pack-style.yml}), the text in a dark shade of the same hue, or black when that shade would
 * not reach a 4.5:1 contrast ratio on the council's fill.
 */
final class StatusFills {

    /** Dark text colours, one per status word (Excel's "light fill with dark text" pairs). */
    static final Map<String, String> DARK_TEXT = Map.of(
            "Red", "9C0006", "Amber", "7A4400", "Green", "006100", "Blue", "1F3864", "Grey", "000000");

    static final double MIN_CONTRAST = 4.5;

    private final PackStyle style;

    StatusFills(PackStyle style) {
        this.style = style == null ? PackStyle.defaults() : style;
    }

    String fill(String word) {
        return style.colour(word);
    }

    /** The text colour for a status word: its dark shade, or black when the council's fill is too dark for it. */
    String text(String word) {
        String fill = fill(word);
        String dark = DARK_TEXT.getOrDefault(word, "000000");
        return contrast(fill, dark) >= MIN_CONTRAST ? dark : "000000";
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

    /** WCAG 2 contrast ratio of two hex RGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        byte[] c = hex(rgb);
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = (c[i] & 0xFF) / 255.0;
            lin[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }
}
