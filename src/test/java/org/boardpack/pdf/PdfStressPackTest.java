package org.boardpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.recommendations.MissingRecommendation;
import org.boardpack.recommendations.RecommendationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long inputs must not break the layout: 60 indicators, a 200-character indicator name, 2,000-character
 * commentaries, 40 recommendations (one with 2,000-character text and progress, a row taller than a page), input
 * problems and a logo with transparency.
 */
class PdfStressPackTest {

    static PackModel pack;
    static byte[] pdf;
    static PDDocument doc;
    static List<String> pages;
    static String all;

    @BeforeAll
    static void render() throws Exception {
        pack = PdfTestPacks.stress();
        pdf = new PdfPackWriter().render(pack);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/pdf-stress-pack.pdf"), pdf);
        doc = Loader.loadPDF(pdf);
        pages = PdfInspection.pageTexts(doc);
        all = PdfInspection.squash(String.join("\n", pages));
    }

    @AfterAll
    static void close() throws Exception {
        if (doc != null) doc.close();
    }

    @Test
    void theModelHasTheLongInputs() {
        assertThat(pack.indicatorList()).hasSize(PdfTestPacks.STRESS_INDICATORS);
        assertThat(pack.recommendations().items()).hasSize(PdfTestPacks.STRESS_RECOMMENDATIONS);
        IndicatorResult longOne = longIndicator();
        assertThat(longOne.name()).hasSize(200);
        assertThat(longOne.isException()).isTrue();
        assertThat(longOne.commentary().text()).hasSize(2000);
        assertThat(pack.exceptions().size()).isGreaterThan(10);
    }

    @Test
    void rendersWithinTheExpectedPageRange() {
        System.out.println("Stress pack: " + pages.size() + " pages, " + pdf.length + " bytes, "
                + pack.exceptions().size() + " exceptions");
        // 9 pt text throughout and four trend charts to a landscape page (issue 19): 60 indicators' charts alone
        // take 15 pages, their scorecard, benchmark and exception tables about as many again
        assertThat(pages.size()).isBetween(45, 95);
        assertThat(pdf.length).isLessThan(4 * 1024 * 1024);
    }

    @Test
    void isStillPdfA1bWithTheLogoFlattened() throws Exception {
        PdfInspection.Validation v = PdfInspection.validatePdfA1b(pdf);
        assertThat(v.failures()).isEmpty();
        assertThat(v.compliant()).isTrue();
        assertThat(PdfInspection.imageCount(doc)).as("the logo").isEqualTo(1);
        assertThat(PdfInspection.fonts(doc)).allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
    }

    @Test
    void everyPageIsMarkedAndNumbered() throws Exception {
        for (int i = 0; i < pages.size(); i++) {
            float height = doc.getPage(i).getMediaBox().getHeight();
            assertThat(PdfInspection.band(doc, i, 0, 36).strip()).as("top of page " + (i + 1)).isEqualTo("OFFICIAL-SENSITIVE");
            assertThat(PdfInspection.band(doc, i, height - 24, 24).strip()).as("bottom of page " + (i + 1))
                    .isEqualTo("OFFICIAL-SENSITIVE");
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void theLongNameAndEveryCommentaryAppearInFull() {
        assertThat(all).contains(PdfTestPacks.LONG_NAME);
        for (IndicatorResult r : pack.exceptions()) {
            if (r.commentary() != null) {
                assertThat(all).as("commentary of " + r.id()).contains(PdfInspection.squash(r.commentary().text()));
            }
        }
        assertThat(all).contains(PdfTestPacks.END_OF_COMMENTARY);
    }

    @Test
    void aRecommendationRowTallerThanAPageIsSplitNotLost() {
        RecommendationStatus longRec = pack.recommendations().find(PdfTestPacks.LONG_REC).orElseThrow();
        assertThat(longRec.recommendation().text()).hasSize(2000);
        assertThat(longRec.recommendation().progress()).hasSize(2000);
        assertThat(all).contains(PdfTestPacks.END_OF_TEXT).contains(PdfTestPacks.END_OF_PROGRESS);
        String compact = PdfInspection.compact(all);
        for (RecommendationStatus s : pack.recommendations().items()) assertThat(compact).contains(s.id());
        assertThat(pack.recommendations().missingThisMonth()).hasSize(2);
        for (MissingRecommendation m : pack.recommendations().missingThisMonth()) assertThat(compact).contains(m.id());
    }

    @Test
    void theSummaryStaysOnItsTwoPagesAndBookmarksMatchTheSections() throws Exception {
        List<PdfInspection.Bookmark> marks = PdfInspection.bookmarks(doc);
        assertThat(marks).extracting(PdfInspection.Bookmark::title).containsExactlyElementsOf(PackPlan.sectionTitles(org.boardpack.pack.view.PackView.of(pack)));
        int summary = PdfSamplePackTest.find(marks, "Executive summary").page();
        int firstArea = PdfSamplePackTest.find(marks, "Stress area 1").page();
        // what changed and the movers on the summary's first page, the lists on its second (#18), whatever the size
        assertThat(firstArea).isEqualTo(summary + 2);
        for (int i = 1; i < marks.size(); i++) assertThat(marks.get(i).page()).isGreaterThan(marks.get(i - 1).page());
        assertThat(PdfSamplePackTest.find(marks, "Exceptions").kids()).hasSize(pack.exceptions().size());
        for (PdfInspection.Bookmark k : PdfSamplePackTest.find(marks, "Exceptions").kids()) {
            assertThat(PdfInspection.squash(pages.get(k.page() - 1))).as("bookmark " + k.title()).contains(k.title());
        }
    }

    @Test
    void inputProblemsAreListed() {
        assertThat(all).contains("Error: row rejected").contains("input/scorecards/2026-10.csv:14 [period]")
                .contains("'unknown_id'");
    }

    private static IndicatorResult longIndicator() {
        return pack.indicators().filter(r -> r.id().equals(PdfTestPacks.LONG_ID)).findFirst().orElseThrow();
    }
}
