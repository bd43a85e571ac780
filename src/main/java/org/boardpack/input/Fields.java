package org.boardpack.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.boardpack.indicators.FinancialYear;

/**
 * Parses the typed fields of a CSV row, reporting each bad value against its file, line and column. Every
 * method returns null (and reports an error) when the value is unusable.
 */
public final class Fields {

    /** Periods before this are implausible for a scorecard (typing errors such as 2062-10 are caught above). */
    public static final YearMonth EARLIEST_PERIOD = YearMonth.of(2000, 1);
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern LETTER = Pattern.compile("[a-zA-Z]");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final Problems problems;
    private final YearMonth latestPlausible;

    public Fields(Problems problems, YearMonth latestPlausible) {
        this.problems = problems;
        this.latestPlausible = latestPlausible;
    }

    public Problems problems() {
        return problems;
    }

    /** The latest period a scorecard may hold. */
    public YearMonth latestPlausible() {
        return latestPlausible;
    }

    /** The same checks, reporting to other problems (e.g. a scratch list for a second pass over a file). */
    public Fields withProblems(Problems other) {
        return new Fields(other, latestPlausible);
    }

    public String required(CsvRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problems.error(row.file(), row.line(), row.column(column), column + " is blank", "a value is required");
            return null;
        }
        return v;
    }

    public YearMonth period(CsvRow row, String column) {
        String v = row.get(column);
        if (!PERIOD.matcher(v).matches()) {
            problems.error(row.file(), row.line(), row.column(column), "period \"" + v + "\"",
                    "expected a month written YYYY-MM, e.g. 2026-10");
            return null;
        }
        YearMonth ym;
        try {
            ym = YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            problems.error(row.file(), row.line(), row.column(column), "period \"" + v + "\" is not a real month",
                    "expected YYYY-MM with a month from 01 to 12");
            return null;
        }
        if (ym.isBefore(EARLIEST_PERIOD) || ym.isAfter(latestPlausible)) {
            problems.error(row.file(), row.line(), row.column(column), "period " + v + " is outside the plausible range",
                    "expected a month from " + EARLIEST_PERIOD + " to " + latestPlausible);
            return null;
        }
        return ym;
    }

    public FinancialYear financialYear(CsvRow row, String column) {
        String v = row.get(column);
        FinancialYear fy = FinancialYear.parse(v);
        if (fy == null) {
            problems.error(row.file(), row.line(), row.column(column), "financial year \"" + v + "\"",
                    "expected YYYY-YY with consecutive years, e.g. 2026-27");
        }
        return fy;
    }

    /** An optional number: blank gives null without a problem. */
    public Double optionalNumber(CsvRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) return null;
        return number(row, column);
    }

    public Double number(CsvRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problems.error(row.file(), row.line(), row.column(column), column + " is blank", "expected a number");
            return null;
        }
        if (THOUSANDS.matcher(v).matches()) {
            problems.error(row.file(), row.line(), row.column(column), "number \"" + v + "\" has a thousands separator",
                    "write it without commas, e.g. " + v.replace(",", ""));
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d) || LETTER.matcher(v).find()) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            problems.error(row.file(), row.line(), row.column(column), column + " \"" + v + "\" is not a number",
                    "expected a number such as 12 or 85.5 (no %, spaces or text)");
            return null;
        }
    }

    public Integer integer(CsvRow row, String column) {
        String v = row.get(column);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            problems.error(row.file(), row.line(), row.column(column), column + " \"" + v + "\" is not a whole number",
                    "expected a whole number such as 0 or 1");
            return null;
        }
    }

    public LocalDate date(CsvRow row, String column) {
        String v = row.get(column);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.error(row.file(), row.line(), row.column(column), "date \"" + v + "\"",
                    "expected an ISO date YYYY-MM-DD, e.g. 2026-10-31");
            return null;
        }
    }
}
