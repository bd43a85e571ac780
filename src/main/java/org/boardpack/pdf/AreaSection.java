package org.boardpack.pdf;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.indicators.Aggregation;
import org.boardpack.pack.Formatting;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;
import org.boardpack.pack.RagCounts;
import org.boardpack.pack.TeamFigure;

/**
 * One area of the scorecard: its table (figure, aggregated figure, target, RAG, last month, year ago, directions,
 * SPC variation), the benchmarks against statistical neighbours and England, team figures where given, and a
 * small-multiple page of trend charts.
 */
final class AreaSection {

    static final float CHART_WIDTH = 255;
    static final float CHART_HEIGHT = 126;

    private AreaSection() {
    }

    static void render(PackDocument d, int index) {
        PackModel pack = d.pack();
        PackSection area = pack.sections().get(index);
        Tables t = new Tables(d.fonts());
        d.section(PackPlan.areaKey(index), true);
        RagCounts c = area.ragCounts();
        if (area.indicators().isEmpty()) {
            d.add(d.text("This area has no indicators: none of its indicator ids is in the catalogue."));
            d.subsection(PackPlan.trendsKey(index), false);
            d.add(d.text("No trend charts: the area has no indicators."));
            return;
        }
        d.add(d.text(Text.plural(c.total(), "indicator", "indicators") + ": " + c.red() + " Red, " + c.amber()
                + " Amber, " + c.green() + " Green, " + c.none() + " with no target or no figure."));
        scorecard(d, t, area);
        benchmarks(d, t, area);
        teams(d, t, area);
        trends(d, index, area);
    }

    private static void scorecard(PackDocument d, Tables t, PackSection area) {
        String month = Text.month(d.pack().period());
        PdfPTable table = t.table(new float[]{25, 7.5f, 8, 8.5f, 8, 7.5f, 8.5f, 7.5f, 8.5f, 11},
                "Indicator", month, "Year to date / 12 months", "Target", "RAG", "Last month", "Since last month",
                "A year ago", "Since a year ago", "SPC variation");
        Tables.rightAlignHeader(table, 0, 1, 2, 3, 5, 7);
        Tables.centreHeader(table, 0, 4);
        for (IndicatorResult r : area.indicators()) {
            table.addCell(indicatorCell(d, t, r));
            table.addCell(t.number(Text.num(r.value(), r)));
            table.addCell(r.aggregation() == Aggregation.SNAPSHOT ? t.number(null)
                    : t.number(Text.num(r.aggregatedValue(), r), r.aggregation() == Aggregation.YTD ? "ytd" : "12 months"));
            table.addCell(t.number(Text.num(r.target(), r),
                    r.tolerance() == null ? null : "\u00b1" + Text.num(r.tolerance(), r)));
            table.addCell(t.status(r.rag().label(), d.colours(r.rag())));
            table.addCell(t.number(Text.num(r.previousValue(), r)));
            table.addCell(t.text(r.directionMonth().label()));
            table.addCell(t.number(Text.num(r.yearAgoValue(), r)));
            table.addCell(t.text(r.directionYear().label()));
            table.addCell(t.text(r.spc().variation().label(), d.fonts().regular(Tables.BODY - 1)));
        }
        d.add(table);
        d.add(d.note("RAG is judged on the figure rated (the year-to-date or 12-month figure where one is shown, "
                + "otherwise the month's). Directions are judged on the figures as shown. Exceptions are listed in "
                + PackPlan.EXCEPTIONS_TITLE + "; definitions are in the appendix."));
    }

    private static PdfPCell indicatorCell(PackDocument d, Tables t, IndicatorResult r) {
        Phrase p = d.fonts().phrase(r.name(), d.fonts().bold(Tables.BODY));
        String detail = Text.unitShort(r.unit()) + "; " + Text.polarity(r.polarity())
                + (r.aggregation() == Aggregation.SNAPSHOT ? "" : "; rated on " + r.aggregation().label().toLowerCase(java.util.Locale.ROOT));
        if (r.isException()) detail += "; exception";
        p.add(new Chunk("\n" + detail, d.fonts().regular(Tables.BODY - 1.5f, PackDocument.MUTED)));
        return t.cell(p);
    }

    private static void benchmarks(PackDocument d, Tables t, PackSection area) {
        List<IndicatorResult> published = area.indicators().stream()
                .filter(r -> r.benchmark() != null && r.benchmark().published()).toList();
        d.subheading("Benchmarks: " + area.title());
        if (published.isEmpty()) {
            d.add(d.text("No indicator in this area has a published DfE benchmark: they are shown against target and trend only."));
            return;
        }
        PdfPTable table = t.table(new float[]{25, 7, 10, 11, 9, 9, 8, 10.5f, 10.5f},
                "Indicator", "Year", d.pack().authority() + " (published)", "Statistical neighbours' mean",
                "England", "Rank", "Quartile band", "Figure rated vs neighbours", "Figure rated vs England");
        Tables.rightAlignHeader(table, 0, 1, 2, 3, 4, 5);
        for (IndicatorResult r : published) {
            BenchmarkComparison b = r.benchmark();
            table.addCell(t.text(r.name()));
            table.addCell(t.number(b.year() == null ? null : String.valueOf(b.year())));
            table.addCell(t.number(Text.num(b.authorityValue(), r)));
            table.addCell(t.number(Text.num(b.neighbourMean(), r),
                    b.neighbourMean() == null ? null : b.neighbourCount() + " of " + b.neighbourTotal()));
            table.addCell(t.number(Text.num(b.england(), r)));
            table.addCell(t.number(b.rank() == null ? null
                    : b.rank() + (b.rankedCount() == null ? "" : " of " + b.rankedCount())));
            table.addCell(t.text(b.band() == null ? Tables.MISSING : b.band().label()));
            table.addCell(t.text(b.vsNeighbours() == null ? Tables.MISSING : b.vsNeighbours().label()));
            table.addCell(t.text(b.vsEngland() == null ? Tables.MISSING : b.vsEngland().label()));
        }
        d.add(table);
        List<IndicatorResult> without = area.indicators().stream()
                .filter(r -> r.benchmark() == null || !r.benchmark().published()).toList();
        if (!without.isEmpty()) {
            StringBuilder sb = new StringBuilder("Not benchmarked: ");
            for (int i = 0; i < without.size(); i++) {
                IndicatorResult r = without.get(i);
                if (i > 0) sb.append("; ");
                sb.append(r.name()).append(" (").append(r.benchmark() == null ? "no benchmark" : r.benchmark().note()).append(')');
            }
            d.add(d.note(sb.append('.').toString()));
        }
        d.add(d.note("Rank 1 is best; quartile band A is the best quarter of all local authorities (LAIT method). "
                + "No rank or band for indicators with no better direction."));
    }

    private static void teams(PackDocument d, Tables t, PackSection area) {
        List<IndicatorResult> withTeams = area.indicators().stream().filter(r -> !r.teams().isEmpty()).toList();
        if (withTeams.isEmpty()) return;
        d.subheading("Team figures: " + area.title());
        PdfPTable table = t.table(new float[]{40, 30, 15, 15}, "Indicator", "Team", Text.month(d.pack().period()), "Last month");
        Tables.rightAlignHeader(table, 0, 2, 3);
        for (IndicatorResult r : withTeams) {
            for (TeamFigure team : r.teams()) {
                table.addCell(t.text(r.name()));
                table.addCell(t.text(team.team()));
                table.addCell(t.number(Text.num(team.value(), r)));
                table.addCell(t.number(Text.num(team.previousValue(), r)));
            }
        }
        d.add(table);
    }

    /** Small multiples: two charts across, each captioned with its name and the month's figure and RAG. */
    private static void trends(PackDocument d, int index, PackSection area) {
        d.subsection(PackPlan.trendsKey(index), true);
        d.add(d.note("Solid line: monthly figure. Dashed: target. Dotted: statistical neighbours' mean. Dash-dot: "
                + "England. Reference lines are the latest published year (shown in the key)."));
        PdfPTable grid = new PdfPTable(2);
        grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        grid.setWidthPercentage(100);
        grid.setSplitLate(true);
        grid.setSplitRows(true);
        for (IndicatorResult r : area.indicators()) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            Phrase caption = d.fonts().phrase(r.name(), d.fonts().bold(8));
            caption.add(new Chunk("\n" + Text.month(d.pack().period()) + ": "
                    + (r.value() == null ? "no figure" : Formatting.withUnit(r.value(), r)) + "   RAG: " + r.rag().label(),
                    d.fonts().regular(7, PackDocument.MUTED)));
            PdfPCell c = new PdfPCell(caption);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(2);
            c.setLeading(0, 1.15f);
            block.addCell(c);
            Image chart = ChartRenderer.draw(d.writer(), d.fonts(), TrendChart.build(r, 6), CHART_WIDTH, CHART_HEIGHT);
            PdfPCell img = new PdfPCell(chart, true);
            img.setBorder(Rectangle.NO_BORDER);
            img.setPadding(1);
            block.addCell(img);
            PdfPCell outer = new PdfPCell(block);
            outer.setBorderColor(Tables.BORDER);
            outer.setBorderWidth(0.5f);
            outer.setPadding(3);
            outer.setVerticalAlignment(Element.ALIGN_TOP);
            grid.addCell(outer);
        }
        grid.completeRow();
        d.add(grid);
    }
}
