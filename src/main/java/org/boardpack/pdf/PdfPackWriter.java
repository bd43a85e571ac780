package org.boardpack.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.boardpack.indicators.Rag;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.Formatting;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;
import org.boardpack.pack.PackWriter;

/** Writes the PDF board pack (A4) from the pack model. */
public class PdfPackWriter implements PackWriter {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public Path target(OutputLayout layout) {
        return layout.pdfPack();
    }

    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        PdfFonts fonts = new PdfFonts();
        Document doc = new Document(PageSize.A4, 36, 36, 54, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageDecorator(fonts, pack.marking(), pack.boardTitle() + " - " + pack.periodLabel()));
            doc.addTitle(pack.boardTitle() + " pack, " + pack.periodLabel());
            doc.addSubject("Performance scorecard and improvement plan tracker");
            doc.addAuthor(pack.authority());
            doc.addKeywords("board pack, children's services, " + pack.period());
            doc.addCreator("Board Pack Builder");
            doc.open();
            cover(doc, fonts, pack);
            for (PackSection s : pack.sections()) {
                doc.newPage();
                scorecard(doc, fonts, s);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF pack: " + e.getMessage(), e);
        }
    }

    private void cover(Document doc, PdfFonts fonts, PackModel pack) {
        Paragraph spacer = new Paragraph(" ", fonts.regular(12));
        spacer.setSpacingBefore(150);
        doc.add(spacer);
        Paragraph title = new Paragraph(pack.boardTitle(), fonts.bold(26));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph sub = new Paragraph("Performance pack: " + pack.periodLabel(), fonts.regular(18));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingBefore(12);
        doc.add(sub);
        Paragraph details = new Paragraph(pack.authority() + "\nRevision " + pack.revision() + "\nProduced "
                + pack.producedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy")), fonts.regular(12));
        details.setAlignment(Element.ALIGN_CENTER);
        details.setSpacingBefore(24);
        doc.add(details);
    }

    private void scorecard(Document doc, PdfFonts fonts, PackSection section) {
        doc.add(new Paragraph(section.title(), fonts.bold(16)));
        PdfPTable table = new PdfPTable(new float[]{40, 11, 11, 12, 11, 10});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        table.setSplitRows(false);
        for (String h : new String[]{"Indicator", "Value", "Previous", "Direction", "Target", "RAG"}) {
            PdfPCell c = new PdfPCell(new Phrase(h, fonts.bold(9)));
            c.setBackgroundColor(new Color(0xD9, 0xD9, 0xD9));
            table.addCell(c);
        }
        for (IndicatorResult r : section.indicators()) {
            table.addCell(new PdfPCell(new Phrase(r.name() + " (" + r.unit().suffix().trim() + ")", fonts.regular(9))));
            table.addCell(numberCell(fonts, r.ratedValue(), r.decimals()));
            table.addCell(numberCell(fonts, r.previousValue(), r.decimals()));
            table.addCell(new PdfPCell(new Phrase(r.directionMonth().label(), fonts.regular(9))));
            table.addCell(numberCell(fonts, r.target(), r.decimals()));
            table.addCell(ragCell(fonts, r.rag()));
        }
        doc.add(table);
    }

    private PdfPCell numberCell(PdfFonts fonts, Double value, int decimals) {
        PdfPCell c = new PdfPCell(new Phrase(value == null ? "-" : Formatting.number(value, decimals), fonts.regular(9)));
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    static PdfPCell ragCell(PdfFonts fonts, Rag rag) {
        StatusColours colours = StatusColours.of(rag);
        PdfPCell c = new PdfPCell(new Phrase(rag.label(), fonts.bold(9, colours.text())));
        c.setBackgroundColor(colours.fill());
        return c;
    }
}
