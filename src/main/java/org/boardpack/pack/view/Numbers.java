package org.boardpack.pack.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.boardpack.indicators.Unit;

/** The one way figures become text: half up to the indicator's decimals, Locale.UK, thousands separators. */
public final class Numbers {

    public static final Locale LOCALE = Locale.UK;

    private Numbers() {
    }

    /** The figure rounded half up to {@code decimals} (on its decimal text, as a reader rounds), or null. */
    public static BigDecimal round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) return null;
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    public static BigDecimal round(BigDecimal value, int decimals) {
        return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** "1,234.5" for 1234.5 with one decimal. */
    public static String text(BigDecimal rounded, int decimals) {
        if (rounded == null) return "";
        DecimalFormat f = new DecimalFormat(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(LOCALE));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(rounded.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP));
    }

    public static Shown shown(Double value, int decimals, Unit unit) {
        return shown(round(value, decimals), decimals, unit);
    }

    public static Shown shown(BigDecimal value, int decimals, Unit unit) {
        BigDecimal n = round(value, decimals);
        if (n == null) return Shown.NONE;
        String t = text(n, decimals);
        return new Shown(n, t, Wording.withUnit(t, unit));
    }

    /** A count or other whole number without a unit ("1,234"). */
    public static Shown count(Double value) {
        return shown(value, 0, null);
    }

    public static Shown count(Integer value) {
        return value == null ? Shown.NONE : shown(value.doubleValue(), 0, null);
    }
}
