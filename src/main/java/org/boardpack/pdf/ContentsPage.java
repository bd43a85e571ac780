package org.boardpack.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The contents: every planned part with the page it starts on, each entry a link. The numbers are placeholders
 * filled in when the document closes, so the pack is laid out once.
 */
final class ContentsPage {

    private ContentsPage() {
    }

    static void render(PackDocument d) {
        PdfFonts f = d.fonts();
        d.section(PackPlan.CONTENTS, true);
        PdfPTable t = new PdfPTable(new float[]{88, 12});
        t.setWidthPercentage(100);
        t.setSplitLate(true);
        t.setSplitRows(true);
        for (PackPlan.Part part : d.plan()) {
            if (!part.inContents()) continue;
            boolean top = part.level() == 0;
            com.lowagie.text.Font font = top ? f.bold(11) : f.regular(10);
            Phrase title = new Phrase();
            title.add(d.link(part.title(), font, part.key()));
            PdfPCell name = new PdfPCell(title);
            name.setPaddingLeft(top ? 0 : 18);
            name.setPaddingTop(top ? 6 : 2);
            name.setPaddingBottom(3);
            name.setBorder(Rectangle.NO_BORDER);
            name.setLeading(0, 1.2f);
            PdfPCell number = new PdfPCell(new Phrase(d.pageNumber(part.key(), font, true)));
            number.setHorizontalAlignment(Element.ALIGN_RIGHT);
            number.setVerticalAlignment(Element.ALIGN_BOTTOM);
            number.setPaddingBottom(3);
            number.setBorder(Rectangle.NO_BORDER);
            t.addCell(name);
            t.addCell(number);
        }
        d.add(t);
        d.add(d.note("Select an entry to go to its page. The bookmarks pane lists the same parts, and each exception."));
    }
}
