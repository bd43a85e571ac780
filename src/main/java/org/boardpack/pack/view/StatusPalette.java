package org.boardpack.pack.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Rag;
import org.boardpack.pack.PackStyle;
import org.boardpack.recommendations.Brag;

/**
 * The status colours of the pack, from the council's fills (templates/pack-style.yml): each status word's fill,
 * with its dark text shade, or black when that shade would not reach a 4.5:1 contrast ratio (WCAG 2) on the
 * council's fill.
 */
public record StatusPalette(Map<String, StatusColour> colours) {

    public static final List<String> WORDS = List.of("Red", "Amber", "Green", "Blue", "Grey");
    public static final double MIN_CONTRAST = 4.5;

    /** Dark text colours, one per status word (Excel's "light fill with dark text" pairs). */
    static final Map<String, String> DARK_TEXT = Map.of(
            "Red", "9C0006", "Amber", "7A4400", "Green", "006100", "Blue", "1F3864", "Grey", "000000");

    public static StatusPalette of(PackStyle style) {
        PackStyle s = style == null ? PackStyle.defaults() : style;
        Map<String, StatusColour> colours = new LinkedHashMap<>();
        for (String word : WORDS) {
            String fill = hexOrWhite(s.colour(word));
            String dark = DARK_TEXT.get(word);
            String text = contrast(fill, dark) >= MIN_CONTRAST ? dark
                    : contrast(fill, "000000") >= contrast(fill, "FFFFFF") ? "000000" : "FFFFFF";
            colours.put(word, new StatusColour(word, fill, text));
        }
        return new StatusPalette(Map.copyOf(colours));
    }

    public StatusColour of(String word) {
        return colours.getOrDefault(word, colours.get("Grey"));
    }

    public StatusColour of(Rag rag) {
        return of(rag == Rag.NONE ? "Grey" : rag.label());
    }

    public StatusColour of(Brag brag) {
        return of(switch (brag) {
            case RED -> "Red";
            case AMBER -> "Amber";
            case GREEN -> "Green";
            case BLUE -> "Blue";
            case GREY -> "Grey";
        });
    }

    /** The six hex digits of a colour setting ("#ffc7ce" or "FFC7CE"), white when it cannot be read. */
    static String hexOrWhite(String hex) {
        if (hex == null) return "FFFFFF";
        String h = hex.trim();
        if (h.startsWith("#")) h = h.substring(1);
        return h.matches("[0-9A-Fa-f]{6}") ? h.toUpperCase(java.util.Locale.ROOT) : "FFFFFF";
    }

    /** WCAG 2 contrast ratio of two hex RGB colours. */
    public static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16) / 255.0;
            lin[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }
}
