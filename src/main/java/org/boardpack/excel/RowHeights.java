package org.boardpack.excel;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights that fit wrapped text, worked out from the text's length, its column's width and the font size, so
 * wrapped cells never run over the next row (Excel grows rows it wraps itself only when a file is edited, and
 * LibreOffice keeps the stored height). POI's autoSizeColumn is no help: it needs AWT fonts and is slow.
 *
 * <p>A column's width is in characters of the default font (Calibri 11 pt, the width of a '0'); running text
 * averages about that, so a line holds the width less one character of cell padding, words wrapped whole.
 */
final class RowHeights {

    /** The workbook's body font size (POI's default, Calibri 11 pt). */
    static final float FONT_POINTS = 11;
    /** One line of 11 pt text: Excel's default row height. */
    static final float LINE_POINTS = FONT_POINTS * 15f / 11f;
    /** Excel's limit on a row's height. */
    static final float MAX_POINTS = 409;
    /** Bold and capital-heavy text runs wider than the average '0': a line holds this share of the width. */
    private static final double FILL = 0.92;

    /** Compiled once: a row's height is measured for every row of every table. */
    private static final Pattern PARAGRAPHS = Pattern.compile("\r?\n");
    private static final Pattern SPACES = Pattern.compile(" +");

    private RowHeights() {
    }

    /** Sets the row's height to fit the tallest of its text cells (one line at least). */
    static void fit(Row row, List<SheetTable.Column> columns, List<Object> values) {
        row.setHeightInPoints(points(columns, values));
    }

    /** The height a row of these values is given, in points. */
    static float points(List<SheetTable.Column> columns, List<Object> values) {
        int lines = 1;
        for (int c = 0; c < values.size() && c < columns.size(); c++) {
            String text = text(values.get(c));
            if (text != null) lines = Math.max(lines, lines(text, columns.get(c).width()));
        }
        return Math.min(MAX_POINTS, lines * LINE_POINTS + 2);
    }

    /** The lines {@code text} takes in a column {@code width} characters wide, words wrapped whole. */
    static int lines(String text, int width) {
        int perLine = Math.max(1, (int) Math.floor((Math.min(255, width) - 1) * FILL));
        int lines = 0;
        for (String paragraph : PARAGRAPHS.split(text, -1)) {
            lines++;
            int used = 0;
            for (String word : SPACES.split(paragraph)) {
                int len = word.codePointCount(0, word.length());
                if (len == 0) continue;
                int need = used == 0 ? len : used + 1 + len;
                if (need <= perLine) {
                    used = need;
                    continue;
                }
                if (used > 0) lines++;
                // a word longer than the line is broken across lines
                lines += (len - 1) / perLine;
                used = (len - 1) % perLine + 1;
            }
        }
        return lines;
    }

    private static String text(Object v) {
        if (v instanceof String s) return s.length() > SheetTable.MAX_CELL_TEXT ? s.substring(0, SheetTable.MAX_CELL_TEXT) : s;
        if (v instanceof Link link) return link.text();
        return null;
    }
}
