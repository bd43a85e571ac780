package org.boardpack.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.pack.view.MdcIcon;
import org.boardpack.pack.view.SpcView;

/**
 * The Making Data Count icons as vector drawings in a cell (a filled circle with its letter in white, drawn on the
 * cell's canvas when the table is laid out), left of the icon's words: the words are the text alternative, so the
 * icon never stands alone.
 */
final class MdcIcons {

    static final float SIZE = 14;
    private static final float GAP = 3;

    private MdcIcons() {
    }

    /** The scorecard's SPC cell: the variation icon and its words. */
    static PdfPCell variationCell(PackDocument d, Tables t, SpcView spc) {
        return cell(t, d.fonts().phrase(spc.variationText(), d.fonts().regular(Tables.BODY)), icons(spc.variationIcon()),
                d.fonts().bold(7));
    }

    /** One icon drawn with its label, for the definitions. */
    static PdfPCell iconCell(PackDocument d, Tables t, MdcIcon icon) {
        return cell(t, d.fonts().phrase(icon.label(), d.fonts().regular(Tables.BODY)), List.of(icon), d.fonts().bold(7));
    }

    /** An exception's SPC row: both icons, their words, and the chart's sentence. */
    static PdfPCell cell(PackDocument d, Tables t, SpcView spc, int colspan) {
        Phrase p = d.fonts().phrase("SPC: " + spc.variationText() + "; " + spc.assuranceText() + ". ", d.fonts().bold(9));
        p.add(d.fonts().phrase(spc.reading(), d.fonts().regular(9)));
        PdfPCell c = cell(t, p, icons(spc.variationIcon(), spc.assuranceIcon()), d.fonts().bold(7));
        c.setColspan(colspan);
        return c;
    }

    private static List<MdcIcon> icons(MdcIcon... icons) {
        List<MdcIcon> list = new ArrayList<>();
        for (MdcIcon i : icons) if (i != null) list.add(i);
        return list;
    }

    private static PdfPCell cell(Tables t, Phrase words, List<MdcIcon> icons, Font letterFont) {
        PdfPCell c = t.cell(words);
        if (icons.isEmpty()) return c;
        c.setPaddingLeft(3 + icons.size() * (SIZE + GAP));
        c.setMinimumHeight(SIZE + 5);
        c.setCellEvent(new Draw(icons, letterFont.getBaseFont()));
        return c;
    }

    /** Draws the icons at the cell's top left. */
    private record Draw(List<MdcIcon> icons, BaseFont font) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
            float x = position.getLeft() + 3;
            float top = position.getTop() - 2.5f;
            for (MdcIcon icon : icons) {
                draw(cb, font, icon, x + SIZE / 2, top - SIZE / 2);
                x += SIZE + GAP;
            }
        }
    }

    /** One icon centred on (cx, cy). */
    static void draw(PdfContentByte cb, BaseFont font, MdcIcon icon, float cx, float cy) {
        cb.saveState();
        cb.setColorFill(StatusColours.colour(icon.colour()));
        cb.circle(cx, cy, SIZE / 2);
        cb.fill();
        cb.setColorFill(Color.WHITE);
        cb.beginText();
        cb.setFontAndSize(font, 9f);
        cb.showTextAligned(Element.ALIGN_CENTER, icon.letter(), cx, cy - 3.2f, 0);
        cb.endText();
        cb.restoreState();
    }
}
