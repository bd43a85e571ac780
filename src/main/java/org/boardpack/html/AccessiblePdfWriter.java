package org.boardpack.html;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.pack.view.PackView;

/**
 * Writes the publication PDF ({@code <board>-<period>-accessible.pdf}): the HTML edition rendered by openhtmltopdf's
 * PDFBox renderer in its PDF/UA mode, so the file is tagged (structure tree in reading order, headings, table headers,
 * the charts as figures with their message as alternative text), names its language and title, and embeds every font:
 * Liberation Sans, then the bundled fallback fonts for other scripts, as the print PDF. Charts stay vector graphics.
 */
public class AccessiblePdfWriter implements PackWriter {

    /** A font face, its file read once per process (the renderer parses it again for each document). */
    private record Face(byte[] bytes, String family, int weight, FontStyle style) {
        Face(String resource, String family, int weight, FontStyle style) {
            this(load(resource), family, weight, style);
        }
    }

    private static final List<Face> FACES = List.of(
            new Face("liberation/LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new Face("liberation/LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
            new Face("liberation/LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
            new Face("fonts/NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, FontStyle.NORMAL),
            new Face("fonts/NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", 400, FontStyle.NORMAL),
            new Face("fonts/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("fonts/DroidSansFallback-CJK.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL));

    @Override
    public String name() {
        return "accessible-pdf";
    }

    @Override
    public Path target(OutputLayout layout) {
        return layout.accessiblePdfPack();
    }

    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        out.write(render(HtmlEdition.render(PackView.of(pack))));
    }

    /** Renders an HTML edition (well-formed XHTML, as {@link HtmlEdition} writes it) to tagged PDF. */
    public static byte[] render(String html) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Board Pack Builder");
        for (Face f : FACES) {
            // the fallback fonts are reached through the page's font-family list, character by character;
            // Liberation Sans is also the last resort, so no unembedded standard font is ever used
            builder.useFont(() -> new ByteArrayInputStream(f.bytes()), f.family(), f.weight(), f.style(), true,
                    f.family().equals("Liberation Sans") ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
                            FSFontUseCase.FALLBACK_FINAL) : EnumSet.of(FSFontUseCase.DOCUMENT));
        }
        builder.useSVGDrawer(new BatikSVGDrawer());
        // nothing outside the page is ever fetched: the edition is self-contained, and a stray link stays a link
        builder.useUriResolver((base, uri) -> null);
        builder.withHtmlContent(withChartAlternativeText(html), null);
        // laid out and drawn, then the links described on the same document before it is saved once
        // (reading the finished file back and saving it again took a third of the step's time)
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            describeLinks(doc);
            doc.save(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new IOException("Cannot write the accessible PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * PDF/UA wants every link annotation to carry a description in its Contents; the renderer leaves it out, so
     * each link gets the words it is drawn over ("Link: Executive summary").
     */
    static void describeLinks(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink l && (l.getContents() == null || l.getContents().isBlank())) links.add(l);
            }
            if (links.isEmpty()) continue;
            PDFTextStripperByArea text = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                text.addRegion("link" + i, new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                        r.getWidth(), r.getHeight()));
            }
            text.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                String words = text.getTextForRegion("link" + i).strip().replaceAll("\\s+", " ");
                links.get(i).setContents("Link: " + (words.isEmpty() ? "a part of this pack" : words));
            }
        }
    }

    /**
     * The renderer takes a figure's alternative text from an {@code alt} attribute, which HTML does not allow on
     * {@code svg}: each chart gets its own description (its message) as {@code alt} for the PDF only.
     */
    static String withChartAlternativeText(String html) {
        return CHART.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "<svg " + m.group(1) + " alt=\"" + m.group(3) + "\">" + m.group(2)));
    }

    private static final Pattern CHART = Pattern.compile(
            "<svg ([^>]*)>(<title[^>]*>[^<]*</title><desc[^>]*>([^<]*)</desc>)");

    private static byte[] load(String resource) {
        try (InputStream in = AccessiblePdfWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Font " + resource + " is not on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
