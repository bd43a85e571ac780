package org.boardpack.pdf;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.pack.RagCounts;
import org.boardpack.pack.view.BenchmarkView;
import org.boardpack.pack.view.ChartMessage;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.SectionView;
import org.boardpack.pack.view.TeamView;
import org.boardpack.pack.view.Wording;

/**
 * One area of the scorecard: its table (figure, aggregated figure, target, RAG, last month, year ago, directions,
 * SPC variation), the benchmarks against statistical neighbours and England, team figures where given, and a
 * small-multiple page of trend charts.
 */
final class AreaSection {

    /** Chart height to width: room for the legend and a readable plot with 9 pt labels. */
    static final float CHART_ASPECT = 0.40f;
    /** Room the chart's cell takes from half the page width (borders and padding): the chart is never shrunk. */
    static final float CHART_INSET = 14;

    private AreaSection() {
    }

    static void render(PackDocument d, int index) {
        PackView pack = d.pack();
        SectionView area = pack.sections().get(index);
        Tables t = new Tables(d.fonts());
        d.section(PackPlan.areaKey(index), true, true);
        RagCounts c = area.ragCounts();
        if (area.indicators().isEmpty()) {
            d.add(d.text("This area has no indicators: none of its indicator ids is in the catalogue."));
            d.subsection(PackPlan.trendsKey(index), false);
            d.add(d.text("No trend charts: the area has no indicators."));
            return;
        }
        d.add(d.text(Wording.plural(c.total(), "indicator", "indicators") + ": " + c.red() + " Red, " + c.amber()
                + " Amber, " + c.green() + " Green, " + c.none() + " with no target or no figure."));
        scorecard(d, t, area);
        benchmarks(d, t, area);
        teams(d, t, area);
        trends(d, index, area);
    }

    private static void scorecard(PackDocument d, Tables t, SectionView area) {
        String month = d.pack().monthLabel();
        PdfPTable table = t.table(new float[]{25, 7.5f, 8, 8.5f, 8, 7.5f, 8.5f, 7.5f, 8.5f, 11},
                "Indicator", month, "Year to date / 12 months", "Target", "RAG", "Last month", "Since last month",
                "A year ago", "Since a year ago", "SPC variation");
        Tables.rightAlignHeader(table, 0, 1, 2, 3, 5, 7);
        Tables.centreHeader(table, 0, 4);
        for (IndicatorView r : area.indicators()) {
            table.addCell(indicatorCell(d, t, r));
            table.addCell(t.number(r.value().text(), r.valueCountsNote()));
            table.addCell(r.isSnapshot() ? t.number(null) : t.number(r.aggregated().text(), r.aggregatedNote()));
            table.addCell(t.number(r.target().text(), r.tolerance().isBlank() ? null : "\u00b1" + r.tolerance().text()));
            table.addCell(t.status(r.ragWord(), StatusColours.of(r.ragColour())));
            table.addCell(t.number(r.previous().text(), r.previousRagWord()));
            table.addCell(t.text(r.directionMonthWord()));
            table.addCell(t.number(r.yearAgo().text()));
            table.addCell(t.text(r.directionYearWord()));
            table.addCell(MdcIcons.variationCell(d, t, r.spc()));
        }
        d.add(table);
        d.add(d.note(d.pack().scorecardNotes().get(area.index())));
    }

    private static PdfPCell indicatorCell(PackDocument d, Tables t, IndicatorView r) {
        Phrase p = d.fonts().phrase(r.name(), d.fonts().bold(Tables.BODY));
        String detail = r.unitShort() + "; " + r.polarityText() + "; " + r.headline();
        if (r.isException()) detail += "; exception";
        p.add(new Chunk("\n" + detail, d.fonts().regular(Tables.BODY, PackDocument.MUTED)));
        return t.cell(p);
    }

    private static void benchmarks(PackDocument d, Tables t, SectionView area) {
        List<IndicatorView> published = area.indicators().stream()
                .filter(r -> r.benchmark().published()).toList();
        d.subheading("Benchmarks: " + area.title());
        if (published.isEmpty()) {
            d.add(d.text(d.pack().benchmarksNotes().get(area.index())));
            return;
        }
        PdfPTable table = t.table(new float[]{25, 7, 10, 11, 9, 9, 8, 10.5f, 10.5f},
                "Indicator", "Year", "Published value", "Statistical neighbours' mean",
                "England", "Rank", "Quartile band", "Figure rated vs neighbours", "Figure rated vs England");
        Tables.rightAlignHeader(table, 0, 1, 2, 3, 4, 5);
        for (IndicatorView r : published) {
            BenchmarkView b = r.benchmark();
            table.addCell(t.text(r.name()));
            table.addCell(t.number(b.yearLabel(), b.comparedWith(d.pack().periodLabel())));
            table.addCell(t.number(b.authorityValue().text()));
            table.addCell(t.number(b.neighbourMean().text(), b.neighbourMean().isBlank() ? null : b.neighboursWithValue()));
            table.addCell(t.number(b.england().text()));
            table.addCell(t.number(b.rankText()));
            table.addCell(t.text(b.band().isEmpty() ? Tables.MISSING : b.band()));
            table.addCell(t.number(b.compared().text(), verdict(b.vsNeighbours(), b.gapNeighbours().text())));
            table.addCell(t.number(b.compared().text(), verdict(b.vsEngland(), b.gapEngland().text())));
        }
        d.add(table);
        List<IndicatorView> without = area.indicators().stream().filter(r -> !r.benchmark().published()).toList();
        if (!without.isEmpty()) {
            StringBuilder sb = new StringBuilder("Not benchmarked: ");
            for (int i = 0; i < without.size(); i++) {
                IndicatorView r = without.get(i);
                if (i > 0) sb.append("; ");
                sb.append(r.name()).append(" (").append(r.benchmark().note()).append(')');
            }
            d.add(d.note(sb.append('.').toString()));
        }
        d.add(d.note(d.pack().benchmarksNotes().get(area.index())));
    }

    /** "better\n-12.1". */
    private static String verdict(String word, String gap) {
        if (word.isEmpty()) return null;
        return gap.isEmpty() ? word : word + " (" + gap + ")";
    }

    private static void teams(PackDocument d, Tables t, SectionView area) {
        List<IndicatorView> withTeams = area.indicators().stream().filter(r -> !r.teams().isEmpty()).toList();
        if (withTeams.isEmpty()) return;
        d.subheading("Team figures: " + area.title());
        PdfPTable table = t.table(new float[]{40, 30, 15, 15}, "Indicator", "Team", d.pack().monthLabel(), "Last month");
        Tables.rightAlignHeader(table, 0, 2, 3);
        for (IndicatorView r : withTeams) {
            for (TeamView team : r.teams()) {
                table.addCell(t.text(r.name()));
                table.addCell(t.text(team.team()));
                table.addCell(t.number(team.value().text()));
                table.addCell(t.number(team.previous().text()));
            }
        }
        d.add(table);
    }

    /** Small multiples: two charts across, each captioned with its name and the month's figure and RAG. */
    private static void trends(PackDocument d, int index, SectionView area) {
        d.subsection(PackPlan.trendsKey(index), true);
        d.add(d.note("Solid line: the figure rated (for year-to-date and rolling 12-month indicators, with the monthly "
                + "figure as a thin grey line). Dashed: each financial year's target; short dashes: where Red begins (the "
                + "target's tolerance). Dotted: statistical neighbours' mean. Dash-dot: England. Benchmarks are each month's "
                + "published year, or the latest published year after it."));
        PdfPTable grid = new PdfPTable(2);
        grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        grid.setWidthPercentage(100);
        grid.setSplitLate(true);
        grid.setSplitRows(true);
        for (IndicatorView r : area.indicators()) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            Phrase caption = d.fonts().phrase(r.name(), d.fonts().bold(9));
            caption.add(new Chunk("\n" + r.summary(),
                    d.fonts().regular(9, PackDocument.MUTED)));
            PdfPCell c = new PdfPCell(caption);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(2);
            c.setLeading(0, 1.15f);
            block.addCell(c);
            float width = d.width() / 2 - CHART_INSET;
            Image chart = ChartRenderer.draw(d.writer(), d.fonts(), TrendChart.build(r, 6), width, width * CHART_ASPECT);
            PdfPCell img = new PdfPCell(chart, true);
            img.setBorder(Rectangle.NO_BORDER);
            img.setPadding(1);
            block.addCell(img);
            // the chart's message in words, so the chart is never the only record of what it shows
            PdfPCell message = new PdfPCell(d.fonts().phrase(ChartMessage.trend(r), d.fonts().italic(9, PackDocument.MUTED)));
            message.setBorder(Rectangle.NO_BORDER);
            message.setPadding(2);
            block.addCell(message);
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
