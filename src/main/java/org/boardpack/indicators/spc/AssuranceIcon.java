package org.boardpack.indicators.spc;

/**
 * The Making Data Count assurance icon: can the process be relied on to meet the target? NONE when there is no
 * target, the indicator has no polarity, or there are no limits (fewer than 12 points).
 */
public enum AssuranceIcon {
    CONSISTENTLY_PASSES("Consistently passes target"),
    CONSISTENTLY_FAILS("Consistently fails target"),
    HIT_AND_MISS("Hit and miss"),
    NONE("n/a");

    private final String label;

    AssuranceIcon(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
