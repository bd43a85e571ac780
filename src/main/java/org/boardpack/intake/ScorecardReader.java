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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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

    /**
     * One scorecard file as validated: its issue month, how many valid rows it has, and whether it was refused as a
     * whole (then none of its rows is loaded).
     */
    public record ScorecardFile(Path path, String shown, YearMonth issue, boolean refused, long validRows) {
    }

    /**
     * What was read: the files, the whole authority's valid figures (a few per indicator and month; for the
     * completeness check) and how many data rows there were in all. The valid rows themselves are not held (a
     * file may have a million team rows): {@link #forEachRow} reads them again, file by file, from the same files.
     */
    public record Scorecards(List<Path> files, List<ScorecardFile> details, List<Figure> authorityFigures,
                             int rowsRead, RowSource source) {

        /** Every valid row of one file, in file order, with its issue month. */
        public void forEachRow(ScorecardFile file, Consumer<ScorecardRow> rows) {
            if (source != null && !file.refused()) source.read(file, rows);
        }

        /** Every valid row of every file, in memory: for small inputs and tests only. */
        public List<ScorecardRow> rows() {
            List<ScorecardRow> all = new ArrayList<>();
            for (ScorecardFile f : details) forEachRow(f, all::add);
            return all;
        }

        static Scorecards none() {
            return new Scorecards(List.of(), List.of(), List.of(), 0, null);
        }
    }

    /** Reads a file's valid rows again. */
    @FunctionalInterface
    public interface RowSource {
        void read(ScorecardFile file, Consumer<ScorecardRow> rows);
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

    /**
     * Validates every scorecard file in one streaming pass each (a second pass for a file whose name has no month,
     * to find duplicates once its issue month is known), holding no file's rows.
     */
    public static Scorecards read(Path inputDir, Map<String, Indicator> catalogue, Fields fields) {
        Problems problems = fields.problems();
        Path dir = inputDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            problems.error(InputPaths.display(dir), 0, "", "the scorecards folder is missing",
                    "create it and put the month's scorecard CSV files in it");
            return Scorecards.none();
        }
        List<Path> files;
        try {
            files = files(inputDir);
        } catch (IOException e) {
            problems.error(InputPaths.display(dir), 0, "", "cannot list the folder (" + e.getMessage() + ")", "check its permissions");
            return Scorecards.none();
        }
        if (files.isEmpty()) {
            problems.error(InputPaths.display(dir), 0, "", "no .csv files in the scorecards folder",
                    "put the month's scorecard CSV files in it");
        }
        if (!problems.isEmpty()) return validate(dir, files, catalogue, fields);
        // every board's run of a process validates the same scorecard files: once per process (ParseCache)
        String key = ParseCache.key("scorecards", files, InputPaths.display(dir), fields.latestPlausible(),
                files.stream().map(f -> dir.relativize(f).toString()).toList(), InputSnapshot.sha256(new java.util.TreeMap<>(catalogue).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Validated v = ParseCache.get(key, problems, found -> Validated.of(dir, validate(dir, files, catalogue,
                fields.withProblems(found))));
        return v.in(dir, catalogue, fields);
    }

    /** What validating the files found, without the file system they were read from (for {@link ParseCache}). */
    private record Validated(List<String> files, List<Detail> details, List<Figure> authorityFigures, int rowsRead) {

        /** A {@link ScorecardFile} with its path relative to the scorecards folder. */
        private record Detail(String path, String shown, YearMonth issue, boolean refused, long validRows) {
        }

        static Validated of(Path dir, Scorecards s) {
            return new Validated(s.files().stream().map(f -> dir.relativize(f).toString()).toList(),
                    s.details().stream().map(d -> new Detail(dir.relativize(d.path()).toString(), d.shown(), d.issue(),
                            d.refused(), d.validRows())).toList(), s.authorityFigures(), s.rowsRead());
        }

        Scorecards in(Path dir, Map<String, Indicator> catalogue, Fields fields) {
            return new Scorecards(files.stream().map(dir::resolve).toList(), details.stream().map(d -> new ScorecardFile(
                    dir.resolve(d.path()), d.shown(), d.issue(), d.refused(), d.validRows())).toList(),
                    authorityFigures, rowsRead, rowSource(catalogue, fields));
        }
    }

    private static Scorecards validate(Path dir, List<Path> files, Map<String, Indicator> catalogue, Fields fields) {
        Problems problems = fields.problems();
        DuplicateKeys duplicates = new DuplicateKeys();
        List<ScorecardFile> details = new ArrayList<>();
        List<Figure> authority = new ArrayList<>();
        long read = 0;
        for (int index = 0; index < files.size(); index++) {
            Path file = files.get(index);
            String shown = InputPaths.display(file);
            int fileIndex = duplicates.file(shown);
            YearMonth named = monthInPath(dir.relativize(file));
            Set<YearMonth> periods = new TreeSet<>();
            List<Figure> fileAuthority = new ArrayList<>();
            long[] valid = {0};
            long[] accepted = {0};
            CsvTableReader.Streamed table = CsvTableReader.stream(file, shown, REQUIRED, OPTIONAL, problems, false, row -> {
                accepted[0]++;
                ScorecardRow r = readRow(row, catalogue, fields);
                if (r != null && named != null) r = duplicates.check(fileIndex, named, r, problems);
                problems.keepIfRejected(row);
                if (r == null) return;
                valid[0]++;
                periods.add(r.figure().period());
                if (r.figure().isAuthority()) fileAuthority.add(r.figure());
            });
            read += accepted[0];
            if (!table.usable()) {
                details.add(new ScorecardFile(file, shown, named == null ? YearMonth.of(2000, 1) : named, true, 0));
                continue;
            }
            if (table.dataRows() == 0) {
                problems.error(shown, 0, "", "the file has a header line but no data rows",
                        "export the month's figures into it, or remove the file");
                details.add(new ScorecardFile(file, shown, named == null ? YearMonth.of(2000, 1) : named, true, 0));
                continue;
            }
            if (named != null && valid[0] > 0 && !periods.contains(named)) {
                problems.error(shown, 0, "period", "the file is named for " + named + " but holds no row for " + named
                                + " (its rows are for " + String.join(", ", periods.stream().map(YearMonth::toString).toList()) + ")",
                        "check the right month's export was saved under this name; its rows were not read");
                problems.lostFile(shown, file, java.nio.charset.StandardCharsets.UTF_8,
                        problems.all().get(problems.all().size() - 1), 2);
                duplicates.refuse(fileIndex);
                details.add(new ScorecardFile(file, shown, named, true, 0));
                continue;
            }
            YearMonth issue = named != null ? named
                    : periods.stream().max(YearMonth::compareTo).orElse(YearMonth.of(2000, 1));
            if (named == null) {
                // the issue month is known only now: find this file's duplicates in a second pass
                valid[0] = 0;
                fileAuthority.clear();
                Fields scratch = fields.withProblems(new Problems());
                CsvTableReader.stream(file, shown, REQUIRED, OPTIONAL, new Problems(), false, row -> {
                    if (problems.hasErrorAt(row.file(), row.line())) return;
                    ScorecardRow r = readRow(row, catalogue, scratch);
                    if (r == null) return;
                    r = duplicates.check(fileIndex, issue, r, problems);
                    problems.keepIfRejected(row);
                    if (r == null) return;
                    valid[0]++;
                    if (r.figure().isAuthority()) fileAuthority.add(r.figure());
                });
            }
            authority.addAll(fileAuthority);
            details.add(new ScorecardFile(file, shown, issue, false, valid[0]));
        }
        return new Scorecards(files, List.copyOf(details), List.copyOf(authority), (int) read, rowSource(catalogue, fields));
    }

    /** Reads a file's valid rows again (skipping the lines with an error reported to the fields' problems). */
    private static RowSource rowSource(Map<String, Indicator> catalogue, Fields fields) {
        Problems problems = fields.problems();
        return (f, rows) -> {
            Fields scratch = fields.withProblems(new Problems());
            CsvTableReader.stream(f.path(), f.shown(), REQUIRED, OPTIONAL, new Problems(), false, row -> {
                if (problems.hasErrorAt(row.file(), row.line())) return;
                ScorecardRow r = readRow(row, catalogue, scratch);
                if (r != null) rows.accept(new ScorecardRow(r.figure(), r.file(), r.line(), f.issue()));
            });
        };
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
        int before = problems.errorCount();
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
        if (problems.errorCount() > before || indicator == null) return null;
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
