package org.boardpack.pdf;

import com.lowagie.text.pdf.BaseFont;

/** Fitting text to a column: layout only (the words and figures come from the pack view). */
final class Text {

    private Text() {
    }

    /** The text shortened with an ellipsis to fit {@code width} points in the font; unchanged when it fits. */
    static String fit(String text, BaseFont font, float size, float width) {
        if (text == null) return "";
        if (font.getWidthPoint(text, size) <= width) return text;
        String ellipsis = "\u2026";
        float room = width - font.getWidthPoint(ellipsis, size);
        int end = text.length();
        while (end > 0 && font.getWidthPoint(text.substring(0, end), size) > room) end--;
        return text.substring(0, end).stripTrailing() + ellipsis;
    }
}
