package org.boardpack.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.GregorianCalendar;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.pack.view.PackView;

/**
 * Writes the PDF board pack (A4, PDF/A-1b) from the pack view (built once from the model), laying out its
 * figures, words, rankings and chart series and computing nothing.
 *
 * <p>Structure: cover; contents with page numbers; executive summary (one page); for each area its scorecard,
 * benchmarks, team figures and a page of trend charts; the exceptions with figures, their SPC charts
 * and commentary; the improvement plan tracker; data quality; definitions. Every page carries the protective marking
 * centred top and bottom, the board, period and revision, and "Page X of Y". Every section has a bookmark (the
 * bookmarks pane opens with the document) and the document title shows in the viewer's title bar.
 *
 * <p>Archival: fonts are the embedded Liberation faces (charts too) and, for characters they lack, the bundled
 * fallback fonts ({@link PdfFonts}), colours are sRGB with an sRGB output intent,
 * XMP metadata matches the document information, and nothing is transparent. Charts are vector graphics.
 *
 * <p>The pack is rendered once: the contents page's numbers (and its links) are placeholders that are filled in when
 * the document closes, from the pages the parts actually started on ({@link PageEvents}).
 */
public class PdfPackWriter implements PackWriter {

    static final float MARGIN_SIDE = 36;
    static final float MARGIN_TOP = 54;
    static final float MARGIN_BOTTOM = 58;

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
        out.write(render(pack));
    }

    /** The finished PDF. */
    public byte[] render(PackModel model) throws IOException {
        PackView pack = PackView.of(model);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
        render(pack, buffer);
        return PdfFileId.derivedFromContent(buffer.toByteArray());
    }

    private void render(PackView pack, OutputStream out) throws IOException {
        PdfFonts fonts = new PdfFonts();
        Document doc = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            writer.setPdfVersion(PdfWriter.VERSION_1_4);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            String footer = pack.boardTitle() + "  |  " + pack.periodLabel() + "  |  revision " + pack.revision();
            PageEvents events = new PageEvents(fonts, pack.marking(), footer);
            writer.setPageEvent(events);
            doc.addTitle(title(pack));
            doc.addSubject("Performance scorecard, exceptions, SPC charts and improvement plan tracker for "
                    + pack.periodLabel());
            doc.addAuthor(pack.authority());
            doc.addKeywords(String.join(", ", pack.marking(), "board pack", "children's services", pack.boardId(),
                    pack.period().toString(), "revision " + pack.revision()));
            doc.addCreator("Board Pack Builder");
            doc.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            if (pack.producedAt() != null) {
                PdfDate produced = new PdfDate(GregorianCalendar.from(pack.producedAt()));
                writer.getInfo().put(PdfName.CREATIONDATE, produced);
                writer.getInfo().put(PdfName.MODDATE, produced);
            }

            List<PackPlan.Part> plan = PackPlan.of(pack);
            PackDocument d = new PackDocument(pack, fonts, doc, writer, events, plan);
            CoverPage.render(d);
            ContentsPage.render(d);
            ExecutiveSummary.render(d);
            for (int i = 0; i < pack.sections().size(); i++) AreaSection.render(d, i);
            ExceptionsSection.render(d);
            TrackerSection.render(d);
            DataQualitySection.render(d);
            DefinitionsAppendix.render(d);

            writer.createXmpMetadata(); // from the document information above, with the PDF/A-1b identification
            doc.close();
        } catch (DocumentException | ExceptionConverter e) {
            throw new IOException("Cannot write the PDF pack: " + e.getMessage(), e);
        }
    }

    /** "Children's Services Improvement Board: board pack, October 2026". */
    static String title(PackView pack) {
        return pack.boardTitle() + ": board pack, " + pack.periodLabel();
    }
}
