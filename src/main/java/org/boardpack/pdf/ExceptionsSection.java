package org.boardpack.pdf;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.input.Commentary;
import org.boardpack.pack.view.BenchmarkView;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.Wording;

/**
 * Each exception with its figures, why it is an exception, its SPC reading and the owner's commentary in full. A
 * block is kept on one page when it fits; a block longer than a page (a very long commentary) runs on.
 */
final class ExceptionsSection {

    private static final int COLUMNS = 10;
    static final float CHART_WIDTH = 505;
    static final float CHART_HEIGHT = 210;

    private ExceptionsSection() {
    }

    static void render(PackDocument d) {
        List<IndicatorView> exceptions = d.pack().exceptions();
        d.section(PackPlan.EXCEPTIONS, true, true);
        d.add(d.text(d.pack().exceptionsIntro()));
        if (exceptions.isEmpty()) return;
        Tables t = new Tables(d.fonts());
        String month = d.pack().monthLabel();
        for (IndicatorView r : exceptions) {
            PdfPTable block = t.table(new float[]{9.5f, 10.5f, 9.5f, 9, 10, 10.5f, 10, 10.5f, 10.5f, 10});
            block.setKeepTogether(true);
            block.setSpacingAfter(12);
            Phrase title = new Phrase();
            title.add(d.bookmarkedText(r.name(), d.fonts().bold(10, PackDocument.HEADING), r.name()));
            title.add(new Chunk("\n" + r.area() + ". " + r.exceptionListWord() + " (" + r.exceptionStatus() + "). Why: "
                    + r.exceptionText() + ". Headline: " + r.headline() + ".",
                    d.fonts().bold(9)));
            PdfPCell head = t.cell(title);
            head.setColspan(COLUMNS);
            head.setBackgroundColor(new java.awt.Color(0xF2, 0xF2, 0xF2));
            block.addCell(head);
            for (String h : new String[]{month, "Year to date / 12 months", "Target", "RAG", "Last month", "Since last month",
                    "A year ago", "Since a year ago", "Neighbours' mean", "England"}) {
                block.addCell(t.header(h));
            }
            Tables.rightAlignHeader(block, 1, 0, 1, 2, 4, 6, 8, 9);
            Tables.centreHeader(block, 1, 3);
            BenchmarkView b = r.benchmark();
            boolean published = b.published();
            block.addCell(t.number(r.value().text(), r.valueCountsNote()));
            block.addCell(r.isSnapshot() ? t.number(null) : t.number(r.aggregated().text(), r.aggregatedNote()));
            block.addCell(t.number(r.target().text(), r.tolerance().isBlank() ? null : "\u00b1" + r.tolerance().text()));
            block.addCell(t.status(r.ragWord(), StatusColours.of(r.ragColour())));
            block.addCell(t.number(r.previous().text(), r.previousRagWord()));
            block.addCell(t.text(r.directionMonthWord()));
            block.addCell(t.number(r.yearAgo().text()));
            block.addCell(t.text(r.directionYearWord()));
            block.addCell(published ? t.number(b.neighbourMean().text(), gapNote(b.vsNeighbours(), b.gapNeighbours().text()))
                    : t.text("none published"));
            block.addCell(published ? t.number(b.england().text(), gapNote(b.vsEngland(), b.gapEngland().text()))
                    : t.text("none published"));
            block.addCell(MdcIcons.cell(d, t, r.spc(), COLUMNS));
            com.lowagie.text.Image chart = ChartRenderer.draw(d.writer(), d.fonts(), SpcChart.build(r), CHART_WIDTH, CHART_HEIGHT);
            PdfPCell img = new PdfPCell(chart, true);
            img.setColspan(COLUMNS);
            img.setPadding(2);
            block.addCell(img);
            PdfPCell caption = t.text(caption(r), d.fonts().regular(9));
            caption.setColspan(COLUMNS);
            block.addCell(caption);
            block.addCell(commentary(d, t, r));
            d.add(block);
        }
    }

    /** The chart's message, its limits and its sentence in words (the chart is never the only record). */
    static String caption(IndicatorView r) {
        org.boardpack.pack.view.SpcView spc = r.spc();
        StringBuilder sb = new StringBuilder(org.boardpack.pack.view.ChartMessage.spc(r)).append(". ").append(spc.limits()).append('.');
        if (spc.hasLimits()) {
            sb.append(" Mean ").append(spc.mean().text()).append("; ")
                    .append(spc.limitsWord().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(spc.lowerLimit().text()).append(" to ").append(spc.upperLimit().text()).append('.');
        }
        return sb.toString();
    }

    private static PdfPCell commentary(PackDocument d, Tables t, IndicatorView r) {
        Commentary c = r.commentary();
        Phrase p = new Phrase();
        PdfPCell cell;
        if (c == null) {
            p.add(new Chunk("Commentary missing: ", d.fonts().bold(9, StatusColours.RED_TEXT)));
            p.add(new Chunk("no commentary was supplied for this exception. The owner should provide it for the next pack.",
                    d.fonts().regular(9)));
            cell = t.cell(p);
        } else {
            String who = join(c.author(), c.role());
            p.add(d.fonts().phrase("Commentary" + (who.isEmpty() ? "" : " (" + who + ")") + ": ", d.fonts().bold(9)));
            p.add(d.fonts().phrase(d.pack().commentaryText(r), d.fonts().regular(9)));
            cell = t.cell(p);
        }
        cell.setColspan(COLUMNS);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** "better (-12.1)": the verdict and the gap of the figure rated. */
    private static String gapNote(String verdict, String gap) {
        if (verdict.isEmpty()) return null;
        return gap.isEmpty() ? verdict : verdict + " (" + gap + ")";
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) return a + ", " + b;
        return hasA ? a : hasB ? b : "";
    }
}
