package org.boardpack.recommendations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.boardpack.input.FormulaText;

/**
 * Writes {@code recommendations.csv}: one row per recommendation with every computed field, then one row per
 * recommendation missing from this month's snapshot (its last known details, movement "Missing from this month's
 * snapshot", computed fields blank). UTF-8 with a byte order mark (so Excel shows non-ASCII text correctly), CRLF,
 * RFC 4180 quoting. Text is written exactly as held, including text that starts like a formula: a CSV cell has no
 * type, so quoting cannot protect it; the Excel writer outputs such text as text.
 *
 * <p>The job writes it through {@code AtomicFiles}, so a reader never sees half a file.
 */
public final class RecommendationCsvWriter {

    public static final String FILE_NAME = "recommendations.csv";

    /** The header, in order. */
    public static final List<String> COLUMNS = List.of(
            "period", "id", "source", "source_date", "theme", "recommendation", "owner", "due_date",
            "status", "status_label", "brag", "overdue", "days_overdue", "last_updated", "days_since_update", "stale",
            "movement", "previous_status", "progress", "linked_indicators", "evidence", "check", "check_reason",
            "in_this_month_snapshot");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private RecommendationCsvWriter() {
    }

    /** Writes the tracker as CSV (UTF-8 with a byte-order mark, so Excel opens it correctly). */
    public static void write(RecommendationTracker tracker, OutputStream target) throws IOException {
        Writer w = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // before the printer, which writes the header as it is built
        CSVPrinter out = new CSVPrinter(w, FORMAT);
        for (RecommendationStatus s : tracker.items()) out.printRecord(FormulaText.csvCells(row(tracker, s)));
        for (MissingRecommendation m : tracker.missingThisMonth()) out.printRecord(FormulaText.csvCells(row(tracker, m)));
        out.flush();
    }

    static List<String> row(RecommendationTracker t, RecommendationStatus s) {
        Recommendation r = s.recommendation();
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(t.period().toString());
        v.add(r.id());
        v.add(r.source());
        v.add(date(r.sourceDate()));
        v.add(r.theme());
        v.add(r.text());
        v.add(r.owner());
        v.add(date(r.dueDate()));
        v.add(r.status().code());
        v.add(r.status().label());
        v.add(s.brag().label());
        v.add(yesNo(s.overdue()));
        v.add(Long.toString(s.daysOverdue()));
        v.add(date(r.lastUpdated()));
        v.add(Long.toString(s.daysSinceUpdate()));
        v.add(yesNo(s.stale()));
        v.add(s.movement().label());
        v.add(s.previousStatus() == null ? "" : s.previousStatus().code());
        v.add(r.progress());
        v.add(String.join(";", r.linkedIndicators()));
        v.add(s.evidence().stream().map(e -> e.id() + ": " + e.rag().label() + ", " + e.direction().label())
                .collect(Collectors.joining("; ")));
        v.add(yesNo(s.check()));
        v.add(s.checkReason());
        v.add("Yes");
        return v;
    }

    static List<String> row(RecommendationTracker t, MissingRecommendation m) {
        Recommendation r = m.lastKnown();
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(t.period().toString());
        v.add(r.id());
        v.add(r.source());
        v.add(date(r.sourceDate()));
        v.add(r.theme());
        v.add(r.text());
        v.add(r.owner());
        v.add(date(r.dueDate()));
        v.add("");                   // status: none this month
        v.add("");
        v.add("");
        v.add("");                   // overdue, days_overdue: not computed without this month's row
        v.add("");
        v.add(date(r.lastUpdated()));
        v.add("");
        v.add("");
        v.add(m.label());
        v.add(r.status().code());    // previous_status
        v.add(r.progress());
        v.add(String.join(";", r.linkedIndicators()));
        v.add("");
        v.add("");
        v.add("");
        v.add("No (last seen " + m.lastSeen() + ")");
        return v;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
