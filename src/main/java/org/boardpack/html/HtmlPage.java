package org.boardpack.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boardpack.indicators.Rag;
import org.boardpack.input.Commentary;
import org.boardpack.pack.view.ChartMessage;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.StatusColour;
import org.boardpack.pack.view.Wording;
import org.boardpack.recommendations.Brag;
import org.boardpack.recommendations.IndicatorEvidence;
import org.boardpack.recommendations.Movement;
import org.boardpack.recommendations.RecommendationStatus;
import org.boardpack.recommendations.RecommendationTracker;

/**
 * What the HTML template needs beyond the pack view itself: the charts as SVG, the chart messages, status cell
 * colours as inline styles, and the few sentences the PDF also writes, laid out from the view and computing no
 * figure. One per rendering.
 */
public final class HtmlPage {

    static final String MISSING = "\u2013";

    private final PackView pack;

    HtmlPage(PackView pack) {
        this.pack = pack;
    }

    /** "Children's Services Improvement Board: board pack, October 2026", as the PDF's title. */
    public String title() {
        return pack.boardTitle() + ": board pack, " + pack.periodLabel()
                + (pack.revision() > 1 ? " (revision " + pack.revision() + ")" : "");
    }

    public List<IndicatorView> published(List<IndicatorView> area) {
        return area.stream().filter(r -> r.benchmark().published()).toList();
    }

    public List<IndicatorView> unpublished(List<IndicatorView> area) {
        return area.stream().filter(r -> !r.benchmark().published()).toList();
    }

    public List<IndicatorView> withTeams(List<IndicatorView> area) {
        return area.stream().filter(r -> !r.teams().isEmpty()).toList();
    }

    public List<IndicatorView> withNotes() {
        return pack.indicators().stream().filter(r -> !r.dataQuality().isEmpty()).toList();
    }

    public List<IndicatorView> withoutCommentary() {
        return pack.exceptions().stream().filter(IndicatorView::commentaryMissing).toList();
    }

    public String areaId(int index) {
        return "area-" + (index + 1);
    }

    public String trendSvg(IndicatorView r, int area, int index) {
        return SvgChart.trend(r, "trend-" + (area + 1) + "-" + (index + 1));
    }

    public String spcSvg(IndicatorView r, int index) {
        return SvgChart.spc(r, "spc-" + (index + 1));
    }

    public String trendMessage(IndicatorView r) {
        return ChartMessage.trend(r);
    }

    /**
     * A Making Data Count icon as inline SVG (a circle with its letter) whose text alternative is its label; ""
     * without an icon. The words are written beside it as well.
     */
    public String icon(org.boardpack.pack.view.MdcIcon icon) {
        if (icon == null) return "";
        String label = escapeXml(icon.label());
        return "<svg class=\"mdc-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"18\" height=\"18\" viewBox=\"0 0 18 18\" role=\"img\" aria-label=\""
                + label + "\"><title>" + label + "</title><desc>" + label + "</desc><circle cx=\"9\" cy=\"9\" r=\"8.5\" fill=\"#" + icon.colour()
                + "\"/><text x=\"9\" y=\"12.5\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"10\" font-weight=\"bold\" fill=\"#FFFFFF\">"
                + escapeXml(icon.letter()) + "</text></svg>";
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public String spcMessage(IndicatorView r) {
        return ChartMessage.spc(r);
    }

    /** "background-color:#FFC7CE;color:#9C0006" for a status cell (the word is always written in it). */
    public String style(StatusColour c) {
        return "background-color:#" + c.fill() + ";color:#" + c.text();
    }

    public String ragStyle(Rag rag) {
        return style(pack.palette().of(rag));
    }

    public String bragStyle(Brag brag) {
        return style(pack.palette().of(brag));
    }

    public List<Rag> rags() {
        return List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NONE);
    }

    public List<Brag> brags() {
        return List.of(Brag.values());
    }

    public int bragCount(RecommendationTracker tracker, Brag brag) {
        return tracker.byBrag().getOrDefault(brag, 0);
    }

    /** The act and watch lists and what puts an indicator on each: {name, meaning}. */
    public List<String[]> exceptionLists() {
        return Wording.exceptionLists();
    }

    public String plural(long n, String one, String many) {
        return Wording.plural(n, one, many);
    }

    /** "6 of 24 indicators carry data-quality notes (1 with no figure for October 2026); ...". */
    public String dataQualityLine() {
        long withNotes = pack.indicators().stream().filter(r -> !r.dataQuality().isEmpty()).count();
        long noFigure = pack.indicators().stream().filter(r -> r.value().isBlank()).count();
        long errors = pack.inputWarnings().stream().filter(p -> p.isError()).count();
        long warnings = pack.inputWarnings().size() - errors;
        long noCommentary = pack.exceptions().stream().filter(IndicatorView::commentaryMissing).count();
        return withNotes + " of " + pack.indicators().size() + " indicators carry data-quality notes (" + noFigure
                + " with no figure for " + pack.periodLabel() + "); "
                + plural(pack.restatements().size(), "earlier figure was", "earlier figures were") + " restated; "
                + plural(warnings, "input warning", "input warnings") + " and "
                + plural(errors, "rejected row", "rejected rows") + "; "
                + plural(noCommentary, "exception has", "exceptions have") + " no commentary.";
    }

    /** "Since last month's snapshot: New: 1; Moved to complete: 2." or why movement is not available. */
    public String movementLine(RecommendationTracker tracker) {
        if (!tracker.previousSnapshotAvailable()) {
            return "There is no previous month's snapshot, so movement since last month is not available.";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Movement, Integer> e : tracker.byMovement().entrySet()) {
            if (e.getValue() > 0 && e.getKey() != Movement.NOT_AVAILABLE) parts.add(e.getKey().label() + ": " + e.getValue());
        }
        return "Since last month's snapshot: " + (parts.isEmpty() ? "no recommendations." : String.join("; ", parts) + ".");
    }

    /** "Overdue by 61 days", "Stale: ...", "Check: ..." or a dash. */
    public List<String> flags(RecommendationStatus s) {
        List<String> flags = new ArrayList<>();
        if (s.overdue()) flags.add("Overdue by " + plural(s.daysOverdue(), "day", "days"));
        if (s.stale()) flags.add("Stale: last updated " + s.daysSinceUpdate() + " days before the period end");
        if (s.check()) flags.add("Check: " + s.checkReason());
        return flags;
    }

    public String movement(RecommendationStatus s) {
        return s.movement().label() + (s.previousStatus() != null && s.previousStatus() != s.status()
                ? " (was " + s.previousStatus().label() + ")" : "");
    }

    public String evidence(RecommendationStatus s) {
        return String.join("; ", s.evidence().stream().map(IndicatorEvidence::summary).toList());
    }

    public String date(java.time.LocalDate d) {
        return PackView.date(d);
    }

    public String month(java.time.YearMonth m) {
        return PackView.month(m);
    }

    /** "Jane Smith, Head of Service" or whichever is given. */
    public String who(Commentary c) {
        boolean a = c.author() != null && !c.author().isBlank();
        boolean b = c.role() != null && !c.role().isBlank();
        if (a && b) return c.author() + ", " + c.role();
        return a ? c.author() : b ? c.role() : "";
    }

    public String either(String text, String missing) {
        return text == null || text.isBlank() ? missing : text;
    }

    /** The LAIT quartile band (a method of its own: "band" is an OGNL operator). */
    public String quartileBand(org.boardpack.pack.view.BenchmarkView b) {
        return either(b.band(), MISSING);
    }

    public String missing() {
        return MISSING;
    }

    public String verdict(String word, String gap) {
        if (word == null || word.isEmpty()) return "";
        return gap == null || gap.isEmpty() ? word : word + " (" + gap + ")";
    }

    public String limitsWordLower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The Making Data Count icons, for the definitions. */
    public List<org.boardpack.pack.view.MdcIcon> mdcIcons() {
        return List.of(org.boardpack.pack.view.MdcIcon.values());
    }
}
