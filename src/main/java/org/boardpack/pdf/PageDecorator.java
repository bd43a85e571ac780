package org.boardpack.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * On every page: the protective marking centred at top and bottom, the board and period, and "Page X of Y"
 * (Y filled in when the document closes).
 */
final class PageDecorator extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final String marking;
    private final String boardAndPeriod;
    private PdfTemplate total;

    PageDecorator(PdfFonts fonts, String marking, String boardAndPeriod) {
        this.fonts = fonts;
        this.marking = marking;
        this.boardAndPeriod = boardAndPeriod;
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
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(marking, fonts.bold(10)), centre, page.getTop() - 24, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(marking, fonts.bold(10)), centre, page.getBottom() + 14, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(boardAndPeriod, fonts.regular(8)),
                document.left(), page.getBottom() + 28, 0);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float size = 8;
        float width = fonts.regularBase().getWidthPoint(pageText, size);
        float x = document.right() - width - 14;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pageText, fonts.regular(size)), x, page.getBottom() + 28, 0);
        cb.addTemplate(total, x + width, page.getBottom() + 28);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regularBase(), 8);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
