package org.boardpack.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
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

    private record Face(String resource, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("liberation/LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new Face("liberation/LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
            new Face("liberation/LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
            new Face("fonts/NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, FontStyle.NORMAL),
            new Face("fonts/NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", 400, FontStyle.NORMAL),
            new Face("fonts/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("fonts/DroidSansFallback.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL));

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
        render(HtmlEdition.render(PackView.of(pack)), out);
    }

    /** Renders an HTML edition (well-formed XHTML, as {@link HtmlEdition} writes it) to tagged PDF. */
    public static void render(String html, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Board Pack Builder");
        for (Face f : FACES) {
            builder.useFont(() -> open(f.resource()), f.family(), f.weight(), f.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE));
        }
        builder.useSVGDrawer(new BatikSVGDrawer());
        // nothing outside the page is ever fetched: the edition is self-contained, and a stray link stays a link
        builder.useUriResolver((base, uri) -> null);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new IOException("Cannot write the accessible PDF: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = AccessiblePdfWriter.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new UncheckedIOException(new IOException("Font " + resource + " is not on the class path"));
        return in;
    }
}
