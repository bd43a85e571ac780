package org.boardpack.excel;

import org.boardpack.pack.view.Shown;

/**
 * A numeric cell: the pack view's displayed figure stored as a number (never as text) and shown with a number
 * format of the indicator's decimals, so the cell reads as the other editions do. A blank figure gives a blank cell.
 *
 * @param format an Excel number format such as {@code #,##0.0}
 */
record Num(Double value, String format, String code) {

    Num(Double value, String format) {
        this(value, format, null);
    }

    /** A displayed figure with the indicator's decimals and thousands separators; a suppressed one as its code. */
    static Num of(Shown shown, int decimals) {
        return new Num(shown.value(), decimals(decimals), shown.isSuppressed() ? shown.text() : null);
    }

    /**
     * A cell a chart plots: a suppressed figure is left blank (a gap in the line; a chart would plot the code as
     * zero). The Data sheet and the tables show the code.
     */
    static Num charted(Shown shown, int decimals) {
        return new Num(shown.value(), decimals(decimals));
    }

    /** A count (thousands separators, no decimals). */
    static Num count(Number value) {
        return new Num(value == null ? null : value.doubleValue(), "#,##0");
    }

    static Num count(Shown shown) {
        return new Num(shown.value(), "#,##0", shown.isSuppressed() ? shown.text() : null);
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
