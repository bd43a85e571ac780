package org.boardpack.indicators.spc;

/**
 * Whether an SPC chart has process limits, and how far they can be trusted. Counted over the non-missing values
 * the limits are computed from (the baseline).
 */
public enum LimitStatus {
    /** Fewer than 12 values: no mean, no limits, no special-cause rules, no icons. */
    NOT_ENOUGH_DATA("Not enough data (fewer than 12 points)"),
    /** 12 to 19 values: limits are shown but are trial limits, to be revised as points are added. */
    TRIAL("Trial limits (12-19 points)"),
    /** 20 or more values. */
    FULL("Process limits (20+ points)");

    private final String label;

    LimitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
