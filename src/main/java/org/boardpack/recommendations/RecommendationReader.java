package org.boardpack.recommendations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

/**
 * Reads {@code recommendations/<YYYY-MM>.csv}, one status snapshot of the improvement plan per month. Every bad
 * value is reported to {@link Problems} with file, line and column; a row with any error is rejected (kept in
 * {@link RecommendationSnapshot#rejected()}), never silently dropped, and nothing is thrown for bad data.
 *
 * <p>Checks: required values blank (id, source, source_date, theme, recommendation, owner, due_date, status,
 * last_updated; progress and linked_indicators may be blank); dates not {@code YYYY-MM-DD} or not real dates;
 * status not one of {@value #STATUS_CODES}; linked indicator ids unknown to the catalogue (with the closest known
 * id); due date before the source date; the same id twice in one snapshot (naming both lines); last_updated after
 * the end of the snapshot month (warning); last_updated before the source date.
 */
public final class RecommendationReader {

    /** The folder under the input folder. */
    public static final String FOLDER = "recommendations";

    public static final String STATUS_CODES = "not-started, on-track, at-risk, off-track, complete";

    /** The header, in order. All columns are required in the header. */
    public static final List<String> COLUMNS = List.of("id", "source", "source_date", "theme", "recommendation",
            "owner", "due_date", "status", "progress", "last_updated", "linked_indicators");

    /** The optional column naming the boards whose packs carry a recommendation ({@code ;}-separated; blank: all). */
    public static final String BOARDS = "boards";
    private static final Pattern BOARD_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DMY_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private static final Map<String, String> BLANK_HINT = Map.of(
            "id", "give the recommendation's id, e.g. R2017-01",
            "source", "name the report it comes from, e.g. \"Ofsted inspection 2017\"",
            "source_date", "give the report's date as YYYY-MM-DD",
            "theme", "give a short theme, e.g. \"Supervision\"",
            "recommendation", "give the recommendation's text",
            "owner", "give the owner's role, e.g. \"Head of Service, Children in Care\"",
            "due_date", "give the due date as YYYY-MM-DD",
            "status", "one of " + STATUS_CODES,
            "last_updated", "give the date of the owner's last update as YYYY-MM-DD");

    private RecommendationReader() {
    }

    /** {@code <inputDir>/recommendations/<YYYY-MM>.csv}. */
    public static Path fileFor(Path inputDir, YearMonth month) {
        return inputDir.resolve(FOLDER).resolve(month + ".csv");
    }

    /** How the file is named in messages: its path as the user gave it, e.g. "input/recommendations/2026-10.csv". */
    public static String displayName(Path inputDir, YearMonth month) {
        return InputPaths.display(fileFor(inputDir, month));
    }

    /** Reads one month's snapshot from the input folder; a missing file is an error. */
    public static RecommendationSnapshot readMonth(Path inputDir, YearMonth month, Set<String> knownIndicatorIds,
                                                   Problems problems) {
        return read(fileFor(inputDir, month), displayName(inputDir, month), month, knownIndicatorIds, problems);
    }

    /**
     * Reads the pack period's snapshot (required) and the previous month's (optional: when its file is absent a
     * warning says movement cannot be shown). Warns about every id in the previous snapshot that is not in this
     * month's file (the tracker reports them as missing from this month's snapshot).
     */
    public static RecommendationInput readPeriod(Path inputDir, YearMonth period, Set<String> knownIndicatorIds,
                                                 Problems problems) {
        RecommendationSnapshot current = readMonth(inputDir, period, knownIndicatorIds, problems);
        YearMonth prevMonth = period.minusMonths(1);
        RecommendationSnapshot previous = null;
        if (Files.isRegularFile(fileFor(inputDir, prevMonth))) {
            previous = readMonth(inputDir, prevMonth, knownIndicatorIds, problems);
        } else {
            problems.warning(displayName(inputDir, prevMonth), 0, "",
                    "no snapshot for the previous month (" + prevMonth + ")",
                    "movement since last month is shown as \"" + Movement.NOT_AVAILABLE.label() + "\"; add "
                            + displayName(inputDir, prevMonth) + " to compare");
        }
        if (previous != null && current.usable()) {
            Set<String> idsNow = idsInFile(current);
            for (Recommendation r : previous.items()) {
                if (!idsNow.contains(r.id())) {
                    problems.warning(current.file(), 0, "id",
                            "\"" + r.id() + "\" (" + previous.file() + " line " + r.line() + ") is not in this month's snapshot",
                            "keep every recommendation in each monthly snapshot (mark it complete rather than deleting"
                                    + " the row); it is reported as missing from this month's snapshot");
                }
            }
        }
        return new RecommendationInput(current, previous);
    }

    /** The ids written in the file, valid rows or not. */
    static Set<String> idsInFile(RecommendationSnapshot s) {
        Set<String> ids = new LinkedHashSet<>();
        s.items().forEach(r -> ids.add(r.id()));
        s.rejected().forEach(r -> ids.add(r.get("id")));
        return ids;
    }

    /**
     * Reads and validates one snapshot file.
     *
     * @param file              the file
     * @param displayName       how it is named in messages, e.g. "input/recommendations/2026-10.csv"
     * @param month             the snapshot month (last_updated after its end is a warning)
     * @param knownIndicatorIds the catalogue's indicator ids
     */
    public static RecommendationSnapshot read(Path file, String displayName, YearMonth month,
                                              Set<String> knownIndicatorIds, Problems problems) {
        CsvTable table = CsvTableReader.read(file, displayName, COLUMNS, List.of(BOARDS), problems);
        if (!table.usable()) {
            return new RecommendationSnapshot(month, displayName, List.of(), List.of(), false);
        }
        List<Recommendation> items = new ArrayList<>();
        List<CsvRow> rejected = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRow row : table.rows()) {
            RowCheck check = new RowCheck(row, problems);
            String id = check.required("id");
            String source = check.required("source");
            LocalDate sourceDate = check.date("source_date");
            String theme = check.required("theme");
            String text = check.required("recommendation");
            String owner = check.required("owner");
            LocalDate due = check.date("due_date");
            PlanStatus status = check.status();
            String progress = row.raw("progress");
            LocalDate lastUpdated = check.date("last_updated");
            List<String> linked = check.indicators(knownIndicatorIds);
            List<String> boards = new ArrayList<>();
            String boardsCell = row.get(BOARDS);
            for (String b : boardsCell.split(";")) {
                String id2 = b.strip();
                if (id2.isEmpty()) continue;
                if (!BOARD_ID.matcher(id2).matches()) {
                    check.error(BOARDS, "\"" + id2 + "\" is not a board id",
                            "list board ids (the names of templates/boards/<id>.yml) separated by ';', or leave blank for every board");
                } else if (!boards.contains(id2)) {
                    boards.add(id2);
                }
            }

            if (due != null && sourceDate != null && due.isBefore(sourceDate)) {
                check.error("due_date", "due date " + due + " is before the source date " + sourceDate,
                        "the due date must be on or after the date of the report it answers; check both dates");
            }
            if (lastUpdated != null && sourceDate != null && lastUpdated.isBefore(sourceDate)) {
                check.error("last_updated", "last updated " + lastUpdated + " is before the source date " + sourceDate,
                        "an update cannot come before the report it answers; check both dates");
            }
            if (lastUpdated != null && lastUpdated.isAfter(month.atEndOfMonth())) {
                problems.warning(row.file(), row.line(), row.column("last_updated"),
                        "last updated " + lastUpdated + " is after the end of the snapshot month (" + month.atEndOfMonth() + ")",
                        "check the date: the " + month + " snapshot should hold updates made by " + month.atEndOfMonth());
            }
            if (!id.isEmpty()) {
                Long first = firstLine.putIfAbsent(id, row.line());
                if (first != null) {
                    check.error("id", "duplicate id \"" + id + "\" (first on line " + first + ")",
                            "each id must appear once in a monthly snapshot; remove or renumber line " + first
                                    + " or line " + row.line());
                }
            }
            if (check.errors > 0) {
                rejected.add(row);
            } else {
                items.add(new Recommendation(id, source, sourceDate, theme, text, owner, due, status, progress,
                        lastUpdated, linked, row.file(), row.line(), boards));
            }
        }
        return new RecommendationSnapshot(month, displayName, items, rejected, true);
    }

    /** Validates the cells of one row, counting its errors. */
    private static final class RowCheck {
        private final CsvRow row;
        private final Problems problems;
        int errors;

        RowCheck(CsvRow row, Problems problems) {
            this.row = row;
            this.problems = problems;
        }

        void error(String column, String found, String expected) {
            problems.error(row.file(), row.line(), row.column(column), found, expected);
            errors++;
        }

        String required(String column) {
            String v = row.get(column);
            if (v.isEmpty()) error(column, column + " is blank", BLANK_HINT.get(column));
            return v;
        }

        LocalDate date(String column) {
            String v = required(column);
            if (v.isEmpty()) return null;
            if (!ISO_DATE.matcher(v).matches()) {
                error(column, "\"" + v + "\" is not a date in the form YYYY-MM-DD", dateHint(v));
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeException e) {
                error(column, "\"" + v + "\" is not a real date",
                        "check the day and the month; write the date as YYYY-MM-DD");
                return null;
            }
        }

        private static String dateHint(String v) {
            Matcher m = DMY_DATE.matcher(v);
            if (m.matches()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                    return "write it as " + d + " (YYYY-MM-DD; day/month/year is not accepted)";
                } catch (DateTimeException | NumberFormatException ignored) {
                    // fall through to the general hint
                }
            }
            return "write the date as YYYY-MM-DD, e.g. 2026-10-31";
        }

        PlanStatus status() {
            String v = row.get("status");
            if (v.isEmpty()) {
                error("status", "status is blank", "expected one of " + STATUS_CODES);
                return null;
            }
            Optional<PlanStatus> s = PlanStatus.fromCode(v);
            if (s.isEmpty()) {
                error("status", "unknown status \"" + v + "\"", "expected one of " + STATUS_CODES);
                return null;
            }
            return s.get();
        }

        List<String> indicators(Set<String> known) {
            String v = row.get("linked_indicators");
            Set<String> ids = new LinkedHashSet<>();
            for (String part : v.split(";", -1)) {
                String id = part.strip();
                if (id.isEmpty()) continue;
                if (known.contains(id)) {
                    ids.add(id);
                } else if (problems.rejectedWithDefinition(row, id)) {
                    errors++;
                } else {
                    error("linked_indicators", "unknown indicator id \"" + id + "\"", indicatorHint(id, known));
                }
            }
            return List.copyOf(ids);
        }

        private static String indicatorHint(String id, Set<String> known) {
            String[] pieces = id.split("[,\\s]+");
            if (pieces.length > 1) {
                boolean allKnown = true;
                for (String p : pieces) allKnown &= known.contains(p);
                if (allKnown) return "separate indicator ids with \";\", e.g. " + String.join(";", pieces);
            }
            Optional<String> near = Optional.ofNullable(Hints.closest(id, known));
            return near.map(n -> "expected an indicator id from the catalogue; did you mean \"" + n + "\"?")
                    .orElse("expected indicator ids from the catalogue, separated by \";\"; no known id is close");
        }
    }
}
