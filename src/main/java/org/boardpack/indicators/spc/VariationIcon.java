package org.boardpack.indicators.spc;

/** The Making Data Count variation icon, read from the last point of the series that has a value. */
public enum VariationIcon {
    NOT_ENOUGH_DATA("Not enough data"),
    COMMON_CAUSE("Common cause"),
    IMPROVEMENT_HIGH("Special cause improvement (high)"),
    IMPROVEMENT_LOW("Special cause improvement (low)"),
    CONCERN_HIGH("Special cause concern (high)"),
    CONCERN_LOW("Special cause concern (low)"),
    NEUTRAL_HIGH("Special cause neutral (high)"),
    NEUTRAL_LOW("Special cause neutral (low)");

    private final String label;

    VariationIcon(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static VariationIcon of(PointSignal signal, boolean high) {
        return switch (signal) {
            case COMMON -> COMMON_CAUSE;
            case IMPROVEMENT -> high ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case CONCERN -> high ? CONCERN_HIGH : CONCERN_LOW;
            case NEUTRAL_HIGH -> NEUTRAL_HIGH;
            case NEUTRAL_LOW -> NEUTRAL_LOW;
        };
    }
}
