package org.boardpack.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.pdf.BaseFont;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.pack.Formatting;
import org.boardpack.pack.IndicatorResult;

/** How the PDF writes figures, dates and indicator properties as text. Display rounding only: nothing recomputed. */
final class Text {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Text() {
    }

    /** The figure to the indicator's decimals, or an en dash when missing. */
    static String num(Double value, IndicatorResult r) {
        String s = Formatting.number(value, r.decimals());
        return s.isEmpty() ? Tables.MISSING : s;
    }

    static String num(BigDecimal value, IndicatorResult r) {
        String s = Formatting.number(value, r.decimals());
        return s.isEmpty() ? Tables.MISSING : s;
    }

    /** "Oct 2026". */
    static String month(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }

    /** "30 Sep 2026". */
    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** "2 November 2026 at 06:00". */
    static String produced(LocalDateTime t) {
        return t == null ? "" : LONG_DATE.format(t) + " at " + TIME.format(t);
    }

    static String polarity(Polarity p) {
        return switch (p) {
            case HIGHER -> "higher is better";
            case LOWER -> "lower is better";
            case NONE -> "no better direction";
        };
    }

    /** The unit as an axis or column label. */
    static String unitLabel(Unit u) {
        return switch (u) {
            case PERCENT -> "Per cent (%)";
            case RATE_PER_10K -> "Rate per 10,000 children";
            case COUNT -> "Count";
            case NUMBER -> "Number";
            case DAYS -> "Days";
            case WEEKS -> "Weeks";
        };
    }

    /** Short unit for a line under an indicator's name. */
    static String unitShort(Unit u) {
        return switch (u) {
            case PERCENT -> "%";
            case RATE_PER_10K -> "per 10,000";
            case COUNT -> "count";
            case NUMBER -> "number";
            case DAYS -> "days";
            case WEEKS -> "weeks";
        };
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The text shortened with an ellipsis to fit {@code width} points in the font; unchanged when it fits. */
    static String fit(String text, BaseFont font, float size, float width) {
        if (text == null) return "";
        if (font.getWidthPoint(text, size) <= width) return text;
        String ellipsis = "\u2026";
        float room = width - font.getWidthPoint(ellipsis, size);
        int end = text.length();
        while (end > 0 && font.getWidthPoint(text.substring(0, end), size) > room) end--;
        return text.substring(0, end).stripTrailing() + ellipsis;
    }
}
