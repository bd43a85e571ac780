package org.boardpack.excel;

import java.time.YearMonth;

import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;

/** Words the workbook uses for codes in the model. */
final class Labels {

    static final String WHOLE_AUTHORITY = "Whole authority";

    private Labels() {
    }

    /** "Percent", "Rate per 10,000 children", ... */
    static String unit(Unit unit) {
        return switch (unit) {
            case PERCENT -> "Percent";
            case RATE_PER_10K -> "Rate per 10,000 children";
            case COUNT -> "Count";
            case NUMBER -> "Number";
            case DAYS -> "Days";
            case WEEKS -> "Weeks";
        };
    }

    /** The value axis title of a chart. */
    static String axis(Unit unit) {
        return switch (unit) {
            case PERCENT -> "Percent (%)";
            case RATE_PER_10K -> "Rate per 10,000 children aged 0-17";
            case COUNT -> "Count";
            case NUMBER -> "Number";
            case DAYS -> "Days";
            case WEEKS -> "Weeks";
        };
    }

    /** Which direction is better: "Higher", "Lower", "Neither". */
    static String better(Polarity polarity) {
        return switch (polarity) {
            case HIGHER -> "Higher";
            case LOWER -> "Lower";
            case NONE -> "Neither";
        };
    }

    static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    static String team(String team) {
        return team == null || team.isEmpty() ? WHOLE_AUTHORITY : team;
    }

    static String period(YearMonth month) {
        return month == null ? null : month.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
