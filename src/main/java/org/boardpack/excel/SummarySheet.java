package org.boardpack.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.indicators.Rag;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.Mover;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.SectionView;
import org.boardpack.recommendations.Brag;
import org.boardpack.recommendations.MissingRecommendation;
import org.boardpack.recommendations.RecommendationStatus;
import org.boardpack.recommendations.RecommendationTracker;

/**
 * The pack at a glance, as one long table: RAG counts by area, the exceptions, the recommendations by BRAG, and
 * the biggest movers since last month.
 */
final class SummarySheet implements PackSheet {

    static final String PART_RAG = "RAG by area";
    static final String PART_EXCEPTIONS = "Exceptions";
    static final String PART_CHANGED = "What changed";
    static final String PART_CLOSED = "Closed exceptions";
    static final String PART_MOVERS_EXCLUDED = "Movers left out";
    static final String PART_RECOMMENDATIONS = "Recommendations";
    static final String PART_MOVERS = "Biggest movers";
    static final String PART_NO_FIGURE = "No figure this month";
    static final List<Rag> RAG_ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NONE);

    @Override
    public String name() {
        return "Summary";
    }

    @Override
    public String description() {
        return "The pack at a glance: Red, Amber, Green and no-target counts by area, the exceptions, the recommendations by BRAG, and the biggest movers.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackView pack = ctx.view();
        List<List<Object>> rows = new ArrayList<>();
        for (String h : pack.headlines()) rows.add(row(PART_CHANGED, "Since " + pack.previousPeriodLabel(), null, null, h));
        ragByArea(pack, rows);
        exceptions(pack, rows);
        for (IndicatorView r : pack.closedExceptions()) {
            rows.add(row(PART_CLOSED, r.name(), r.ragWord(), Num.of(r.rated(), r.decimals()),
                    "An exception in " + pack.previousPeriodLabel() + " (" + r.previousRagWord() + "), on neither list now: "
                            + r.headline()));
        }
        for (IndicatorView r : pack.indicators()) {
            if (r.value().isBlank()) rows.add(row(PART_NO_FIGURE, r.name(), null, null, String.join("; ", r.dataQuality())));
        }
        recommendations(pack.recommendations(), rows);
        movers(pack, rows);
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Summary: " + pack.periodLabel(),
                "Filter the Part column to see one part. Counts are numbers of indicators or recommendations; "
                        + "for exceptions the figure is the one RAG is judged on, for movers the change since last month "
                        + "(ranked by the change against each indicator's usual month-to-month variation, its SPC mean moving range).",
                List.of(new SheetTable.Column("Part", 18), new SheetTable.Column("Item", 48),
                        new SheetTable.Column("Status", 22, StatusRules.RAG_OR_BRAG),
                        new SheetTable.Column("Count or figure", 12), new SheetTable.Column("Detail", 90)),
                null), rows);
    }

    private static void ragByArea(PackView pack, List<List<Object>> rows) {
        for (SectionView s : pack.sections()) {
            for (Rag rag : RAG_ORDER) {
                List<String> names = s.indicators().stream().filter(i -> i.rag() == rag).map(IndicatorView::name).toList();
                rows.add(row(PART_RAG, s.title(), rag.label(), Num.count(s.ragCounts().count(rag)), String.join("; ", names)));
            }
        }
        for (Rag rag : RAG_ORDER) {
            rows.add(row(PART_RAG, "All areas", rag.label(), Num.count(pack.ragCounts().count(rag)),
                    pack.ragCounts().count(rag) + " of " + pack.ragCounts().total() + " indicators"));
        }
    }

    private static void exceptions(PackView pack, List<List<Object>> rows) {
        List<IndicatorView> ex = pack.exceptions();
        if (ex.isEmpty()) {
            rows.add(row(PART_EXCEPTIONS, "None this month", null, Num.count(0), "No indicator is on the act or the watch list."));
        }
        for (IndicatorView r : ex) {
            String detail = r.exceptionListWord() + " (" + r.exceptionStatus() + "): " + r.exceptionSummary() + "; "
                    + r.headline() + (r.hasTarget() ? "; target " + r.target().withUnit() : "")
                    + (r.previousRagWord().isEmpty() ? "" : "; last month " + r.previousRagWord());
            rows.add(row(PART_EXCEPTIONS, r.name(), r.ragWord(), Num.of(r.rated(), r.decimals()), detail));
        }
    }

    private static void recommendations(RecommendationTracker t, List<List<Object>> rows) {
        if (t == null) {
            rows.add(row(PART_RECOMMENDATIONS, "No recommendations in the input", null, null, "The input has no recommendations folder."));
            return;
        }
        for (Brag b : Brag.values()) {
            String ids = t.items().stream().filter(s -> s.brag() == b).map(RecommendationStatus::id).collect(Collectors.joining(", "));
            rows.add(row(PART_RECOMMENDATIONS, "All recommendations", b.text(), Num.count(t.byBrag().get(b)), ids));
        }
        rows.add(row(PART_RECOMMENDATIONS, "Overdue", null, Num.count(t.totals().overdue()),
                t.overdue().stream().map(RecommendationStatus::id).collect(Collectors.joining(", "))));
        rows.add(row(PART_RECOMMENDATIONS, "Not updated for more than " + t.staleAfterDays() + " days", null,
                Num.count(t.totals().stale()), t.stale().stream().map(RecommendationStatus::id).collect(Collectors.joining(", "))));
        rows.add(row(PART_RECOMMENDATIONS, "Status to check against its indicators", null, Num.count(t.totals().check()),
                t.flaggedForCheck().stream().map(RecommendationStatus::id).collect(Collectors.joining(", "))));
        rows.add(row(PART_RECOMMENDATIONS, "Missing from this month's snapshot", null, Num.count(t.missingThisMonth().size()),
                t.missingThisMonth().stream().map(MissingRecommendation::id).collect(Collectors.joining(", "))));
    }

    private static void movers(PackView pack, List<List<Object>> rows) {
        if (pack.movers().isEmpty()) {
            rows.add(row(PART_MOVERS, "None", null, null, "No indicator has both this month's and last month's figure."));
        }
        for (Mover m : pack.movers()) {
            IndicatorView r = m.indicator();
            rows.add(row(PART_MOVERS, r.name(), r.directionMonthWord(), Num.of(m.change(), r.decimals()),
                    "From " + r.previous().withUnit() + " to " + r.valueWithCounts() + " (" + r.headline() + ")"));
        }
        for (IndicatorView r : pack.moversExcluded()) {
            rows.add(row(PART_MOVERS_EXCLUDED, r.name(), r.directionMonthWord(), null,
                    "Small numbers (a denominator below " + pack.smallNumbers() + " this month or last): "
                            + r.previous().withUnit() + " to " + r.valueWithCounts()));
        }
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
