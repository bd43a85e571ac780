package org.boardpack.pdf;

import java.awt.Color;

import org.boardpack.indicators.Rag;
import org.boardpack.pack.PackStyle;
import org.boardpack.recommendations.Brag;

/**
 * Fill and text colours for a RAG/BRAG cell. The fill is the council's (templates/pack-style.yml, carried in the
 * pack style); the text stays dark so the status word, always printed, reads in greyscale too.
 */
record StatusColours(Color fill, Color text) {

    static final Color RED_TEXT = new Color(0x9C, 0x00, 0x06);
    static final Color AMBER_TEXT = new Color(0x7A, 0x44, 0x00);
    static final Color GREEN_TEXT = new Color(0x00, 0x61, 0x00);
    static final Color BLUE_TEXT = new Color(0x1F, 0x38, 0x64);
    static final Color GREY_TEXT = Color.BLACK;

    static StatusColours of(Rag rag, PackStyle style) {
        return switch (rag) {
            case RED -> new StatusColours(fill(style, "Red"), RED_TEXT);
            case AMBER -> new StatusColours(fill(style, "Amber"), AMBER_TEXT);
            case GREEN -> new StatusColours(fill(style, "Green"), GREEN_TEXT);
            case NONE -> new StatusColours(fill(style, "Grey"), GREY_TEXT);
        };
    }

    static StatusColours of(Brag brag, PackStyle style) {
        return switch (brag) {
            case RED -> new StatusColours(fill(style, "Red"), RED_TEXT);
            case AMBER -> new StatusColours(fill(style, "Amber"), AMBER_TEXT);
            case GREEN -> new StatusColours(fill(style, "Green"), GREEN_TEXT);
            case BLUE -> new StatusColours(fill(style, "Blue"), BLUE_TEXT);
            case GREY -> new StatusColours(fill(style, "Grey"), GREY_TEXT);
        };
    }

    /** The style's hex fill for a status word; white when the hex cannot be read (text still says the status). */
    static Color fill(PackStyle style, String word) {
        String hex = (style == null ? PackStyle.defaults() : style).colour(word);
        try {
            String h = hex.trim();
            if (h.startsWith("#")) h = h.substring(1);
            if (h.length() != 6) return Color.WHITE;
            return new Color(Integer.parseInt(h, 16));
        } catch (RuntimeException e) {
            return Color.WHITE;
        }
    }
}
