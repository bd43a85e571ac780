package org.boardpack.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.pack.view.ChartMessage;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.SpcPointView;
import org.boardpack.pack.view.SpcView;

/** An SPC (XmR) chart for each exception, two to a page, each with its icons, limits and special-cause points. */
final class SpcSection {

    static final float WIDTH = 505;
    static final float HEIGHT = 262;

    private SpcSection() {
    }

    static void render(PackDocument d) {
        List<IndicatorView> exceptions = d.pack().exceptions();
        d.section(PackPlan.SPC, true);
        d.add(d.note("Statistical process control (XmR charts, NHS \"Making Data Count\"): the mean and process limits "
                + "come from up to 24 months. Markers: square = special cause of concern, diamond = special cause of "
                + "improvement, triangle = special cause with no better direction, small circle = common cause. "
                + "Thin solid line: mean; short dashes: process limits; long dashes: target."));
        if (exceptions.isEmpty()) {
            d.add(d.text("There are no exceptions this month, so no SPC charts."));
            return;
        }
        Tables t = new Tables(d.fonts());
        for (IndicatorView r : exceptions) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSplitLate(true);
            block.setSpacingAfter(10);
            Phrase title = new Phrase();
            title.add(d.bookmarkedText(r.name(), d.fonts().bold(10, PackDocument.HEADING), "SPC: " + r.name()));
            title.add(new Chunk("\n" + r.exceptionText(), d.fonts().regular(9, PackDocument.MUTED)));
            PdfPCell head = t.cell(title);
            head.setBorder(Rectangle.NO_BORDER);
            block.addCell(head);
            Image chart = ChartRenderer.draw(d.writer(), d.fonts(), SpcChart.build(r), WIDTH, HEIGHT);
            PdfPCell img = new PdfPCell(chart, true);
            img.setBorder(Rectangle.NO_BORDER);
            img.setPadding(2);
            block.addCell(img);
            PdfPCell caption = t.text(caption(r), d.fonts().regular(9));
            caption.setBorder(Rectangle.NO_BORDER);
            block.addCell(caption);
            d.add(block);
        }
    }

    /** The icons, the limits and the special-cause points in words (the chart is never the only record). */
    static String caption(IndicatorView r) {
        SpcView spc = r.spc();
        StringBuilder sb = new StringBuilder(ChartMessage.spc(r)).append(". ");
        sb.append(spc.iconLine()).append(". ").append(spc.limits()).append('.');
        if (spc.hasLimits()) {
            sb.append(" Mean ").append(spc.mean().text()).append("; ")
                    .append(spc.limitsWord().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(spc.lowerLimit().text()).append(" to ").append(spc.upperLimit().text()).append('.');
        }
        Map<String, StringBuilder> byRule = new LinkedHashMap<>();
        for (SpcPointView p : spc.specialCauses()) {
            StringBuilder months = byRule.computeIfAbsent(p.rule(), k -> new StringBuilder());
            if (months.length() > 0) months.append(", ");
            months.append(p.monthLabel()).append(" (").append(p.shortSignal()).append(')');
        }
        if (byRule.isEmpty()) {
            sb.append(" No special-cause points.");
        } else {
            for (Map.Entry<String, StringBuilder> e : byRule.entrySet()) {
                sb.append(' ').append(e.getKey()).append(": ").append(e.getValue()).append('.');
            }
        }
        return sb.toString();
    }
}
