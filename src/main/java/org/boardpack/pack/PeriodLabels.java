package org.boardpack.pack;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How periods are written for readers. */
public final class PeriodLabels {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private PeriodLabels() {
    }

    public static String longLabel(YearMonth period) {
        return period.format(LONG);
    }
}
