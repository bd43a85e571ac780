package org.boardpack.benchmarks;

import java.util.Locale;

/**
 * The geographic levels a benchmark row can be published at, spelled as in DfE's Explore Education Statistics
 * files ({@code geographic_level} column). Other EES levels (e.g. "Local authority district") are not benchmarks.
 */
public enum GeographicLevel {
    NATIONAL("National"), REGIONAL("Regional"), LOCAL_AUTHORITY("Local authority");

    public static final String VOCABULARY = "National, Regional, Local authority";

    private final String label;

    GeographicLevel(String label) {
        this.label = label;
    }

    /** @return the spelling used in EES files and in the canonical benchmarks.csv */
    public String label() {
        return label;
    }

    /** @return the level for an EES / canonical spelling (case and surrounding blanks ignored), or null */
    public static GeographicLevel parse(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (GeographicLevel level : values()) {
            if (level.label.toLowerCase(Locale.ROOT).equals(t)) return level;
        }
        return null;
    }
}
