package org.boardpack.pack.view;

import java.math.BigDecimal;

/**
 * A figure as the reader sees it, decided once: the number rounded half up to the indicator's decimals, the same
 * number as text (Locale.UK, thousands separators, e.g. "1,234.5") and with its unit ("85.3%", "46.4 per 10,000").
 * A missing figure has a null number and empty texts; each edition chooses how to show the gap (blank, dash).
 * A suppressed figure (partner edition, {@link SmallNumbers}) is not a missing one: it has no number either (so
 * nothing can draw or sum it) but its texts are the suppression code ("[c]"), which every edition shows.
 */
public record Shown(BigDecimal number, String text, String withUnit) {

    public static final Shown NONE = new Shown(null, "", "");

    /** A figure withheld under the small-number rule, shown as {@code code}. */
    public static Shown suppressed(String code) {
        return new Shown(null, code, code);
    }

    /** No figure at all (a suppressed figure is not blank: there is one, withheld). */
    public boolean isBlank() {
        return number == null && text.isEmpty();
    }

    /** Withheld under the small-number rule: no number, the code as its text. */
    public boolean isSuppressed() {
        return number == null && !text.isEmpty();
    }

    /** The displayed number as a double (for a spreadsheet cell or a chart), or null. */
    public Double value() {
        return number == null ? null : number.doubleValue();
    }

    /** The text, or {@code missing} when there is no figure. */
    public String textOr(String missing) {
        return isBlank() ? missing : text;
    }

    /** The text with its unit, or {@code missing} when there is no figure. */
    public String withUnitOr(String missing) {
        return isBlank() ? missing : withUnit;
    }
}
