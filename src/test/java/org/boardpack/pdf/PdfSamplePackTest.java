package org.boardpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;
import org.boardpack.recommendations.RecommendationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The October 2026 sample pack, rendered from the shipped inputs and read back with veraPDF and PDFBox. */
class PdfSamplePackTest {

    static PackModel pack;
    static byte[] pdf;
    static PDDocument doc;
    static List<String> pages;
    static String all;

    @BeforeAll
    static void render() throws Exception {
        pack = PdfTestPacks.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfPackWriter().write(pack, out);
        pdf = out.toByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/pdf-sample-pack.pdf"), pdf); // for a look by eye
        doc = Loader.loadPDF(pdf);
        pages = PdfInspection.pageTexts(doc);
        all = PdfInspection.squash(String.join("\n", pages));
    }

    @AfterAll
    static void close() throws Exception {
        if (doc != null) doc.close();
    }

    @Test
    void theBenchmarkTableHeaderNeverBreaksTheAuthoritysNameMidWord() throws Exception {
        PackModel central = new PackModel(pack.boardId(), pack.boardTitle(), pack.boardDescription(),
                "Central Bedfordshire Council", pack.period(), pack.revision(), pack.producedAt(), pack.marking(),
                pack.sections(), pack.restatements(), pack.inputWarnings(), pack.recommendations(), pack.style());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfPackWriter().write(central, out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            // was "Central Bedfordshir / e Council (published)" in a narrow header cell
            assertThat(PdfInspection.words(d)).extracting(PdfInspection.Word::text)
                    .filteredOn(w -> w.contains("Bedfordshir")).isNotEmpty()
                    .allSatisfy(w -> assertThat(w).contains("Bedfordshire"));
            String text = PdfInspection.compact(String.join("", PdfInspection.pageTexts(d)));
            assertThat(text).contains("Publishedvalue").doesNotContain("Council(published)");
        }
    }

    @Test
    void passesVeraPdfValidationAsPdfA1b() throws Exception {
        PdfInspection.Validation v = PdfInspection.validatePdfA1b(pdf);
        assertThat(v.failures()).as("veraPDF PDF/A-1b failures").isEmpty();
        assertThat(v.compliant()).isTrue();
    }

    @Test
    void everyFontIsEmbeddedLiberationIncludingChartText() throws Exception {
        var fonts = PdfInspection.fonts(doc);
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(f -> {
            assertThat(f.embedded()).as(f.name() + " embedded").isTrue();
            assertThat(f.name()).as("font name").contains("Liberation");
        });
        assertThat(fonts).extracting(PdfInspection.FontUse::name).noneMatch(n -> n.contains("Helvetica"));
    }

    @Test
    void isSmallA4AndChartsAreVectors() throws Exception {
        assertThat(pdf.length).as("bytes").isLessThan(2 * 1024 * 1024);
        int landscape = 0;
        for (PDPage p : doc.getPages()) {
            // A4 portrait, or A4 landscape (as a wide media box, unrotated) for the areas' wide tables
            float w = p.getMediaBox().getWidth();
            float h = p.getMediaBox().getHeight();
            float shortSide = Math.min(w, h);
            float longSide = Math.max(w, h);
            assertThat(shortSide).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(longSide).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(p.getRotation()).isZero();
            if (w > h) landscape++;
        }
        assertThat(doc.getPage(0).getMediaBox().getWidth()).as("the cover is portrait").isLessThan(600);
        assertThat(landscape).as("landscape pages (areas and exceptions)").isPositive();
        assertThat(PdfInspection.imageCount(doc)).as("raster images (the sample has no logo)").isZero();
    }

    @Test
    void everyPageCarriesTheMarkingTopAndBottomTheBoardPeriodAndPageXOfY() throws Exception {
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            float height = doc.getPage(i).getMediaBox().getHeight();
            assertThat(PdfInspection.band(doc, i, 0, 36).strip()).as("top of page " + (i + 1)).isEqualTo("OFFICIAL-SENSITIVE");
            assertThat(PdfInspection.band(doc, i, height - 24, 24).strip()).as("bottom of page " + (i + 1))
                    .isEqualTo("OFFICIAL-SENSITIVE");
            String footer = PdfInspection.squash(PdfInspection.band(doc, i, height - 40, 20));
            assertThat(footer).as("footer of page " + (i + 1)).contains("Page " + (i + 1) + " of " + n)
                    .contains(pack.boardTitle()).contains("October 2026");
        }
        assertThat(pages.get(0)).contains("Page 1 of " + n);
    }

    @Test
    void coverNamesTheBoardAuthorityPeriodRevisionAndProducedDate() {
        String cover = PdfInspection.squash(pages.get(0));
        assertThat(cover).contains("Children's Services Improvement Board").contains("Bedford Borough Council")
                .contains("October 2026").contains("Revision 1").contains("2 November 2026 at 06:00");
    }

    @Test
    void containsEverySectionTitle() {
        for (PackPlan.Part part : PackPlan.of(org.boardpack.pack.view.PackView.of(pack))) {
            if (part.inContents()) assertThat(all).contains(part.title());
        }
        assertThat(all).contains("Executive summary").contains("Help and protection").contains("Workforce")
                .contains("Exceptions").contains("Improvement plan tracker")
                .contains("Data quality").contains("Appendix: definitions");
    }

    @Test
    void containsEveryExceptionsCommentaryInFull() {
        List<IndicatorResult> exceptions = pack.exceptions();
        assertThat(exceptions).hasSizeGreaterThanOrEqualTo(5);
        int withCommentary = 0;
        for (IndicatorResult r : exceptions) {
            if (r.commentary() == null) continue;
            withCommentary++;
            assertThat(all).as("commentary of " + r.id()).contains(PdfInspection.squash(r.commentary().text()));
        }
        assertThat(withCommentary).isGreaterThan(0);
        // the exception without commentary says so
        assertThat(all).contains("Commentary missing");
    }

    @Test
    void containsEveryRecommendationId() {
        assertThat(pack.recommendations()).isNotNull();
        String compact = PdfInspection.compact(all);
        for (RecommendationStatus s : pack.recommendations().items()) assertThat(compact).contains(s.id());
    }

    @Test
    void ragAndBragAreWrittenAsWords() {
        String helpAndProtection = PdfInspection.squash(pages.get(bookmarkPage("Help and protection") - 1));
        assertThat(helpAndProtection).contains("Red").contains("Amber").contains("Green").contains("No target");
        // the tracker's pages (landscape since issue 19: its first page holds the first few recommendations)
        String tracker = PdfInspection.squash(String.join(" ", pages.subList(bookmarkPage("Improvement plan tracker") - 1,
                bookmarkPage("Data quality") - 1)));
        assertThat(tracker).contains("Red: off track").contains("Amber: at risk").contains("Blue: complete");
    }

    @Test
    void numbersAreShownToTheIndicatorsDecimals() {
        // cpp_2years: 11 / 148 = 7.43% shows as 7.4 against target 4.0; care proceedings 40.2 weeks
        String area = PdfInspection.squash(pages.get(bookmarkPage("Help and protection") - 1));
        assertThat(area).contains("7.4").contains("4.0");
        assertThat(area).doesNotContain("7.43");
    }

    @Test
    void eachExceptionsPageCarriesItsSpcChartIconsAndSentence() throws Exception {
        org.boardpack.pack.view.PackView view = org.boardpack.pack.view.PackView.of(pack);
        for (PdfInspection.Bookmark k : find(PdfInspection.bookmarks(doc), "Exceptions").kids()) {
            org.boardpack.pack.view.IndicatorView r = view.exceptions().stream().filter(e -> e.name().equals(k.title()))
                    .findFirst().orElseThrow();
            String page = PdfInspection.squash(pages.get(k.page() - 1));
            // the icons' words (their text alternative) and the chart's one sentence, on the exception's own page
            assertThat(page).as(r.name()).contains("SPC: " + r.spc().variationText() + "; " + r.spc().assuranceText())
                    .contains(PdfInspection.squash(r.spc().sentence()));
            // and the chart itself: a drawn image (form XObject) on that page
            assertThat(doc.getPage(k.page() - 1).getResources().getXObjectNames()).as(r.name()).isNotEmpty();
        }
        // care proceedings: special cause of concern (high), an orange (E46C0A) circle drawn as a vector path in the
        // page's own content (the charts are form XObjects, so this colour on the page itself is the icon)
        PdfInspection.Bookmark care = find(find(PdfInspection.bookmarks(doc), "Exceptions").kids(), "Average duration of care proceedings");
        String stream = new String(doc.getPage(care.page() - 1).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(stream).contains("0.89412 0.42353 0.03922 rg");
    }

    @Test
    void topLevelBookmarksAreTheSectionsAndOpenOnTheirPages() throws Exception {
        List<PdfInspection.Bookmark> marks = PdfInspection.bookmarks(doc);
        List<String> expected = new ArrayList<>(List.of("Cover", "Contents", "Executive summary"));
        for (PackSection s : pack.sections()) expected.add(s.title());
        expected.addAll(List.of("Exceptions", "Improvement plan tracker", "Data quality",
                "Appendix: definitions"));
        assertThat(marks).extracting(PdfInspection.Bookmark::title).containsExactlyElementsOf(expected);
        assertThat(marks.get(0).page()).isEqualTo(1);
        for (PdfInspection.Bookmark m : marks) {
            assertThat(m.page()).as(m.title()).isPositive();
            if (!m.title().equals("Cover")) {
                assertThat(pages.get(m.page() - 1)).as("page " + m.page() + " starts " + m.title()).contains(m.title());
            }
        }
        // pages increase in reading order
        for (int i = 1; i < marks.size(); i++) assertThat(marks.get(i).page()).isGreaterThan(marks.get(i - 1).page());
        // each area has its trend-chart page; SPC and exceptions have one bookmark per exception
        for (int i = 0; i < pack.sections().size(); i++) {
            PdfInspection.Bookmark area = marks.get(3 + i);
            assertThat(area.kids()).extracting(PdfInspection.Bookmark::title)
                    .containsExactly("Trend charts: " + pack.sections().get(i).title());
            assertThat(area.kids().get(0).page()).isGreaterThan(area.page());
        }
        List<String> exceptionNames = pack.exceptions().stream().map(IndicatorResult::name).toList();
        assertThat(find(marks, "Exceptions").kids()).extracting(PdfInspection.Bookmark::title).containsExactlyElementsOf(exceptionNames);
        // an exception's bookmark opens on the page that shows it
        for (PdfInspection.Bookmark k : find(marks, "Exceptions").kids()) {
            assertThat(PdfInspection.squash(pages.get(k.page() - 1))).contains(k.title());
        }
    }

    @Test
    void contentsPageNumbersMatchTheBookmarks() throws Exception {
        String contents = pages.get(1);
        for (PdfInspection.Bookmark m : PdfInspection.bookmarks(doc)) {
            if (m.title().equals("Cover") || m.title().equals("Contents")) continue;
            Matcher entry = Pattern.compile(Pattern.quote(m.title()) + "\\s+(\\d+)").matcher(contents);
            assertThat(entry.find()).as("contents entry for " + m.title()).isTrue();
            assertThat(Integer.parseInt(entry.group(1))).as("contents page of " + m.title()).isEqualTo(m.page());
        }
    }

    @Test
    void eachContentsNumberIsThePageWhereThatHeadingIsPrinted() throws Exception {
        // the entries as printed on page 2, in order: "<title> <number>"
        List<String> titles = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Matcher line = Pattern.compile("(?m)^(\\S.*?\\S)\\s+(\\d+)\\s*$").matcher(pages.get(1));
        while (line.find()) {
            if (line.group(1).startsWith("Children's Services Improvement Board")) continue; // the footer
            titles.add(line.group(1));
            numbers.add(Integer.parseInt(line.group(2)));
        }
        // the sample: summary, 4 areas each with its trend charts, exceptions (each with its SPC chart), tracker,
        // data quality, appendix
        assertThat(titles).hasSize(1 + 4 * 2 + 4).startsWith("Executive summary").endsWith("Appendix: definitions");
        List<List<String>> headings = PdfInspection.headingLines(doc);
        int from = 3; // after the cover and the contents
        for (int i = 0; i < titles.size(); i++) {
            int printedOn = PdfInspection.pageWithHeading(headings, titles.get(i), from);
            assertThat(printedOn).as("page with the heading " + titles.get(i)).isPositive();
            assertThat(numbers.get(i)).as("contents number of " + titles.get(i)).isEqualTo(printedOn);
            from = printedOn;
        }
    }

    @Test
    void contentsEntriesLinkToTheirPagesAndThePrintFlagIsSet() throws Exception {
        List<Integer> targets = new ArrayList<>();
        for (var a : doc.getPage(1).getAnnotations()) {
            assertThat(a).isInstanceOf(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink.class);
            assertThat(a.isPrinted()).as("PDF/A: printable").isTrue();
            var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a;
            var action = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction();
            var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) action.getDestination();
            targets.add(doc.getPages().indexOf(dest.getPage()) + 1);
        }
        List<Integer> expected = new ArrayList<>();
        for (PackPlan.Part part : PackPlan.of(org.boardpack.pack.view.PackView.of(pack))) {
            if (!part.inContents()) continue;
            expected.add(part.level() == 0 ? bookmarkPage(part.title())
                    : find(find(PdfInspection.bookmarks(doc), titleOfParent(part)).kids(), part.title()).page());
        }
        assertThat(targets).containsExactlyElementsOf(expected);
    }

    private static String titleOfParent(PackPlan.Part child) {
        PackPlan.Part parent = null;
        for (PackPlan.Part p : PackPlan.of(org.boardpack.pack.view.PackView.of(pack))) {
            if (p.equals(child)) break;
            if (p.level() == 0) parent = p;
        }
        return parent.title();
    }

    @Test
    void executiveSummaryIsTwoPagesWhatChangedThenTheLists() throws Exception {
        assertThat(bookmarkPage(pack.sections().get(0).title())).isEqualTo(bookmarkPage("Executive summary") + 2);
        String changes = PdfInspection.squash(pages.get(bookmarkPage("Executive summary") - 1));
        assertThat(changes).contains("What changed since September 2026").contains("Act and watch")
                .contains("Closed since September 2026").contains("Biggest movers since last month");
        String summary = PdfInspection.squash(pages.get(bookmarkPage("Executive summary")));
        assertThat(summary).contains("RAG by area").contains("Exceptions (" + pack.exceptions().size() + ")")
                .contains("Recommendations by BRAG").contains("Data quality").doesNotContain("Biggest movers");
    }

    @Test
    void documentInformationAndViewerSettings() {
        PDDocumentInformation info = doc.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo("Children's Services Improvement Board: board pack, October 2026");
        assertThat(info.getAuthor()).isEqualTo("Bedford Borough Council");
        assertThat(info.getSubject()).contains("October 2026");
        assertThat(info.getKeywords()).contains("OFFICIAL-SENSITIVE").contains("2026-10");
        assertThat(info.getCreator()).isEqualTo("Board Pack Builder");
        // the pack's production time, not the moment of rendering
        assertThat(info.getCreationDate().toInstant())
                .isEqualTo(pack.producedAt().atZone(java.time.ZoneId.systemDefault()).toInstant());
        PDViewerPreferences prefs = doc.getDocumentCatalog().getViewerPreferences();
        assertThat(prefs).isNotNull();
        assertThat(prefs.displayDocTitle()).isTrue();
        assertThat(doc.getDocumentCatalog().getPageMode().stringValue()).isEqualTo("UseOutlines");
        assertThat(doc.getDocumentCatalog().getMetadata()).as("XMP metadata").isNotNull();
        assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
    }

    static int bookmarkPage(String title) {
        try {
            return find(PdfInspection.bookmarks(doc), title).page();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static PdfInspection.Bookmark find(List<PdfInspection.Bookmark> marks, String title) {
        return marks.stream().filter(m -> m.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no bookmark " + title));
    }
}
