package org.boardpack.pack.view;

import java.math.BigDecimal;

/**
 * A figure as the reader sees it, decided once: the number rounded half up to the indicator's decimals, the same
 * number as text (Locale.UK, thousands separators, e.g. "1,234.5") and with its unit ("85.3%", "46.4 per 10,000").
 * A missing figure has a null number and empty texts; each edition chooses how to show the gap (blank, dash).
 */
public record Shown(BigDecimal number, String text, String withUnit) {

    public static final Shown NONE = new Shown(null, "", "");

    public boolean isBlank() {
        return number == null;
    }

    /** The displayed number as a double (for a spreadsheet cell or a chart), or null. */
    public Double value() {
        return number == null ? null : number.doubleValue();
    }

    /** The text, or {@code missing} when there is no figure. */
    public String textOr(String missing) {
        return number == null ? missing : text;
    }

    /** The text with its unit, or {@code missing} when there is no figure. */
    public String withUnitOr(String missing) {
        return number == null ? missing : withUnit;
    }
}
