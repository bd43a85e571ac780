package org.boardpack.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The unit an indicator is measured in; decides how a value is derived from numerator and denominator (its words are the pack view's). */
public enum Unit {
    PERCENT("percent"),
    RATE_PER_10K("rate_per_10k"),
    COUNT("count"),
    NUMBER("number"),
    DAYS("days"),
    WEEKS("weeks");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static String vocabulary() {
        return Arrays.stream(values()).map(Unit::code).collect(Collectors.joining(", "));
    }

    /** @return the unit, or null when the text is not in the vocabulary */
    public static Unit parse(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Unit u : values()) {
            if (u.code.equals(t)) return u;
        }
        return null;
    }

    /** Whether the value is computed from numerator and denominator rather than given. */
    public boolean isRatio() {
        return this == PERCENT || this == RATE_PER_10K;
    }

    /** The multiplier applied to numerator / denominator for ratio units. */
    public double scale() {
        return switch (this) {
            case PERCENT -> 100.0;
            case RATE_PER_10K -> 10_000.0;
            default -> 1.0;
        };
    }
}
