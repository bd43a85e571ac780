package org.boardpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.indicators.Rag;
import org.boardpack.pack.PackStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table conventions on their own: the header repeats on every page, rows that fit a page are never split
 * (they move whole to the next page), a row taller than a page is split rather than lost, numbers are
 * right-aligned, and status cells carry their word.
 */
class PdfTablesTest {

    static final int ROWS = 60;
    static final int LINES_PER_ROW = 6;
    static final int TALL_ROW_LINES = 140;
    static List<PdfInspection.Word> words;
    static int pageCount;

    @BeforeAll
    static void render() throws Exception {
        PdfFonts fonts = new PdfFonts();
        Tables t = new Tables(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 54, 58);
        PdfWriter.getInstance(doc, out);
        doc.open();
        PdfPTable table = t.table(new float[]{20, 50, 15, 15}, "Row", "Text", "Figure", "RAG");
        String[] figures = {"7.4", "123.45", "0", "40.2 weeks", "1,234.5"};
        for (int r = 1; r <= ROWS; r++) {
            table.addCell(t.text("row" + r));
            StringBuilder lines = new StringBuilder();
            int n = r == 30 ? TALL_ROW_LINES : LINES_PER_ROW;
            for (int l = 1; l <= n; l++) lines.append(l == 1 ? "" : "\n").append("r").append(r).append("l").append(l);
            table.addCell(t.text(lines.toString()));
            table.addCell(t.number(figures[r % figures.length]));
            table.addCell(t.status(Rag.values()[r % 4].label(), StatusColours.of(org.boardpack.pack.view.StatusPalette.of(PackStyle.defaults()).of(Rag.values()[r % 4]))));
        }
        doc.add(table);
        doc.close();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            pageCount = pdf.getNumberOfPages();
            words = PdfInspection.words(pdf);
        }
    }

    @Test
    void theHeaderRowRepeatsOnEveryPage() {
        assertThat(pageCount).isGreaterThan(3);
        Set<Integer> headerPages = words.stream().filter(w -> w.text().equals("Figure")).map(PdfInspection.Word::page)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(headerPages).hasSize(pageCount);
    }

    @Test
    void rowsThatFitAPageAreNeverSplit() {
        for (int r = 1; r <= ROWS; r++) {
            if (r == 30) continue;
            String prefix = "r" + r + "l";
            Set<Integer> pages = words.stream().filter(w -> w.text().startsWith(prefix) && w.text().length() <= prefix.length() + 1)
                    .map(PdfInspection.Word::page).collect(Collectors.toSet());
            assertThat(pages).as("pages of row " + r).hasSize(1);
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitAndNothingIsLost() {
        Set<String> tall = words.stream().map(PdfInspection.Word::text).filter(s -> s.matches("r30l\\d+"))
                .collect(Collectors.toSet());
        assertThat(tall).hasSize(TALL_ROW_LINES);
        Set<Integer> pages = words.stream().filter(w -> w.text().matches("r30l\\d+")).map(PdfInspection.Word::page)
                .collect(Collectors.toSet());
        assertThat(pages).hasSizeGreaterThan(1);
        // every other row is there too
        for (int r = 1; r <= ROWS; r++) {
            String id = "row" + r;
            assertThat(words).extracting(PdfInspection.Word::text).contains(id);
        }
    }

    @Test
    void numbersAreRightAligned() {
        List<PdfInspection.Word> numbers = words.stream()
                .filter(w -> w.text().matches("7\\.4|123\\.45|0|40\\.2 weeks|1,234\\.5")).toList();
        assertThat(numbers).hasSizeGreaterThan(20);
        float right = numbers.get(0).right();
        for (PdfInspection.Word w : numbers) {
            assertThat(w.right()).as(w.text() + " right edge").isCloseTo(right, org.assertj.core.data.Offset.offset(0.6f));
        }
    }

    @Test
    void statusCellsCarryTheirWord() {
        assertThat(words).extracting(PdfInspection.Word::text).contains("Red", "Amber", "Green", "No target");
    }
}
