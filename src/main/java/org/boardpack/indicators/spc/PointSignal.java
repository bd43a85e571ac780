package org.boardpack.indicators.spc;

/**
 * What one point says. IMPROVEMENT/CONCERN for indicators with a polarity; NEUTRAL_HIGH/NEUTRAL_LOW when the
 * indicator has no "better" direction.
 */
public enum PointSignal {
    COMMON("Common cause"),
    IMPROVEMENT("Special cause improvement"),
    CONCERN("Special cause concern"),
    NEUTRAL_HIGH("Special cause neutral (high)"),
    NEUTRAL_LOW("Special cause neutral (low)");

    private final String label;

    PointSignal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSpecialCause() {
        return this != COMMON;
    }
}
