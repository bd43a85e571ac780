package org.boardpack.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The Liberation Sans TTFs from openpdf-fonts-extra, embedded in every PDF (never the built-in Helvetica), and
 * the same faces as AWT fonts for chart text.
 */
public final class PdfFonts {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final byte[] REGULAR_BYTES = load(REGULAR);
    private static final byte[] BOLD_BYTES = load(BOLD);

    private final BaseFont regular;
    private final BaseFont bold;

    public PdfFonts() {
        try {
            regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, REGULAR_BYTES, null);
            bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, BOLD_BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BaseFont regularBase() {
        return regular;
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font regular(float size, java.awt.Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    public Font bold(float size, java.awt.Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    /** The same face as an AWT font, for JFreeChart. */
    public static java.awt.Font awt(boolean boldFace, float size) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                    new ByteArrayInputStream(boldFace ? BOLD_BYTES : REGULAR_BYTES)).deriveFont(size);
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
