package org.boardpack.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The Liberation Sans TTFs from openpdf-fonts-extra, embedded (subset) in every PDF: never the built-in Helvetica,
 * which PDF/A forbids unembedded. The same faces serve as AWT fonts for chart text, and {@link #fontMapper()} maps
 * every AWT font a chart uses back to these embedded faces, so charts cannot pull in another font.
 *
 * <p>One instance per document: the base fonts collect the glyphs used and are subset when the document closes.
 */
public final class PdfFonts {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final String ITALIC = "liberation/LiberationSans-Italic.ttf";
    private static final byte[] REGULAR_BYTES = load(REGULAR);
    private static final byte[] BOLD_BYTES = load(BOLD);
    private static final byte[] ITALIC_BYTES = load(ITALIC);
    private static final java.awt.Font AWT_REGULAR = awtFont(REGULAR_BYTES);
    private static final java.awt.Font AWT_BOLD = awtFont(BOLD_BYTES);

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;

    public PdfFonts() {
        try {
            regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, REGULAR_BYTES, null);
            bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, BOLD_BYTES, null);
            italic = BaseFont.createFont("LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, ITALIC_BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BaseFont regularBase() {
        return regular;
    }

    public BaseFont boldBase() {
        return bold;
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font italic(float size) {
        return new Font(italic, size);
    }

    public Font regular(float size, java.awt.Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    public Font bold(float size, java.awt.Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    public Font italic(float size, java.awt.Color color) {
        return new Font(italic, size, Font.NORMAL, color);
    }

    /**
     * Maps any AWT font a chart draws with to the embedded Liberation face (bold when the AWT font is bold), so
     * {@code PdfGraphics2D} never falls back to a built-in, unembedded font.
     */
    public FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                if (font != null && font.isBold()) return bold;
                if (font != null && font.isItalic()) return italic;
                return regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return awt(font == bold, size);
            }
        };
    }

    /** The same face as an AWT font, for JFreeChart (metrics match the embedded PDF font). */
    public static java.awt.Font awt(boolean boldFace, float size) {
        return (boldFace ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static java.awt.Font awtFont(byte[] ttf) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot load the Liberation font", e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Font " + resource + " is not on the classpath (openpdf-fonts-extra)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
