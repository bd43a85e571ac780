package org.boardpack.pdf;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.Rectangle;
import org.boardpack.pack.view.PackView;

/** The cover: logo, title, board, authority, period, revision, produced date, contact and the marking. */
final class CoverPage {

    private CoverPage() {
    }

    static void render(PackDocument d) {
        PackView pack = d.pack();
        PdfFonts f = d.fonts();
        d.section(PackPlan.COVER, false);
        Image logo = logo(pack.logoPng());
        if (logo != null) {
            logo.scaleToFit(180, 70);
            logo.setAlignment(Element.ALIGN_CENTER);
            d.add(logo);
        }
        Paragraph space = new Paragraph(" ", f.regular(10));
        space.setSpacingBefore(logo == null ? 140 : 60);
        d.add(space);
        String coverTitle = pack.coverTitle();
        d.add(centred(f, coverTitle, f.bold(26, PackDocument.HEADING), 0, 32));
        if (!coverTitle.equals(pack.boardTitle())) d.add(centred(f, pack.boardTitle(), f.regular(16), 8, 20));
        String subtitle = pack.coverSubtitle();
        if (subtitle != null && !subtitle.isBlank()) d.add(centred(f, subtitle, f.regular(14), 10, 18));
        d.add(centred(f, pack.periodLabel(), f.bold(22), 28, 28));
        d.add(centred(f, pack.authority(), f.regular(14), 18, 18));

        PdfPTable facts = new PdfPTable(new float[]{35, 65});
        facts.setWidthPercentage(70);
        facts.setSpacingBefore(40);
        fact(facts, f, "Board", pack.boardTitle());
        fact(facts, f, "Period", pack.periodLabel() + " (" + pack.period() + ")");
        fact(facts, f, "Revision", String.valueOf(pack.revision()));
        fact(facts, f, "Produced", pack.producedText());
        String contact = pack.contact();
        if (contact != null && !contact.isBlank()) fact(facts, f, "Contact", contact);
        fact(facts, f, "Protective marking", pack.marking());
        if (!pack.editionNote().isEmpty()) fact(facts, f, "Edition", pack.editionNote());
        d.add(facts);
        if (pack.boardDescription() != null && !pack.boardDescription().isBlank()) {
            d.add(centred(f, pack.boardDescription(), f.italic(10), 30, 13));
        }
        d.add(centred(f, "This pack is marked " + pack.marking() + ". Handle, store and share it accordingly.",
                f.regular(9), 16, 12));
    }

    /** Centred text with the fonts' per-character fallback (a board or authority name in any script). */
    private static Paragraph centred(PdfFonts f, String text, com.lowagie.text.Font font, float before, float leading) {
        Paragraph p = f.paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        p.setLeading(leading);
        return p;
    }

    private static void fact(PdfPTable t, PdfFonts f, String label, String value) {
        PdfPCell l = new PdfPCell(new com.lowagie.text.Phrase(label, f.bold(10)));
        PdfPCell v = new PdfPCell(f.phrase(value, f.regular(10)));
        for (PdfPCell c : new PdfPCell[]{l, v}) {
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(Tables.BORDER);
            c.setPadding(4);
            t.addCell(c);
        }
    }

    /**
     * The council's logo flattened onto white: PDF/A-1 forbids soft masks, so a PNG's transparency is removed
     * before it is embedded. Null when there is none or it cannot be read.
     */
    static Image logo(byte[] png) {
        if (png == null || png.length == 0) return null;
        try {
            BufferedImage src = ImageIO.read(new ByteArrayInputStream(png));
            if (src == null) return null;
            BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
                g.drawImage(src, 0, 0, null);
            } finally {
                g.dispose();
            }
            return Image.getInstance(rgb, null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
