package org.boardpack.benchmarks;

import java.util.Locale;

/**
 * How the authority's latest monthly figure compares with a published comparator (neighbours' mean or England).
 * SIMILAR when both are equal once rounded to the indicator's displayed decimals. BETTER / WORSE need a polarity;
 * for an indicator with no polarity the comparison only says ABOVE or BELOW.
 */
public enum Verdict {
    BETTER, WORSE, SIMILAR, ABOVE, BELOW;

    /** "better", "worse", "similar", "above", "below" */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
