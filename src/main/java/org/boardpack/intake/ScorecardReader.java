package org.boardpack.intake;

import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Fields;
import org.boardpack.input.FormulaText;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;
import org.boardpack.input.ScorecardRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.boardpack.indicators.Figure;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Rounding;
import org.boardpack.indicators.Unit;
import org.boardpack.indicators.ValueRule;

/** Reads every CSV under {@code input/scorecards/}, checking each row against the catalogue. */
public final class ScorecardReader {

    public static final String FOLDER = "scorecards";
    public static final List<String> REQUIRED = List.of("indicator_id", "period", "numerator", "denominator", "value");
    public static final List<String> OPTIONAL = List.of("team");
    private static final Pattern MONTH_IN_PATH = Pattern.compile("(\\d{4}-\\d{2})");

    /** What was read: the files, the valid rows, and how many data rows there were in all. */
    public record Scorecards(List<Path> files, List<ScorecardRow> rows, int rowsRead) {
    }

    private ScorecardReader() {
    }

    public static List<Path> files(Path inputDir) throws IOException {
        Path dir = inputDir.resolve(FOLDER);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .sorted().toList();
        }
    }

    public static Scorecards read(Path inputDir, Map<String, Indicator> catalogue, Fields fields) {
        Problems problems = fields.problems();
        Path dir = inputDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            problems.error(InputPaths.display(dir), 0, "", "the scorecards folder is missing",
                    "create it and put the month's scorecard CSV files in it");
            return new Scorecards(List.of(), List.of(), 0);
        }
        List<Path> files;
        try {
            files = files(inputDir);
        } catch (IOException e) {
            problems.error(InputPaths.display(dir), 0, "", "cannot list the folder (" + e.getMessage() + ")", "check its permissions");
            return new Scorecards(List.of(), List.of(), 0);
        }
        if (files.isEmpty()) {
            problems.error(InputPaths.display(dir), 0, "", "no .csv files in the scorecards folder",
                    "put the month's scorecard CSV files in it");
        }
        List<ScorecardRow> rows = new ArrayList<>();
        Map<String, String> firstPlace = new HashMap<>();
        int read = 0;
        for (Path file : files) {
            String shown = InputPaths.display(file);
            int seenBefore = problems.rowsSeen().size();
            CsvTable table = CsvTableReader.read(file, shown, REQUIRED, OPTIONAL, problems);
            read += table.rows().size();
            if (table.usable() && problems.rowsSeen().size() == seenBefore) {
                problems.error(shown, 0, "", "the file has a header line but no data rows",
                        "export the month's figures into it, or remove the file");
                continue;
            }
            List<ScorecardRow> fileRows = new ArrayList<>();
            for (CsvRow row : table.rows()) {
                ScorecardRow r = readRow(row, catalogue, fields);
                if (r != null) fileRows.add(r);
            }
            YearMonth named = monthInPath(dir.relativize(file));
            if (named != null && !fileRows.isEmpty() && fileRows.stream().noneMatch(r -> r.figure().period().equals(named))) {
                problems.error(shown, 0, "period", "the file is named for " + named + " but holds no row for " + named
                                + " (its rows are for " + periods(fileRows) + ")",
                        "check the right month's export was saved under this name; its rows were not read");
                continue;
            }
            YearMonth issue = issueMonth(dir.relativize(file), fileRows);
            for (ScorecardRow r : fileRows) {
                ScorecardRow withIssue = new ScorecardRow(r.figure(), r.file(), r.line(), issue);
                Figure f = r.figure();
                String key = issue + "|" + f.indicatorId() + "|" + f.period() + "|" + f.team();
                String place = r.file() + ":" + r.line();
                String earlier = firstPlace.putIfAbsent(key, place);
                if (earlier != null) {
                    problems.error(r.file(), r.line(), "indicator_id",
                            "duplicate figure for " + f.indicatorId() + ", " + f.period()
                                    + (f.isAuthority() ? "" : ", team " + f.team()) + " (also at " + earlier + ")",
                            "keep one row per indicator, period and team in a month's files");
                    continue;
                }
                rows.add(withIssue);
            }
        }
        return new Scorecards(files, rows, read);
    }

    private static String periods(List<ScorecardRow> rows) {
        return String.join(", ", rows.stream().map(r -> r.figure().period().toString()).distinct().sorted().toList());
    }

    /** A file's issue month: the last YYYY-MM in its path under scorecards/, else the latest period it holds. */
    static YearMonth issueMonth(Path relative, List<ScorecardRow> rows) {
        YearMonth found = monthInPath(relative);
        if (found != null) return found;
        return rows.stream().map(r -> r.figure().period()).max(YearMonth::compareTo).orElse(YearMonth.of(2000, 1));
    }

    /** The last YYYY-MM that is a real month in the path, or null. */
    static YearMonth monthInPath(Path relative) {
        YearMonth found = null;
        Matcher m = MONTH_IN_PATH.matcher(relative.toString().replace('\\', '/'));
        while (m.find()) {
            try {
                found = YearMonth.parse(m.group(1));
            } catch (RuntimeException ignored) {
                // not a real month (e.g. 2026-13): not a name's month
            }
        }
        return found;
    }

    /** Counts of children or cases are whole numbers: 2.5 is a typing or export error. @return whether it is whole */
    private static boolean wholeNumber(CsvRow row, String column, Double count, Problems problems) {
        if (count != null && count != Math.rint(count)) {
            problems.error(row.file(), row.line(), row.column(column), column + " " + row.get(column) + " is not a whole number",
                    "the " + column + " counts children or cases, so it is a whole number; check the export did not average or scale it");
            return false;
        }
        return true;
    }

    private static ScorecardRow readRow(CsvRow row, Map<String, Indicator> catalogue, Fields fields) {
        Problems problems = fields.problems();
        int before = problems.errors().size();
        String id = fields.required(row, "indicator_id");
        Indicator indicator = null;
        if (id != null) {
            indicator = catalogue.get(id);
            if (indicator == null && !catalogue.isEmpty() && !problems.rejectedWithDefinition(row, id)) {
                problems.error(row.file(), row.line(), row.column("indicator_id"), "unknown indicator id \"" + id + "\"",
                        Hints.unknownIdExpected(id, catalogue.keySet(), "an indicator id"));
            }
        }
        YearMonth period = fields.period(row, "period");
        FormulaText.flag(row, "team", problems);
        Double numerator = fields.optionalNumber(row, "numerator");
        Double denominator = fields.optionalNumber(row, "denominator");
        Double value = fields.optionalNumber(row, "value");
        if (numerator != null && numerator < 0) {
            problems.error(row.file(), row.line(), row.column("numerator"), "negative count " + row.get("numerator"),
                    "a numerator counts children or cases and must be 0 or more");
        }
        if (denominator != null && denominator <= 0) {
            problems.error(row.file(), row.line(), row.column("denominator"), "denominator " + row.get("denominator") + " is "
                            + (denominator == 0 ? "zero" : "negative"),
                    "the denominator must be more than 0; leave numerator and denominator blank if there were no cases");
        }
        if (problems.errors().size() > before || indicator == null) return null;
        Unit unit = indicator.unit();
        if (unit.isRatio()) {
            // a percentage or rate counts children or cases: its numerator and denominator are whole numbers
            boolean whole = wholeNumber(row, "numerator", numerator, problems) & wholeNumber(row, "denominator", denominator, problems);
            if (!whole) return null;
            if (numerator == null || denominator == null) {
                if (value == null) {
                    problems.error(row.file(), row.line(), row.column(numerator == null ? "numerator" : "denominator"),
                            "no figure: " + (numerator == null ? "numerator" : "denominator") + " and value are blank",
                            "a " + unit.code() + " indicator needs numerator and denominator (or a value)");
                    return null;
                }
            } else {
                if (unit == Unit.PERCENT && numerator > denominator) {
                    problems.error(row.file(), row.line(), row.column("numerator"),
                            "numerator " + row.get("numerator") + " is more than denominator " + row.get("denominator"),
                            "a percentage's numerator is part of its denominator; check the two are not swapped");
                    return null;
                }
                double computed = ValueRule.valueOf(unit, numerator, denominator, null);
                if (value != null && !ValueRule.agrees(value, computed, indicator.decimals())) {
                    problems.error(row.file(), row.line(), row.column("value"),
                            "value " + row.get("value") + " disagrees with numerator/denominator ("
                                    + Rounding.round(computed, indicator.decimals()) + ")",
                            "correct the value or the counts, or leave value blank to compute it");
                    return null;
                }
            }
        } else if (value == null && numerator == null) {
            problems.error(row.file(), row.line(), row.column("value"), "value is blank",
                    "a " + unit.code() + " indicator needs a value");
            return null;
        }
        double v = ValueRule.valueOf(unit, numerator, denominator, value);
        if (unit == Unit.PERCENT && (v < 0 || v > 100)) {
            problems.error(row.file(), row.line(), row.column("value"), "percentage " + row.get("value") + " is outside 0-100",
                    "percentages are 0 to 100");
            return null;
        }
        if (unit == Unit.COUNT && v != Math.rint(v)) {
            problems.error(row.file(), row.line(), row.column("value"), "count " + row.get("value") + " is not a whole number",
                    "a count indicator's value is a whole number of children or cases");
            return null;
        }
        if (v < 0) {
            problems.error(row.file(), row.line(), row.column("value"), "negative value " + v,
                    "a " + unit.code() + " figure must be 0 or more");
            return null;
        }
        return new ScorecardRow(new Figure(id, period, row.get("team"), numerator, denominator, v),
                row.file(), row.line(), null);
    }
}
