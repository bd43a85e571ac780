package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.excel.ExcelPackWriter;
import org.boardpack.html.HtmlPackWriter;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.pdf.PdfPackWriter;
import org.boardpack.support.Cli;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 7, read back as a reader's tool does (PDFBox text, POI cells, the HTML text): the sample's
 * abbreviations spelled out at their first use, worked by hand from the input files in the pack's reading order, and
 * a restatement whose shown figure did not change saying which counts did.
 */
class FirstUseEditionsTest {

    private static final Path INPUT = Path.of("input");
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path tmp;

    @Test
    void theSamplesAbbreviationsAreSpelledOutAtFirstUseInThePdfTheWorkbookAndTheHtml() throws Exception {
        PackModel pack = SamplePacks.build(INPUT, TEMPLATES, "improvement-board", java.time.YearMonth.of(2026, 10));
        String pdf = squash(pdfText(render(new PdfPackWriter(), pack)));
        String html = squash(htmlText(render(new HtmlPackWriter(), pack)));
        List<String> cells = cells(render(new ExcelPackWriter(), pack));

        // worked by hand, in reading order: the movers note (summary) is the first sentence with SPC; the first area's
        // scorecard note with RAG; its benchmarks note with DfE and LAIT; recommendation LSCB2017-01's text with LSCB;
        // JTAI2023-01's text with MASH (its id is a code, left alone); the definitions' BRAG sentence with BRAG
        List<String> firstUses = List.of(
                "(its statistical process control (SPC) mean moving range)",
                "Red, amber, green (RAG) is judged on the figure rated",
                "Bedford Borough Council's own figure in Department for Education's (DfE's) release.",
                "quartile band A is the best quarter of all local authorities (Local Authority Interactive Tool (LAIT) method)",
                "Blue, red, amber, green (BRAG) for recommendations: Red: off track; Amber: at risk");
        for (String s : firstUses) {
            assertThat(pdf).as("PDF: %s", s).containsOnlyOnce(squash(s));
            assertThat(html).as("HTML: %s", s).containsOnlyOnce(squash(s));
        }
        String lscb = "Ensure rigorous analysis of performance information received by the Local Safeguarding Children Board (LSCB) across the partnership, to inform impact evaluation.";
        String mash = "Improve the quality and timeliness of information-sharing between all professionals working with children and families, including in the Integrated Front Door when multi-agency safeguarding hub (MASH) checks are requested.";
        for (String s : List.of(lscb, mash)) {
            assertThat(pdf).as("PDF").containsOnlyOnce(squash(s));
            assertThat(html).as("HTML").containsOnlyOnce(squash(s));
            assertThat(cells).as("workbook").contains(s);
        }
        // the next recommendation's LSCB is a later use: left as written
        String later = "Ensure action plans arising from multi-agency audits are monitored, so the LSCB understands their effectiveness and impact on practice.";
        assertThat(cells).contains(later);
        assertThat(pdf).contains(squash(later));
        // spelled once only, and never inside a code: the ids stay as they are
        assertThat(pdf).doesNotContain(squash("Local Safeguarding Children Board (LSCB) understands"))
                .contains("JTAI2023-01").contains("LSCB2017-01");
        assertThat(cells).contains("JTAI2023-01", "LSCB2017-01");
        // the owner wrote "(ICB)" after the words it stands for: left as written, nothing added
        assertThat(cells).contains("Designated Nurse for Children Looked After (ICB)");
        assertThat(pdf).doesNotContain(squash("integrated care board (ICB)"));
        // the workbook's cover carries the same sentences and the glossary
        assertThat(cells).contains("Blue, red, amber, green (BRAG) for recommendations: Red: off track; Amber: at risk; "
                        + "Green: on track; Blue: complete; Grey: not started. A recommendation is overdue when it is not complete "
                        + "and its due date is before the end of the month; stale when it is not complete and was not updated "
                        + "for more than the stale threshold; flagged for a check when it is reported on track or complete but "
                        + "every linked indicator is Red or worsening.")
                .contains("MASH", "JTAI", "LSCB", "SN", "ICB", "Statistical neighbours: the 10 councils most like this one in DfE's model");
        // and the glossary is in the PDF and the HTML
        for (String g : List.of("MASH Multi-agency safeguarding hub", "JTAI Joint targeted area inspection", "SN Statistical neighbours")) {
            assertThat(pdf).contains(squash(g));
            assertThat(html).contains(squash(g));
        }
    }

    @Test
    void aRestatementThatKeepsTheShownFigureSaysWhichCountsChanged() throws Exception {
        Path input = tmp.resolve("input");
        Cli.copyTree(INPUT, input);
        // July's assessments within 45 days: 202 of 237 (85.23%, shown 85.2%) in July's file; October's file restates it
        // as 208 of 244 (85.25%, shown 85.2%): the figure shown is the same, the counts are not
        Path july = input.resolve("scorecards/2026-07.csv");
        String text = Files.readString(july).replace("assessments_45days,2026-07,153,170,90.0,\n", "assessments_45days,2026-07,202,237,85.2,\n");
        assertThat(text).contains("202,237");
        Files.writeString(july, text);
        Path october = input.resolve("scorecards/2026-10.csv");
        Files.writeString(october, Files.readString(october) + "assessments_45days,2026-07,208,244,85.2,\n");
        PackModel pack = SamplePacks.build(input, TEMPLATES, "improvement-board", java.time.YearMonth.of(2026, 10));

        String expected = "85.2% both times: 202 of 237 became 208 of 244";
        RestatementView r = PackView.of(pack).restatements().stream()
                .filter(s -> s.indicatorId().equals("assessments_45days") && s.period().equals(java.time.YearMonth.of(2026, 7))).findFirst().orElseThrow();
        assertThat(r.note()).isEqualTo(expected);
        assertThat(r.was().withUnit()).isEqualTo("85.2%");
        assertThat(r.now().withUnit()).isEqualTo("85.2%");
        assertThat(squash(pdfText(render(new PdfPackWriter(), pack)))).contains(squash(expected));
        assertThat(squash(htmlText(render(new HtmlPackWriter(), pack)))).contains(squash(expected));
        assertThat(String.join("\n", cells(render(new ExcelPackWriter(), pack)))).contains(expected + ".");
        // a restatement whose shown figure changed is shown as before, with no note
        assertThat(PackView.of(pack).restatements().stream().filter(s -> s.period().equals(java.time.YearMonth.of(2026, 9))
                && s.indicatorId().equals("assessments_45days") && s.team().equals(Wording.WHOLE_AUTHORITY)).findFirst().orElseThrow().note()).isEmpty();
    }

    @Test
    void theHtmlSummaryShowsTheMoversWhereThePdfDoes() throws Exception {
        PackModel pack = SamplePacks.build(INPUT, TEMPLATES, "improvement-board", java.time.YearMonth.of(2026, 10));
        // the PDF's summary: its first page is what changed, act and watch, and the movers; then RAG by area,
        // the exceptions, the recommendations and data quality
        List<String> parts = List.of("What changed since September 2026", "Act and watch", "Biggest movers since last month",
                "RAG by area", "Exceptions (8)", "Recommendations by BRAG", "Data quality");
        List<String> pages = new ArrayList<>();
        try (var doc = Loader.loadPDF(render(new PdfPackWriter(), pack))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        int summary = -1;
        for (int p = 0; p < pages.size() && summary < 0; p++) if (pages.get(p).contains("What changed since September 2026")) summary = p;
        String pdfSummary = pages.get(summary) + pages.get(summary + 1);
        String html = htmlText(render(new HtmlPackWriter(), pack));
        String htmlSummary = html.substring(html.indexOf("What changed since September 2026"));
        int lastPdf = -1;
        int lastHtml = -1;
        for (String part : parts) {
            int atPdf = pdfSummary.indexOf(part);
            int atHtml = htmlSummary.indexOf(part);
            assertThat(atPdf).as("PDF: %s after the part before it", part).isGreaterThan(lastPdf);
            assertThat(atHtml).as("HTML: %s after the part before it", part).isGreaterThan(lastHtml);
            lastPdf = atPdf;
            lastHtml = atHtml;
        }
        // and the movers in the same order: the view's ranking, biggest first (Agency social workers first)
        assertThat(htmlSummary.indexOf("Agency social workers", htmlSummary.indexOf("Biggest movers since last month")))
                .isLessThan(htmlSummary.indexOf("Children looked after visited within timescale", htmlSummary.indexOf("Biggest movers since last month")));
    }

    static byte[] render(PackWriter writer, PackModel pack) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(pack, out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The HTML's text as a browser shows it: tags dropped, entities read. */
    static String htmlText(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8).replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]+>", " ");
        Matcher m = Pattern.compile("&(#?\\w+);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos", "#39" -> "'";
                default -> e.startsWith("#x") ? Character.toString(Integer.parseInt(e.substring(2), 16))
                        : e.startsWith("#") ? Character.toString(Integer.parseInt(e.substring(1))) : m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }

    static List<String> cells(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) for (Row r : s) for (Cell c : r) if (c.getCellType() == CellType.STRING) out.add(c.getStringCellValue());
        }
        return out;
    }

    /** Without white space, so a line broken anywhere in the PDF still matches. */
    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
