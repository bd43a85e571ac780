package org.boardpack.excel;

/**
 * Why a table cell has no figure, written as the Government Analysis Function's shorthand so no cell in a table is
 * left empty; the Cover sheet explains the codes.
 */
enum Blank {
    /** The figure should exist but is not available (not supplied, not published, too few points). */
    NOT_AVAILABLE("[x]", "Not available: the figure should exist but was not supplied, is not published, or cannot be worked out yet (for example, too few months for SPC limits)."),
    /** The cell does not apply to the row (no target set, not a ratio, no published benchmark, not an exception). */
    NOT_APPLICABLE("[z]", "Not applicable: the column does not apply to this row (for example, no target is set, the indicator is not a ratio of numerator and denominator, there is no published benchmark, or the indicator is not an exception).");

    private final String code;
    private final String meaning;

    Blank(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    String code() {
        return code;
    }

    String meaning() {
        return meaning;
    }

    /** Whether a value from a column getter is empty: null, a blank string or a blank number. */
    static boolean isEmpty(Object v) {
        // a figure withheld for small numbers carries its own code ([c]): it is not empty
        return v == null || v instanceof Num n && n.isBlank() && n.code() == null || v instanceof String s && s.isBlank();
    }
}
