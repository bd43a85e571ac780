package org.boardpack.indicators;

import java.util.Locale;

/** How the figure RAG-rated for an indicator is formed from the monthly figures. */
public enum Aggregation {
    /** The month's own figure. */
    SNAPSHOT("snapshot", "Month"),
    /** Financial year to date: numerators and denominators summed from April. */
    YTD("ytd", "Year to date"),
    /** The last 12 months: numerators and denominators summed. */
    ROLLING12("rolling12", "Rolling 12 months");

    public static final String VOCABULARY = "snapshot, ytd, rolling12";

    private final String code;
    private final String label;

    Aggregation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** @return the aggregation (blank means snapshot), or null when the text is not in the vocabulary */
    public static Aggregation parse(String text) {
        if (text == null || text.isBlank()) return SNAPSHOT;
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Aggregation a : values()) {
            if (a.code.equals(t)) return a;
        }
        return null;
    }
}
