package org.boardpack.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written as text (PDF, CSV, email): the indicator's decimals, half up, blank when missing. */
public final class Formatting {

    private Formatting() {
    }

    public static String number(Double value, int decimals) {
        if (value == null || value.isNaN()) return "";
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    public static String number(java.math.BigDecimal value, int decimals) {
        return value == null ? "" : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** The figure with its unit, e.g. "85.3%" or "46.4 per 10,000"; "-" when missing. */
    public static String withUnit(Double value, IndicatorResult r) {
        if (value == null) return "-";
        String n = number(value, r.decimals());
        return switch (r.unit()) {
            case PERCENT -> n + "%";
            case RATE_PER_10K -> n + " per 10,000";
            case DAYS -> n + " days";
            case WEEKS -> n + " weeks";
            default -> n;
        };
    }
}
