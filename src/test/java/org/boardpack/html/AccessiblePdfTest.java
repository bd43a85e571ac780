package org.boardpack.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boardpack.excel.SamplePack;
import org.boardpack.pack.view.ChartMessage;
import org.boardpack.pack.view.PackView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The sample's accessible PDF, rendered from its HTML edition, read back with veraPDF (PDF/UA-1) and PDFBox. */
class AccessiblePdfTest {

    static byte[] pdf;
    static PackView view;

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        new AccessiblePdfWriter().write(SamplePack.sample(), out);
        pdf = out.toByteArray();
        System.out.printf("accessible PDF of the sample: %d bytes in %d ms%n", pdf.length, (System.nanoTime() - start) / 1_000_000);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/sample-accessible.pdf"), pdf);
        view = PackView.of(SamplePack.sample());
    }

    @Test
    void passesVeraPdfsPdfUa1Profile() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED && failures.size() < 40) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext());
                }
            }
            assertThat(failures).as("veraPDF PDF/UA-1 failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void isTaggedInEnglishWithItsTitleAndEmbeddedFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Children's Services Improvement Board: board pack, October 2026");
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(view.marking()).contains("Executive summary").contains("Appendix: definitions");
        }
    }

    @Test
    void eachChartIsAFigureWhoseAlternativeTextIsItsMessage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
            // every chart, and every Making Data Count icon (scorecard, exceptions, definitions) with its label
            long icons = view.indicators().stream().filter(r -> r.spc().variationIcon() != null).count()
                    + view.exceptions().stream().mapToLong(r -> (r.spc().variationIcon() != null ? 1 : 0)
                    + (r.spc().assuranceIcon() != null ? 1 : 0)).sum() + org.boardpack.pack.view.MdcIcon.values().length;
            assertThat(alts).hasSize((int) (view.indicators().size() + view.exceptions().size() + icons));
            assertThat(alts).contains(org.boardpack.pack.view.MdcIcon.COMMON_CAUSE.label());
            assertThat(alts).anyMatch(a -> a.contains(ChartMessage.trend(view.indicators().get(0))));
            assertThat(alts).anyMatch(a -> a.contains(ChartMessage.spc(view.exceptions().get(0))));
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) alts.add(e.getAlternateDescription() == null ? "" : e.getAlternateDescription());
                collectFigures(e, alts);
            }
        }
    }
}
