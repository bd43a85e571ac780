package org.boardpack.pack;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How periods are written for readers. */
public final class PeriodLabels {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private PeriodLabels() {
    }

    public static String longLabel(YearMonth period) {
        return period.format(LONG);
    }

    public static String shortLabel(YearMonth period) {
        return period.format(SHORT);
    }
}
