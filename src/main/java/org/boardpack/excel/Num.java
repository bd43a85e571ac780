package org.boardpack.excel;

import java.math.BigDecimal;

/**
 * A numeric cell: stored as a number (never as text) and shown with a number format, e.g. the indicator's
 * decimals. A null value gives a blank cell.
 *
 * @param format an Excel number format such as {@code #,##0.0}
 */
record Num(Double value, String format) {

    /** A figure shown to the indicator's decimals, with thousands separators. */
    static Num of(Double value, int decimals) {
        return new Num(value, decimals(decimals));
    }

    static Num of(BigDecimal value, int decimals) {
        return new Num(value == null ? null : value.doubleValue(), decimals(decimals));
    }

    /** A count (thousands separators, no decimals). */
    static Num count(Number value) {
        return new Num(value == null ? null : value.doubleValue(), "#,##0");
    }

    /** A whole number shown without separators: a year, a line number, a revision. */
    static Num plain(Number value) {
        return new Num(value == null ? null : value.doubleValue(), "0");
    }

    static String decimals(int decimals) {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    boolean isBlank() {
        return value == null || value.isNaN() || value.isInfinite();
    }
}
