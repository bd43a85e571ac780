package org.boardpack.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The Liberation Sans TTFs from openpdf-fonts-extra, embedded (subset) in every PDF: never the built-in Helvetica,
 * which PDF/A forbids unembedded. Text goes in through {@link #phrase}, which draws each character Liberation lacks
 * (Arabic, Devanagari, CJK, symbols) in the first bundled fallback font that has it. The same faces serve as AWT fonts for chart text, and {@link #fontMapper()} maps
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

    /**
     * The fallback chain after the Liberation face, in order: each character is drawn in the first font that has
     * it. Bundled under src/main/resources/fonts (sizes and licences in its README); regular weight only.
     */
    private static final List<String> FALLBACKS = List.of("NotoSansArabic-Regular.ttf",
            "NotoSansDevanagari-Regular.ttf", "DejaVuSans.ttf", "DroidSansFallback-CJK.ttf");
    private static final List<byte[]> FALLBACK_BYTES = FALLBACKS.stream().map(f -> load("fonts/" + f)).toList();

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final List<BaseFont> fallbacks = new ArrayList<>();

    public PdfFonts() {
        try {
            regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, REGULAR_BYTES, null);
            bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, BOLD_BYTES, null);
            italic = BaseFont.createFont("LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, ITALIC_BYTES, null);
            for (int i = 0; i < FALLBACKS.size(); i++) {
                fallbacks.add(BaseFont.createFont(FALLBACKS.get(i), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.NOT_CACHED, FALLBACK_BYTES.get(i), null));
            }
            List<BaseFont> all = new ArrayList<>(List.of(regular, bold, italic));
            all.addAll(fallbacks);
            for (BaseFont f : all) f.setSecureRandom(seededBy(f.getPostscriptFontName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The subset prefix ("ABCDEF+") OpenPDF gives an embedded font is random; drawn from a generator seeded by the
     * font's name it is the same every time, so the same pack gives the same bytes.
     */
    private static SecureRandom seededBy(String name) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(name.getBytes(StandardCharsets.UTF_8));
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA1PRNG in this Java runtime", e);
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
     * The text as a phrase in {@code font}, each character the font cannot draw switched to the first fallback
     * font that can (same size and colour; the fallbacks have one weight, so bold or italic is lost for those
     * characters). A character no bundled font has stays in {@code font}, where OpenPDF leaves it out: such
     * characters are found beforehand with {@link #undrawable} and reported in the pack's data quality.
     */
    public Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        if (text == null || text.isEmpty()) return phrase;
        StringBuilder run = new StringBuilder();
        BaseFont runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            BaseFont f = fontFor(cp, font.getBaseFont(), runFont);
            if (runFont != null && f != runFont) {
                phrase.add(chunk(run.toString(), runFont, font));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        phrase.add(chunk(run.toString(), runFont, font));
        return phrase;
    }

    /** A paragraph of the text in {@code font}, with the fallback chain of {@link #phrase}. */
    public Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(phrase(text, font));
        p.setFont(font);
        return p;
    }

    /** The code points in {@code text} that none of the embedded fonts can draw, in order of first appearance. */
    public Set<Integer> undrawable(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        if (text == null) return missing;
        text.codePoints().filter(cp -> !drawable(cp)).forEach(missing::add);
        return missing;
    }

    /**
     * The code points in {@code text} that a chart cannot draw: charts draw each string in one face, Liberation Sans,
     * through JFreeChart and OpenPDF's Graphics2D, so the fallback chain does not reach them.
     */
    public Set<Integer> undrawableInCharts(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        if (text == null) return missing;
        text.codePoints().filter(cp -> !invisible(cp) && !regular.charExists(cp)).forEach(missing::add);
        return missing;
    }

    private boolean drawable(int cp) {
        if (invisible(cp) || regular.charExists(cp)) return true;
        for (BaseFont f : fallbacks) if (f.charExists(cp)) return true;
        return false;
    }

    /** Line breaks, joiners, direction marks and variation selectors: nothing to draw, never reported. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                && (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private BaseFont fontFor(int cp, BaseFont primary, BaseFont current) {
        // spaces, punctuation marks and joiners stay with the run they are in, so a phrase is not cut up needlessly
        if (current != null && (Character.isWhitespace(cp) || invisible(cp) || current.charExists(cp)
                && !Character.isLetterOrDigit(cp))) return current;
        if (primary.charExists(cp)) return primary;
        for (BaseFont f : fallbacks) if (f.charExists(cp)) return f;
        return primary;
    }

    private static Chunk chunk(String text, BaseFont base, Font like) {
        return new Chunk(text, new Font(base, like.getSize(), base == like.getBaseFont() ? like.getStyle() : Font.NORMAL,
                like.getColor()));
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
