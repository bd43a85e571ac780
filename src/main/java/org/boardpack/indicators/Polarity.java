package org.boardpack.indicators;

import java.util.Locale;

/** Which direction is better for an indicator. NONE: an activity measure with no "good" direction. */
public enum Polarity {
    HIGHER, LOWER, NONE;

    public static final String VOCABULARY = "higher, lower, none";

    /** @return the polarity, or null when the text is not in the vocabulary */
    public static Polarity parse(String text) {
        if (text == null) return null;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "higher" -> HIGHER;
            case "lower" -> LOWER;
            case "none" -> NONE;
            default -> null;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return positive when a is better than b, negative when worse, 0 when equal or no polarity */
    public int compareGoodness(double a, double b) {
        return switch (this) {
            case HIGHER -> Double.compare(a, b);
            case LOWER -> Double.compare(b, a);
            case NONE -> 0;
        };
    }
}
