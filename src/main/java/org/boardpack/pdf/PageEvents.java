package org.boardpack.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What happens on every page and when tagged text is laid out:
 * <ul>
 * <li>the protective marking centred at top and bottom; the board, period and revision; "Page X of Y" (Y filled in
 * when the document closes);</li>
 * <li>contents links: text tagged {@code link:KEY} becomes a link to the page the part KEY starts on (a PDF/A-1
 * link annotation: printable, no border), its action written when the document closes, once that page is known;</li>
 * <li>page numbers of parts not yet laid out ({@link #pageNumber}): placeholders filled in when the document
 * closes;</li>
 * <li>deferred bookmarks: text tagged {@code mark:N} gets the bookmark registered as N on the page where the text
 * actually landed (a block that a table moved to the next page is bookmarked there).</li>
 * </ul>
 */
final class PageEvents extends PdfPageEventHelper {

    static final String LINK = "link:";
    static final String MARK = "mark:";
    private static final float FOOTER_SIZE = 9;

    private final PdfFonts fonts;
    private final String marking;
    private final String footer;
    private final Map<String, Integer> startPages = new HashMap<>();
    private final List<PendingNumber> pendingNumbers = new ArrayList<>();
    private final List<PendingLink> pendingLinks = new ArrayList<>();
    private final Map<String, PendingMark> pendingMarks = new HashMap<>();
    private final Set<String> placed = new HashSet<>();
    private PdfTemplate total;

    /** A bookmark waiting for its text to be laid out. */
    record PendingMark(PdfOutline parent, String title) {
    }

    /** A page number to draw into {@code template} when the document closes. */
    private record PendingNumber(String key, PdfTemplate template, Font font, boolean right) {
    }

    /** A link whose action, to the page where part {@code key} starts, is written as {@code action} at the close. */
    private record PendingLink(String key, PdfIndirectReference action) {
    }

    PageEvents(PdfFonts fonts, String marking, String footer) {
        this.fonts = fonts;
        this.marking = marking;
        this.footer = footer;
    }

    /** Records the page a planned part starts on (the first call for a key counts). */
    void started(String key, int page) {
        startPages.putIfAbsent(key, page);
    }

    /**
     * An inline placeholder, four digits wide, for the number of the page part {@code key} starts on; the number is
     * drawn into it (right-aligned when {@code right}) when the document closes.
     */
    Chunk pageNumber(PdfWriter writer, String key, Font font, boolean right) {
        BaseFont base = font.getBaseFont();
        float size = font.getSize();
        float descent = -base.getFontDescriptor(BaseFont.DESCENT, size);
        float ascent = base.getFontDescriptor(BaseFont.ASCENT, size);
        PdfTemplate t = writer.getDirectContent().createTemplate(base.getWidthPoint("0000", size), ascent + descent);
        pendingNumbers.add(new PendingNumber(key, t, font, right));
        try {
            return new Chunk(Image.getInstance(t), 0, -descent, false);
        } catch (BadElementException e) {
            throw new ExceptionConverter(e);
        }
    }

    void expectMark(String id, PdfOutline parent, String title) {
        pendingMarks.put(id, new PendingMark(parent, title));
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float centre = (page.getLeft() + page.getRight()) / 2;
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, fonts.phrase(marking, fonts.bold(10)), centre,
                page.getTop() - 24, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, fonts.phrase(marking, fonts.bold(10)), centre,
                page.getBottom() + 14, 0);
        float y = page.getBottom() + 30;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, fonts.phrase(footer, fonts.regular(FOOTER_SIZE)),
                document.left(), y, 0);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float width = fonts.regularBase().getWidthPoint(pageText, FOOTER_SIZE);
        float maxTotal = fonts.regularBase().getWidthPoint("0000", FOOTER_SIZE);
        float x = document.right() - width - maxTotal;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pageText, fonts.regular(FOOTER_SIZE)), x, y, 0);
        cb.addTemplate(total, x + width, y);
        cb.setLineWidth(0.5f);
        cb.setGrayStroke(0.6f);
        cb.moveTo(document.left(), y + 10);
        cb.lineTo(document.right(), y + 10);
        cb.stroke();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (PendingNumber n : pendingNumbers) {
            Integer page = startPages.get(n.key());
            if (page == null) continue; // a part the pack left out: no number, as no link
            String text = String.valueOf(page);
            BaseFont base = n.font().getBaseFont();
            float size = n.font().getSize();
            PdfTemplate t = n.template();
            t.beginText();
            t.setFontAndSize(base, size);
            if (n.font().getColor() != null) t.setColorFill(n.font().getColor());
            t.setTextMatrix(n.right() ? t.getWidth() - base.getWidthPoint(text, size) : 0,
                    -base.getFontDescriptor(BaseFont.DESCENT, size));
            t.showText(text);
            t.endText();
        }
        for (PendingLink l : pendingLinks) {
            int page = startPages.getOrDefault(l.key(), 1);
            try {
                writer.addToBody(PdfAction.gotoLocalPage(page, new PdfDestination(PdfDestination.FIT), writer), l.action());
            } catch (IOException e) {
                throw new ExceptionConverter(e);
            }
        }
        total.beginText();
        total.setFontAndSize(fonts.regularBase(), FOOTER_SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(LINK)) {
            PdfIndirectReference action = writer.getPdfIndirectReference();
            pendingLinks.add(new PendingLink(text.substring(LINK.length()), action));
            PdfAnnotation link = new PdfAnnotation(writer, rect.getLeft(), rect.getBottom() - 2, rect.getRight(),
                    rect.getTop() + 2, new PdfAction());
            link.put(PdfName.SUBTYPE, PdfName.LINK);
            link.put(PdfName.A, action);
            link.setFlags(PdfAnnotation.FLAGS_PRINT); // PDF/A-1: annotations must be printable
            link.setBorder(new PdfBorderArray(0, 0, 0));
            writer.addAnnotation(link);
        } else if (text.startsWith(MARK) && placed.add(text)) {
            PendingMark mark = pendingMarks.remove(text.substring(MARK.length()));
            if (mark == null) return;
            PdfDestination dest = new PdfDestination(PdfDestination.FITH, rect.getTop() + 20);
            dest.addPage(writer.getCurrentPage());
            new PdfOutline(mark.parent(), dest, mark.title(), false);
        }
    }
}
