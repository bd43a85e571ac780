package org.boardpack.pdf;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.indicators.Aggregation;
import org.boardpack.input.Commentary;
import org.boardpack.pack.IndicatorResult;

/**
 * Each exception with its figures, why it is an exception, its SPC reading and the owner's commentary in full. A
 * block is kept on one page when it fits; a block longer than a page (a very long commentary) runs on.
 */
final class ExceptionsSection {

    private static final int COLUMNS = 10;

    private ExceptionsSection() {
    }

    static void render(PackDocument d) {
        List<IndicatorResult> exceptions = d.pack().exceptions();
        d.section(PackPlan.EXCEPTIONS, true);
        d.add(d.text("An indicator is an exception when it is Red against target, has worsened two months running, or "
                + "its latest point is an SPC special cause of concern. " + Text.plural(exceptions.size(), "exception", "exceptions")
                + " this month."));
        if (exceptions.isEmpty()) return;
        Tables t = new Tables(d.fonts());
        String month = Text.month(d.pack().period());
        for (IndicatorResult r : exceptions) {
            PdfPTable block = t.table(new float[]{9.5f, 10.5f, 9.5f, 9, 10, 10.5f, 10, 10.5f, 10.5f, 10});
            block.setKeepTogether(true);
            block.setSpacingAfter(12);
            Phrase title = new Phrase();
            title.add(d.bookmarkedText(r.name(), d.fonts().bold(10, PackDocument.HEADING), r.name()));
            title.add(new Chunk("\n" + r.area() + ". Why: " + r.exceptionText() + ".", d.fonts().bold(8)));
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
            BenchmarkComparison b = r.benchmark();
            boolean published = b != null && b.published();
            block.addCell(t.number(Text.num(r.value(), r)));
            block.addCell(r.aggregation() == Aggregation.SNAPSHOT ? t.number(null) : t.number(Text.num(r.aggregatedValue(), r)));
            block.addCell(t.number(Text.num(r.target(), r), r.tolerance() == null ? null : "\u00b1" + Text.num(r.tolerance(), r)));
            block.addCell(t.status(r.rag().label(), d.colours(r.rag())));
            block.addCell(t.number(Text.num(r.previousValue(), r)));
            block.addCell(t.text(r.directionMonth().label()));
            block.addCell(t.number(Text.num(r.yearAgoValue(), r)));
            block.addCell(t.text(r.directionYear().label()));
            block.addCell(published ? t.number(Text.num(b.neighbourMean(), r), b.vsNeighbours() == null ? null : b.vsNeighbours().label())
                    : t.text("none published"));
            block.addCell(published ? t.number(Text.num(b.england(), r), b.vsEngland() == null ? null : b.vsEngland().label())
                    : t.text("none published"));
            PdfPCell spc = t.text("SPC: " + SpcChart.iconLine(r) + ". " + r.spc().status().label() + ".");
            spc.setColspan(COLUMNS);
            block.addCell(spc);
            block.addCell(commentary(d, t, r));
            d.add(block);
        }
    }

    private static PdfPCell commentary(PackDocument d, Tables t, IndicatorResult r) {
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
            p.add(d.fonts().phrase(c.text(), d.fonts().regular(9)));
            cell = t.cell(p);
        }
        cell.setColspan(COLUMNS);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) return a + ", " + b;
        return hasA ? a : hasB ? b : "";
    }
}
