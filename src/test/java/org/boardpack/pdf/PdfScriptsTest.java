package org.boardpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.pack.PackModel;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commentary in Arabic, Chinese, Devanagari and Hebrew, with an emoji, built into the sample pack and read back with
 * PDFBox: every script a bundled font covers is drawn; the emoji, which none covers, is named in data quality.
 */
class PdfScriptsTest {

    static final String ARABIC = "تحسنت التقييمات الصحية";          // "health assessments improved"
    static final String CHINESE = "健康评估有所改善";                  // the same, in simplified Chinese
    static final String DEVANAGARI = "स्वास्थ्य आकलन";                    // "health assessment", in Hindi
    static final String HEBREW = "הערכות בריאות";                    // "health assessments"
    static final String EMOJI = "\uD83D\uDE00";                      // U+1F600 GRINNING FACE
    static final String MELTING = new String(Character.toChars(0x1FAE0)); // U+1FAE0 MELTING FACE (Unicode 14)

    @TempDir
    static Path dir;
    static byte[] pdf;

    @BeforeAll
    static void build() throws IOException {
        Path input = dir.resolve("input");
        copy(Path.of("input"), input);
        Path commentary = input.resolve("commentary/2026-10.csv");
        List<String> lines = Files.readAllLines(commentary, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("cla_initial_health_20days,")) {
                lines.set(i, "cla_initial_health_20days,Designated Nurse,Health partner,\"Arabic: " + ARABIC + ". Chinese: "
                        + CHINESE + ". Hindi: " + DEVANAGARI + ". Hebrew: " + HEBREW + ". Smile " + EMOJI + " and " + MELTING + " end.\"");
            }
        }
        Files.write(commentary, lines, StandardCharsets.UTF_8);
        PackModel pack = SamplePacks.build(input, Path.of("templates"), "improvement-board", PdfTestPacks.SAMPLE_PERIOD);
        pdf = new PdfPackWriter().render(pack);
    }

    @Test
    void everyCoveredScriptIsDrawnInReadingOrder() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = PdfInspection.squash(String.join(" ", PdfInspection.pageTexts(doc)));
            // PDFBox gives Arabic and Hebrew back in logical (reading) order, and Arabic's contextual forms as its
            // base letters (U+062A ..., not the presentation forms U+FE95 ...), so the text compares code point for
            // code point with what was typed; Devanagari and Chinese are drawn from the font's cmap, in order.
            assertThat(all).contains("Arabic: " + ARABIC + ".").contains("Chinese: " + CHINESE + ".")
                    .contains("Hindi: " + DEVANAGARI + ".").contains("Hebrew: " + HEBREW + ".")
                    // U+1F600 is in DejaVu Sans (monochrome), so it is drawn; U+1FAE0 is in no bundled font
                    .contains("Smile " + EMOJI + " and end.").doesNotContain(MELTING)
                    .doesNotContain("could not draw 1 character in commentary for cla_initial_health_20days: U+1F600");
        }
    }

    /**
     * OpenPDF shapes the Arabic before drawing it: the glyphs drawn map to the presentation forms (U+FB50-FEFF) that
     * PDFBox then folds back to base letters. "تحسنت" begins with teh in its initial form, U+FE97.
     */
    @Test
    void arabicIsDrawnInItsContextualForms() throws Exception {
        List<String> drawn = new java.util.ArrayList<>();
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                drawn.add(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        assertThat(drawn).contains("\uFE97").noneMatch(u -> u.codePoints().anyMatch(c -> c >= 0x0621 && c <= 0x064A));
    }

    @Test
    void aCharacterNoFontHasIsNamedInDataQuality() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = PdfInspection.pageTexts(doc);
            String quality = PdfInspection.squash(pages.stream().filter(p -> p.contains("Characters the PDF could not draw"))
                    .findFirst().orElseThrow());
            assertThat(quality).contains("The PDF could not draw 1 character in commentary for cla_initial_health_20days: "
                    + "U+1FAE0. They are left out of the PDF; the Excel pack and results.csv keep the text as written.");
        }
    }

    @Test
    void theFallbackFontsAreEmbeddedAndThePackIsStillPdfA1b() throws Exception {
        assertThat(PdfInspection.validatePdfA1b(pdf).failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(PdfInspection.fonts(doc)).allMatch(PdfInspection.FontUse::embedded)
                    .extracting(f -> f.name().substring(f.name().indexOf('+') + 1))
                    .contains("NotoSansArabic-Regular", "NotoSansDevanagari-Regular", "DroidSansFallback", "DejaVuSans",
                            "LiberationSans");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
