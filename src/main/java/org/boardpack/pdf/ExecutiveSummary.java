package org.boardpack.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.indicators.Rag;
import org.boardpack.pack.RagCounts;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.Mover;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.SectionView;
import org.boardpack.pack.view.Wording;
import org.boardpack.recommendations.Brag;
import org.boardpack.recommendations.RecommendationTracker;

/**
 * Two pages that lead with what needs the board's attention: first what changed since last month (the headline
 * sentences, the act and watch counts, the exceptions that closed); then RAG counts by area, the exceptions one line each,
 * recommendations by BRAG, the biggest movers and the data-quality headline. Every list is capped; names and
 * reasons wrap, never cut short; the lists are shortened (measured before drawing) until the summary fits its page, however
 * long the inputs are. The full lists follow in their sections.
 */
final class ExecutiveSummary {

    /** How many areas, exceptions and movers are listed; shrunk until the summary's lists fit their page. */
    record Caps(int areas, int exceptions) {
        static final Caps FULL = new Caps(10, 12);
        static final Caps MINIMUM = new Caps(4, 3);

        boolean canShrink() {
            return !equals(MINIMUM);
        }

        Caps shrink() {
            // the exceptions have their own section
            if (exceptions > 6) return new Caps(areas, exceptions - 1);
            if (areas > 6) return new Caps(areas - 2, exceptions);
            return new Caps(Math.max(MINIMUM.areas, areas - 1), Math.max(MINIMUM.exceptions, exceptions - 1));
        }
    }

    /** Room kept free at the foot of the page, for the difference between measuring and laying out. */
    private static final float SAFETY = 12;
    private static final float SIZE = 9;

    private ExecutiveSummary() {
    }

    static void render(PackDocument d) {
        d.section(PackPlan.SUMMARY, true);
        changes(d);
        d.document().newPage();
        Caps caps = Caps.FULL;
        while (!fits(d, build(d, caps)) && caps.canShrink()) caps = caps.shrink();
        for (Element e : build(d, caps)) d.add(e);
    }

    /** Whether the elements fit in the rest of the current page (measured without drawing). */
    private static boolean fits(PackDocument d, List<Element> elements) {
        Document doc = d.document();
        ColumnText ct = new ColumnText(d.writer().getDirectContent());
        float spacing = 0; // table spacing is not measured by a column: keep room for it
        for (Element e : elements) {
            if (e instanceof PdfPTable table) spacing += table.spacingBefore() + table.spacingAfter();
            ct.addElement(e);
        }
        ct.setSimpleColumn(doc.left(), doc.bottom() + SAFETY + spacing, doc.right(), d.writer().getVerticalPosition(false));
        try {
            return !ColumnText.hasMoreText(ct.go(true));
        } catch (DocumentException e) {
            return false;
        }
    }

    private static List<Element> build(PackDocument d, Caps caps) {
        PackView pack = d.pack();
        Tables t = new Tables(d.fonts());
        List<Element> out = new ArrayList<>();
        RagCounts all = pack.ragCounts();
        List<IndicatorView> exceptions = pack.exceptions();
        out.add(d.text(Wording.plural(all.total(), "indicator", "indicators") + " for " + pack.periodLabel() + ": "
                + all.red() + " Red, " + all.amber() + " Amber, " + all.green() + " Green, " + all.none()
                + " with no target or no figure. " + Wording.plural(exceptions.size(), "exception needs", "exceptions need")
                + " the board's attention.", 10));

        ragByArea(out, d, t, pack, all, caps.areas());
        exceptions(out, d, t, pack, exceptions, caps.exceptions());
        recommendations(out, d, t, pack.recommendations());
        dataQuality(out, d, pack, exceptions);
        return out;
    }

    /**
     * The summary's first page: what changed since last month (the headline sentences, worst first), the act and
     * watch counts, the exceptions that closed (listed here once) and the biggest movers, all of them. The lists
     * follow on the next page.
     */
    private static void changes(PackDocument d) {
        PackView pack = d.pack();
        d.subheading("What changed since " + pack.previousPeriodLabel());
        for (String h : pack.headlines()) d.add(d.text(h, 10));
        d.subheading("Act and watch");
        d.add(d.text(pack.actWatchText(), 10));
        for (String[] list : Wording.exceptionLists()) d.add(d.text(list[0] + ": " + list[1], 10));
        closed(d, pack);
        List<Element> movers = new ArrayList<>();
        movers(movers, d, new Tables(d.fonts()), pack, PackView.MOVERS);
        for (Element e : movers) d.add(e);
    }

    private static void ragByArea(List<Element> out, PackDocument d, Tables t, PackView pack, RagCounts all, int maxAreas) {
        out.add(d.minorHeading("RAG by area"));
        PdfPTable table = t.table(new float[]{40, 12, 12, 12, 12, 12});
        table.addCell(t.header("Area"));
        for (Rag rag : new Rag[]{Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NONE}) {
            table.addCell(t.status(rag.label(), d.colours(rag)));
        }
        table.addCell(t.header("Total", Element.ALIGN_RIGHT));
        table.setHeaderRows(1);
        List<SectionView> areas = pack.sections();
        int shown = areas.size() <= maxAreas ? areas.size() : maxAreas - 1;
        for (int i = 0; i < shown; i++) {
            SectionView s = areas.get(i);
            RagCounts c = s.ragCounts();
            table.addCell(t.text(s.title()));
            counts(t, table, c);
        }
        if (shown < areas.size()) {
            table.addCell(t.span(t.text("... and " + (areas.size() - shown) + " more areas: see the contents"), 6));
        }
        table.addCell(t.text("All areas", d.fonts().bold(SIZE)));
        counts(t, table, all);
        out.add(table);
    }

    private static void counts(Tables t, PdfPTable table, RagCounts c) {
        for (int n : new int[]{c.red(), c.amber(), c.green(), c.none(), c.total()}) {
            table.addCell(t.number(String.valueOf(n)));
        }
    }

    private static void exceptions(List<Element> out, PackDocument d, Tables t, PackView pack,
                                   List<IndicatorView> exceptions, int max) {
        out.add(d.minorHeading("Exceptions (" + exceptions.size() + ")"));
        if (exceptions.isEmpty()) {
            out.add(d.text("No indicator is on the act or the watch list."));
            return;
        }
        PdfPTable table = t.table(new float[]{40, 11, 8, 8, 33}, "Indicator", "Figure rated", "Target", "RAG", "Why");
        Tables.rightAlignHeader(table, 0, 1, 2);
        Tables.centreHeader(table, 0, 3);
        int shown = exceptions.size() <= max ? exceptions.size() : max - 1;
        for (int i = 0; i < shown; i++) {
            IndicatorView r = exceptions.get(i);
            table.addCell(t.text(r.name()));
            table.addCell(t.number(r.ratedWithCounts()));
            table.addCell(t.number(r.target().text()));
            table.addCell(t.status(r.ragWord(), StatusColours.of(r.ragColour())));
            table.addCell(t.text(r.exceptionWhy()));
        }
        if (shown < exceptions.size()) {
            Phrase more = d.fonts().phrase("... and " + (exceptions.size() - shown) + " more: see "
                    + PackPlan.EXCEPTIONS_TITLE + " on page ", d.fonts().regular(Tables.BODY));
            more.add(d.pageNumber(PackPlan.EXCEPTIONS, more.getFont(), false));
            table.addCell(t.span(t.cell(more), 5));
        }
        out.add(table);
    }

    /** Last month's exceptions that closed: listed here once, not in the exceptions section. */
    private static void closed(PackDocument d, PackView pack) {
        if (pack.closedExceptions().isEmpty()) return;
        d.add(d.text(pack.closedText(), 10));
    }

    private static void recommendations(List<Element> out, PackDocument d, Tables t, RecommendationTracker tracker) {
        out.add(d.minorHeading("Recommendations by BRAG"));
        if (tracker == null) {
            out.add(d.text("No recommendations were supplied for this board."));
            return;
        }
        PdfPTable table = t.table(new float[]{16, 16, 16, 16, 16, 10});
        for (Brag b : Brag.values()) table.addCell(t.status(b.text(), d.colours(b)));
        table.addCell(t.header("Total", Element.ALIGN_RIGHT));
        table.setHeaderRows(1);
        Map<Brag, Integer> byBrag = tracker.byBrag();
        for (Brag b : Brag.values()) table.addCell(t.number(String.valueOf(byBrag.getOrDefault(b, 0))));
        table.addCell(t.number(String.valueOf(tracker.totals().total())));
        out.add(table);
        out.add(d.text(Wording.plural(tracker.totals().overdue(), "recommendation is", "recommendations are") + " overdue; "
                + tracker.totals().stale() + " stale (no update for more than " + tracker.staleAfterDays() + " days); "
                + tracker.totals().check() + " flagged for a check (overdue but still reported at risk or on track, or reported on track or complete while the evidence is Red or worsening); "
                + tracker.missingThisMonth().size() + " missing from this month's snapshot.", SIZE + 1));
    }

    /** The pack view's movers ranking (the first {@code max} of it, the same order as the workbook's). */
    private static void movers(List<Element> out, PackDocument d, Tables t, PackView pack, int max) {
        out.add(d.minorHeading("Biggest movers since last month"));
        List<Mover> movers = pack.movers().stream().limit(max).toList();
        if (movers.isEmpty()) {
            out.add(d.text("No indicator has both this month's and last month's figure."));
            return;
        }
        PdfPTable table = t.table(new float[]{54, 12, 12, 9, 13}, "Indicator", "Last month", "This month", "Change", "Direction");
        Tables.rightAlignHeader(table, 0, 1, 2, 3);
        for (Mover m : movers) {
            IndicatorView r = m.indicator();
            table.addCell(t.text(r.name()));
            table.addCell(t.number(r.previous().withUnit()));
            table.addCell(t.number(r.value().withUnit()));
            table.addCell(t.number(m.change().text()));
            table.addCell(t.text(r.directionMonthWord()));
        }
        out.add(table);
        out.add(d.note(pack.moversNote()));
        if (!pack.moversExcluded().isEmpty()) {
            out.add(d.note(pack.moversExcludedNote()));
        }
    }

    private static void dataQuality(List<Element> out, PackDocument d, PackView pack, List<IndicatorView> exceptions) {
        out.add(d.minorHeading("Data quality"));
        long withNotes = pack.indicators().stream().filter(r -> !r.dataQuality().isEmpty()).count();
        long noFigure = pack.indicators().stream().filter(r -> r.value().isBlank()).count();
        long errors = pack.rejectedRows();
        long warnings = pack.inputWarningCount();
        long noCommentary = exceptions.stream().filter(IndicatorView::commentaryMissing).count();
        out.add(d.text(withNotes + " of " + pack.indicators().size() + " indicators carry data-quality notes ("
                + noFigure + " with no figure for " + pack.periodLabel() + "); "
                + Wording.plural(pack.restatements().size(), "earlier figure was", "earlier figures were") + " restated; "
                + Wording.plural((int) warnings, "input warning", "input warnings") + " and "
                + Wording.plural((int) errors, "rejected row", "rejected rows") + "; "
                + Wording.plural((int) noCommentary, "exception has", "exceptions have") + " no commentary.", SIZE + 1));
        if (noFigure > 0) {
            out.add(d.text("No figure for " + pack.periodLabel() + ": " + pack.indicators().stream()
                    .filter(r -> r.value().isBlank()).map(IndicatorView::name)
                    .collect(java.util.stream.Collectors.joining("; ")) + ".", SIZE + 1));
        }
    }

}
