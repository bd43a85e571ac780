package org.boardpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the print pack's text is at least 9 pt everywhere (body, tables, notes, footers, chart labels), read back
 * with PDFBox. The size of a glyph as printed is the vertical scale of its text rendering matrix (font size times the
 * text matrix times the page's transformation), so text in a chart drawn smaller than its design size counts at the
 * size it is printed.
 */
class PdfPrintSizeTest {

    /** The GOV.UK / RNIB clear print floor the board asked for. */
    static final float MINIMUM = 9f;
    /** PDFBox reads sizes back from 4-byte floats; 8.999 is 9. */
    static final float EPSILON = 0.01f;

    static List<Glyph> glyphs;

    record Glyph(int page, String text, float size) {
    }

    @BeforeAll
    static void render() throws IOException {
        byte[] pdf = new PdfPackWriter().render(PdfTestPacks.sample());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf-print-size.pdf"), pdf); // for a look by eye
        glyphs = glyphs(pdf);
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        found.add(new Glyph(getCurrentPageNo(), text.getUnicode(),
                                text.getTextMatrix().getScalingFactorY()));
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(doc);
        }
        return found;
    }

    @Test
    void theSamplePackHasNoTextUnderNinePoints() {
        assertThat(glyphs).as("glyphs read back").hasSizeGreaterThan(10_000);
        Map<String, Integer> sizes = new TreeMap<>();
        Map<Integer, StringBuilder> runs = new TreeMap<>();
        for (Glyph g : glyphs) {
            if (g.size() < MINIMUM - EPSILON) {
                sizes.merge(String.format("%.2f pt", g.size()), 1, Integer::sum);
                runs.computeIfAbsent(g.page(), p -> new StringBuilder()).append(g.text());
            }
        }
        assertThat(runs).as("text under 9 pt, by page (glyphs by size: %s)", sizes).isEmpty();
    }

    @Test
    void theMeasureSeesTheSizesTheWriterSet() {
        // the cover title is set in 26 pt bold and the section headings in 16 pt: the measure must find them, or a
        // measure that read every glyph as, say, 12 pt would pass the test above whatever the pack's sizes were
        assertThat(glyphs).anySatisfy(g -> assertThat(g.size()).isCloseTo(26f, org.assertj.core.data.Offset.offset(0.01f)))
                .anySatisfy(g -> assertThat(g.size()).isCloseTo(16f, org.assertj.core.data.Offset.offset(0.01f)));
    }
}
