package org.boardpack.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Wording;
import org.boardpack.recommendations.Brag;
import org.boardpack.recommendations.IndicatorEvidence;
import org.boardpack.recommendations.MissingRecommendation;
import org.boardpack.recommendations.Movement;
import org.boardpack.recommendations.Recommendation;
import org.boardpack.recommendations.RecommendationStatus;
import org.boardpack.recommendations.RecommendationTracker;
import org.boardpack.recommendations.TrackerCounts;

/**
 * The improvement plan tracker: counts by source, movement since last month, then every recommendation with its
 * owner, due date, BRAG (word and colour), movement, progress, evidence and flags (overdue, stale, check), and any
 * recommendation missing from this month's snapshot.
 */
final class TrackerSection {

    private TrackerSection() {
    }

    static void render(PackDocument d) {
        RecommendationTracker tracker = d.pack().recommendations();
        if (tracker == null) return;
        Tables t = new Tables(d.fonts());
        d.section(PackPlan.TRACKER, true, true);
        TrackerCounts all = tracker.totals();
        d.add(d.text(Wording.plural(all.total(), "recommendation", "recommendations") + " at the end of "
                + d.pack().periodLabel() + ": " + all.overdue() + " overdue, " + all.stale() + " stale (no update for more than "
                + tracker.staleAfterDays() + " days), " + all.check() + " flagged for a check."));
        bySource(d, t, tracker);
        movement(d, tracker);
        items(d, t, tracker);
        missing(d, t, tracker);
    }

    private static void bySource(PackDocument d, Tables t, RecommendationTracker tracker) {
        d.subheading("By source");
        PdfPTable table = t.table(new float[]{28, 8, 8, 8, 8, 8, 8, 8, 8, 8});
        table.addCell(t.header("Source"));
        table.addCell(t.header("Total", Element.ALIGN_RIGHT));
        for (Brag b : Brag.values()) table.addCell(t.status(b.label(), d.colours(b)));
        table.addCell(t.header("Overdue", Element.ALIGN_RIGHT));
        table.addCell(t.header("Stale", Element.ALIGN_RIGHT));
        table.addCell(t.header("Check", Element.ALIGN_RIGHT));
        table.setHeaderRows(1);
        for (Map.Entry<String, TrackerCounts> e : tracker.bySource().entrySet()) counts(t, table, t.text(e.getKey()), e.getValue());
        counts(t, table, t.text("All sources", d.fonts().bold(Tables.BODY)), tracker.totals());
        d.add(table);
    }

    private static void counts(Tables t, PdfPTable table, PdfPCell label, TrackerCounts c) {
        table.addCell(label);
        table.addCell(t.number(String.valueOf(c.total())));
        for (Brag b : Brag.values()) table.addCell(t.number(String.valueOf(c.get(b))));
        table.addCell(t.number(String.valueOf(c.overdue())));
        table.addCell(t.number(String.valueOf(c.stale())));
        table.addCell(t.number(String.valueOf(c.check())));
    }

    private static void movement(PackDocument d, RecommendationTracker tracker) {
        if (!tracker.previousSnapshotAvailable()) {
            d.add(d.text("There is no previous month's snapshot, so movement since last month is not available."));
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Movement, Integer> e : tracker.byMovement().entrySet()) {
            if (e.getValue() > 0 && e.getKey() != Movement.NOT_AVAILABLE) parts.add(e.getKey().label() + ": " + e.getValue());
        }
        d.add(d.text("Since last month's snapshot: " + (parts.isEmpty() ? "no recommendations." : String.join("; ", parts) + ".")));
    }

    private static void items(PackDocument d, Tables t, RecommendationTracker tracker) {
        d.subheading("Recommendations");
        if (tracker.items().isEmpty()) {
            d.add(d.text("This month's snapshot has no recommendations."));
            return;
        }
        PdfPTable table = t.table(new float[]{11.5f, 35.5f, 13, 8.5f, 9, 9, 13.5f},
                "ID", "Recommendation, progress and evidence", "Owner", "Due", "BRAG", "Movement", "Flags");
        Tables.centreHeader(table, 0, 4);
        for (RecommendationStatus s : tracker.items()) {
            Recommendation rec = s.recommendation();
            table.addCell(t.text(s.id(), d.fonts().bold(Tables.BODY)));
            Phrase p = new Phrase();
            if (rec.theme() != null && !rec.theme().isBlank()) p.add(d.fonts().phrase(rec.theme() + ": ", d.fonts().bold(Tables.BODY)));
            p.add(d.fonts().phrase(nz(rec.text()), d.fonts().regular(Tables.BODY)));
            p.add(new Chunk("\nSource: " + nz(rec.source()) + (rec.sourceDate() == null ? "" : " (" + PackView.date(rec.sourceDate()) + ")"),
                    d.fonts().regular(Tables.BODY, PackDocument.MUTED)));
            p.add(new Chunk("\nProgress: ", d.fonts().bold(Tables.BODY)));
            p.add(d.fonts().phrase((rec.progress().isBlank() ? "none reported" : rec.progress())
                    + (rec.lastUpdated() == null ? "" : " (updated " + PackView.date(rec.lastUpdated()) + ")"),
                    d.fonts().regular(Tables.BODY)));
            if (!s.evidence().isEmpty()) {
                List<String> ev = new ArrayList<>();
                for (IndicatorEvidence e : s.evidence()) ev.add(e.summary());
                p.add(new Chunk("\nEvidence: ", d.fonts().bold(Tables.BODY)));
                p.add(new Chunk(String.join("; ", ev), d.fonts().regular(Tables.BODY)));
            }
            table.addCell(t.cell(p));
            table.addCell(t.text(rec.owner()));
            table.addCell(t.text(PackView.date(rec.dueDate())));
            table.addCell(t.status(s.brag().text(), d.colours(s.brag())));
            table.addCell(t.text(s.movement().label()
                    + (s.previousStatus() != null && s.previousStatus() != s.status() ? " (was " + s.previousStatus().label() + ")" : "")));
            table.addCell(t.text(flags(s, tracker)));
        }
        d.add(table);
    }

    static String flags(RecommendationStatus s, RecommendationTracker tracker) {
        List<String> flags = new ArrayList<>();
        if (s.overdue()) flags.add("Overdue by " + Wording.plural((int) s.daysOverdue(), "day", "days"));
        if (s.stale()) flags.add("Stale: last updated " + s.daysSinceUpdate() + " days before the period end");
        if (s.check()) flags.add("Check: " + s.checkReason());
        return flags.isEmpty() ? Tables.MISSING : String.join("\n", flags);
    }

    private static void missing(PackDocument d, Tables t, RecommendationTracker tracker) {
        if (tracker.missingThisMonth().isEmpty()) return;
        d.subheading("Missing from this month's snapshot");
        PdfPTable table = t.table(new float[]{14, 40, 14, 12, 20}, "ID", "Recommendation", "Last seen", "Status then", "Note");
        Tables.centreHeader(table, 0, 3);
        for (MissingRecommendation m : tracker.missingThisMonth()) {
            Recommendation rec = m.lastKnown();
            table.addCell(t.text(m.id(), d.fonts().bold(Tables.BODY)));
            table.addCell(t.text(nz(rec.text()) + "\nOwner: " + nz(rec.owner())));
            table.addCell(t.text(PackView.month(m.lastSeen())));
            table.addCell(t.status(rec.status().label(), d.colours(rec.brag())));
            table.addCell(t.text(m.label()));
        }
        d.add(table);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
