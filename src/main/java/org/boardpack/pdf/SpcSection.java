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
import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.indicators.spc.SpecialCauseRule;
import org.boardpack.pack.IndicatorResult;

/** An SPC (XmR) chart for each exception, two to a page, each with its icons, limits and special-cause points. */
final class SpcSection {

    static final float WIDTH = 515;
    static final float HEIGHT = 250;

    private SpcSection() {
    }

    static void render(PackDocument d) {
        List<IndicatorResult> exceptions = d.pack().exceptions();
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
        for (IndicatorResult r : exceptions) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSplitLate(true);
            block.setSpacingAfter(10);
            Phrase title = new Phrase();
            title.add(d.bookmarkedText(r.name(), d.fonts().bold(10, PackDocument.HEADING), "SPC: " + r.name()));
            title.add(new Chunk("\n" + r.exceptionText(), d.fonts().regular(8, PackDocument.MUTED)));
            PdfPCell head = t.cell(title);
            head.setBorder(Rectangle.NO_BORDER);
            block.addCell(head);
            Image chart = ChartRenderer.draw(d.writer(), d.fonts(), SpcChart.build(r), WIDTH, HEIGHT);
            PdfPCell img = new PdfPCell(chart, true);
            img.setBorder(Rectangle.NO_BORDER);
            img.setPadding(2);
            block.addCell(img);
            PdfPCell caption = t.text(caption(r), d.fonts().regular(8));
            caption.setBorder(Rectangle.NO_BORDER);
            block.addCell(caption);
            d.add(block);
        }
    }

    /** The icons, the limits and the special-cause points in words (the chart is never the only record). */
    static String caption(IndicatorResult r) {
        SpcResult spc = r.spc();
        SpcResult shown = spc.rounded(r.decimals());
        StringBuilder sb = new StringBuilder();
        sb.append(SpcChart.iconLine(r)).append(". ").append(spc.status().label()).append('.');
        if (spc.hasLimits()) {
            sb.append(" Mean ").append(Text.num(shown.mean(), r)).append("; ")
                    .append(spc.isTrial() ? "trial" : "process").append(" limits ")
                    .append(Text.num(shown.lowerProcessLimit(), r)).append(" to ")
                    .append(Text.num(shown.upperProcessLimit(), r)).append('.');
        }
        Map<SpecialCauseRule, StringBuilder> byRule = new LinkedHashMap<>();
        if (!r.series().isEmpty()) {
            for (SpcPoint p : spc.points()) {
                if (p.isMissing() || !p.isSpecialCause()) continue;
                StringBuilder months = byRule.computeIfAbsent(p.rule(), k -> new StringBuilder());
                if (months.length() > 0) months.append(", ");
                months.append(Text.month(SpcChart.monthOf(r, p.index()))).append(" (")
                        .append(p.signal().label().replace("Special cause ", "")).append(')');
            }
        }
        if (byRule.isEmpty()) {
            sb.append(" No special-cause points.");
        } else {
            for (Map.Entry<SpecialCauseRule, StringBuilder> e : byRule.entrySet()) {
                sb.append(' ').append(e.getKey().label()).append(": ").append(e.getValue()).append('.');
            }
        }
        return sb.toString();
    }
}
