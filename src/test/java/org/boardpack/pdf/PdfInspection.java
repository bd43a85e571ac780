package org.boardpack.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads a generated PDF back the way a user's tools would: veraPDF, and PDFBox for text, fonts and bookmarks. */
final class PdfInspection {

    private static boolean veraReady;

    private PdfInspection() {
    }

    /** The result of veraPDF's PDF/A-1b validation, with the failed rules listed for the assertion message. */
    record Validation(boolean compliant, List<String> failures) {
    }

    static synchronized Validation validatePdfA1b(byte[] pdf) throws Exception {
        if (!veraReady) {
            VeraGreenfieldFoundryProvider.initialise();
            veraReady = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext());
                }
            }
            return new Validation(result.isCompliant(), failures);
        }
    }

    /** The text of each page, in order (index 0 is page 1). */
    static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    /** The text in a horizontal band of a page, {@code top} and {@code height} in points from the top edge. */
    static String band(PDDocument doc, int pageIndex, float top, float height) throws IOException {
        org.apache.pdfbox.text.PDFTextStripperByArea area = new org.apache.pdfbox.text.PDFTextStripperByArea();
        area.setSortByPosition(true);
        PDPage page = doc.getPage(pageIndex);
        area.addRegion("band", new java.awt.geom.Rectangle2D.Float(0, top, page.getMediaBox().getWidth(), height));
        area.extractRegions(page);
        return area.getTextForRegion("band");
    }

    /** A word on a page with its horizontal extent and baseline (points; y from the top of the page). */
    record Word(String text, int page, float left, float right, float y) {
    }

    /** Every word of the document with its position, in reading order per page. */
    static List<Word> words(PDDocument doc) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
                if (!positions.isEmpty() && !text.isBlank()) {
                    org.apache.pdfbox.text.TextPosition first = positions.get(0);
                    org.apache.pdfbox.text.TextPosition last = positions.get(positions.size() - 1);
                    words.add(new Word(text.strip(), getCurrentPageNo(), first.getXDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return words;
    }

    /** The text with all whitespace removed: for ids a narrow column may wrap at a hyphen. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Whitespace (line breaks from wrapping included) collapsed to single spaces. */
    static String squash(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** A font found anywhere in the document (pages and the forms they draw: charts, page totals). */
    record FontUse(String name, boolean embedded, String type) {
    }

    static Set<FontUse> fonts(PDDocument doc) throws IOException {
        Set<FontUse> fonts = new TreeSet<>((a, b) -> (a.name() + a.embedded() + a.type()).compareTo(b.name() + b.embedded() + b.type()));
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) collectFonts(page.getResources(), fonts, seen);
        return fonts;
    }

    private static void collectFonts(PDResources res, Set<FontUse> fonts, Map<Object, Boolean> seen) throws IOException {
        if (res == null || seen.put(res.getCOSObject(), true) != null) return;
        for (COSName name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            boolean embedded = font.isEmbedded();
            if (font instanceof PDType0Font t0) embedded = t0.getDescendantFont().isEmbedded();
            fonts.add(new FontUse(font.getName(), embedded, font.getClass().getSimpleName()));
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) collectFonts(form.getResources(), fonts, seen);
        }
    }

    /** How many raster images the document draws (charts must be vectors: forms, not images). */
    static int imageCount(PDDocument doc) throws IOException {
        int[] count = {0};
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) countImages(page.getResources(), count, seen);
        return count[0];
    }

    private static void countImages(PDResources res, int[] count, Map<Object, Boolean> seen) throws IOException {
        if (res == null || seen.put(res.getCOSObject(), true) != null) return;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) count[0]++;
            if (x instanceof PDFormXObject form) countImages(form.getResources(), count, seen);
        }
    }

    /** A bookmark with the (1-based) page it opens and its children. */
    record Bookmark(String title, int page, List<Bookmark> kids) {
    }

    static List<Bookmark> bookmarks(PDDocument doc) throws IOException {
        PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
        List<Bookmark> list = new ArrayList<>();
        if (outline == null) return list;
        for (PDOutlineItem item : outline.children()) list.add(bookmark(doc, item));
        return list;
    }

    private static Bookmark bookmark(PDDocument doc, PDOutlineItem item) throws IOException {
        List<Bookmark> kids = new ArrayList<>();
        for (PDOutlineItem kid : item.children()) kids.add(bookmark(doc, kid));
        PDPage page = item.findDestinationPage(doc);
        return new Bookmark(item.getTitle(), page == null ? -1 : doc.getPages().indexOf(page) + 1, kids);
    }

    /**
     * The headings of each page as a reader sees them: the lines of text set at 12.5 pt or larger (the pack's section
     * and part headings are 16 and 13 pt; body text, the contents entries, the marking and the footer are 11 pt or
     * smaller). Index 0 is page 1.
     */
    static List<List<String>> headingLines(PDDocument doc) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            List<String> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (!positions.isEmpty() && positions.get(0).getFontSizeInPt() >= 12.5f) lines.add(text.strip());
                }
            };
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            stripper.getText(doc);
            pages.add(lines);
        }
        return pages;
    }

    /** The first page (1-based) at or after {@code from} with a heading line equal to {@code title}, or -1. */
    static int pageWithHeading(List<List<String>> headings, String title, int from) {
        for (int p = from; p <= headings.size(); p++) if (headings.get(p - 1).contains(title)) return p;
        return -1;
    }
}
