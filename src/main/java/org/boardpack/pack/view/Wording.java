package org.boardpack.pack.view;

import java.util.List;
import java.util.Locale;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.pack.ExceptionReason;

/** The words every edition uses for the model's codes: units, polarity, what is rated, exception reasons. */
public final class Wording {

    public static final String WHOLE_AUTHORITY = "Whole authority";

    private Wording() {
    }

    /** "Percent", "Rate per 10,000 children", ... */
    public static String unit(Unit unit) {
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
    public static String axis(Unit unit) {
        return switch (unit) {
            case PERCENT -> "Percent (%)";
            case RATE_PER_10K -> "Rate per 10,000 children aged 0-17";
            default -> unit(unit);
        };
    }

    /** The unit in a line of detail: "%", "per 10,000", "weeks". */
    public static String unitShort(Unit unit) {
        return switch (unit) {
            case PERCENT -> "%";
            case RATE_PER_10K -> "per 10,000";
            default -> unit(unit).toLowerCase(Locale.ROOT);
        };
    }

    /** A formatted number with its unit: "85.3%", "46.4 per 10,000", "40.2 weeks", "1,234". */
    static String withUnit(String number, Unit unit) {
        if (unit == null) return number;
        return switch (unit) {
            case PERCENT -> number + "%";
            case RATE_PER_10K -> number + " per 10,000";
            case DAYS -> number + " days";
            case WEEKS -> number + " weeks";
            case COUNT, NUMBER -> number;
        };
    }

    /** Which direction is better, for a column: "Higher", "Lower", "Neither". */
    public static String better(Polarity polarity) {
        return switch (polarity) {
            case HIGHER -> "Higher";
            case LOWER -> "Lower";
            case NONE -> "Neither";
        };
    }

    /** Which direction is better, in a sentence: "higher is better". */
    public static String polarity(Polarity polarity) {
        return switch (polarity) {
            case HIGHER -> "higher is better";
            case LOWER -> "lower is better";
            case NONE -> "no better direction";
        };
    }

    /** What RAG is judged on, in a sentence: "the month", "the year to date", "the rolling 12 months". */
    public static String ratedOn(Aggregation aggregation) {
        return switch (aggregation) {
            case SNAPSHOT -> "the month";
            case YTD -> "the year to date";
            case ROLLING12 -> "the rolling 12 months";
        };
    }

    /** "Red against target; Worsened two months running". */
    public static String exceptionReasons(List<ExceptionReason> reasons) {
        return String.join("; ", reasons.stream().map(ExceptionReason::label).toList());
    }

    /** What each reason means, for the notes and the glossary. */
    public static String exceptionReasonMeaning(ExceptionReason r) {
        return switch (r) {
            case RED -> "The indicator is Red against its target.";
            case AMBER -> "The indicator is Amber: within the tolerance of its target but not meeting it.";
            case SPC_CONCERN -> "The latest point is a special cause of concern on the statistical process control (SPC) chart: outside the limits or 2 of 3 points near a limit.";
            case WORSENING_RUN -> "The latest point ends a run of 7 points rising (or falling) the wrong way, or 7 on the wrong side of the mean.";
            case ASSURANCE_FAILS -> "The target lies beyond the process limits on the wrong side: as things stand the process will not meet it.";
        };
    }

    /** The act and watch lists and what puts an indicator on each by default. */
    public static List<String[]> exceptionLists() {
        return List.of(
                new String[]{"Act", "Red against target, or a special cause of concern in the last month, or the process consistently fails the target (a Green indicator is never on the act list by default)."},
                new String[]{"Watch", "Amber against target, or a Green indicator with a special cause of concern or a worsening run in the last month. A move between two months alone puts nothing on either list."});
    }

    public static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    public static String team(String team) {
        return team == null || team.isBlank() ? WHOLE_AUTHORITY : team;
    }

    /** "1 indicator", "3 indicators". */
    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
