package org.boardpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a board and an authority named in Chinese are drawn on the cover and in every page's footer (the bundled
 * CJK fallback, as in the body), read back with PDFBox; a character no bundled font has is named in data quality.
 */
class PdfNameScriptsTest {

    static final String BOARD = "儿童服务改进委员会";       // "children's services improvement board", simplified Chinese
    static final String AUTHORITY = "贝德福德自治市议会";   // "Bedford Borough Council"
    static final String RARE = new String(Character.toChars(0x20000)); // U+20000, CJK Extension B: in no bundled font

    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        PackModel s = PdfTestPacks.sample();
        PackModel named = new PackModel(s.boardId(), BOARD, s.boardDescription(), AUTHORITY + " " + RARE, s.period(),
                s.revision(), s.producedAt(), s.marking(), s.sections(), s.restatements(), s.inputWarnings(),
                s.recommendations(), s.style());
        pdf = new PdfPackWriter().render(named);
    }

    @Test
    void theBoardAndAuthorityAreDrawnOnTheCoverAndInEveryFooter() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = PdfInspection.pageTexts(doc);
            assertThat(PdfInspection.compact(pages.get(0))).contains(BOARD).contains(AUTHORITY);
            for (int i = 0; i < pages.size(); i++) {
                float height = doc.getPage(i).getMediaBox().getHeight();
                String footer = PdfInspection.compact(PdfInspection.band(doc, i, height - 40, 20));
                assertThat(footer).as("footer of page " + (i + 1)).contains(BOARD + "|October2026|revision1");
            }
            assertThat(PdfInspection.fonts(doc)).extracting(f -> f.name().substring(f.name().indexOf('+') + 1))
                    .contains("DroidSansFallback");
        }
    }

    @Test
    void aCharacterNoFontHasInTheAuthorityIsNamedInDataQuality() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = PdfInspection.squash(String.join(" ", PdfInspection.pageTexts(doc)));
            assertThat(all).contains("The PDF could not draw 1 character in the authority's name: U+20000")
                    .doesNotContain("in the board's title");
        }
    }
}
