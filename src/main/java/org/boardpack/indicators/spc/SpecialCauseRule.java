package org.boardpack.indicators.spc;

/**
 * The special-cause rule that flags a point. When several apply, the first in this order wins: outside the process
 * limits, 7-point trend, 2 of 3 near a process limit, 7-point shift.
 */
public enum SpecialCauseRule {
    NONE("No special cause"),
    OUTSIDE_LIMITS("Point outside the process limits"),
    TREND("Run of 7 points each rising or each falling"),
    TWO_OF_THREE_NEAR_LIMIT("2 of 3 points near a process limit"),
    SHIFT("Run of 7 points on one side of the mean");

    private final String label;

    SpecialCauseRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
