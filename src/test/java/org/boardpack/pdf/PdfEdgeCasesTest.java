package org.boardpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Figure;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.input.BoardDefinition;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.HeldFigure;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.Test;

/**
 * A thin pack still renders a complete, valid document: an area with no indicators, an indicator with no figures,
 * no targets, no exceptions, no recommendations (no tracker section), no style.
 */
class PdfEdgeCasesTest {

    @Test
    void aThinPackRendersEverySectionWithItsExplanation() throws Exception {
        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        catalogue.put("none", new Indicator("none", "Indicator with no figures", "Area", Unit.PERCENT, Polarity.HIGHER, 1,
                "", "", "", Aggregation.SNAPSHOT));
        catalogue.put("few", new Indicator("few", "Indicator with five months", "Area", Unit.NUMBER, Polarity.NONE, 0,
                "Counted at month end.", "Test", "", Aggregation.SNAPSHOT));
        List<HeldFigure> held = new ArrayList<>();
        YearMonth period = YearMonth.of(2026, 10);
        for (int m = 0; m < 5; m++) {
            YearMonth month = period.minusMonths(4 - m);
            held.add(new HeldFigure(new Figure("few", month, "", null, null, 10 + m), "scorecards/" + month + ".csv", 2,
                    month, m + 1));
        }
        BoardDefinition board = new BoardDefinition("thin", "Thin Board", "", List.of(
                new BoardDefinition.Section("Empty area", List.of("not_in_catalogue")),
                new BoardDefinition.Section("Area", List.of("none", "few"))));
        PackModel pack = new PackBuilder(catalogue, List.of(), new CurrentFigures(held))
                .build(board, "Test Council", period, 1, PdfTestPacks.PRODUCED, List.of());
        assertThat(pack.recommendations()).isNull();
        assertThat(pack.exceptions()).isEmpty();

        byte[] pdf = new PdfPackWriter().render(pack);
        PdfInspection.Validation v = PdfInspection.validatePdfA1b(pdf);
        assertThat(v.failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(PdfInspection.bookmarks(doc)).extracting(PdfInspection.Bookmark::title).containsExactly("Cover",
                    "Contents", "Executive summary", "Empty area", "Area", "Exceptions",
                    "Data quality", "Appendix: definitions");
            String all = PdfInspection.squash(String.join(" ", PdfInspection.pageTexts(doc)));
            assertThat(all).contains("This area has no indicators")
                    .contains("0 exceptions this month").contains("No recommendations were supplied for this board")
                    .contains("No figure for 2026-10").contains("Page 1 of " + doc.getNumberOfPages());
        }
    }
}
