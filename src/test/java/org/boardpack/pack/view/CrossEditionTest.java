package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.csv.ResultsCsvWriter;
import org.boardpack.excel.ExcelPackWriter;
import org.boardpack.input.Problems;
import org.boardpack.mail.BoardMember;
import org.boardpack.mail.ComposedMessage;
import org.boardpack.mail.EmlFileTransport;
import org.boardpack.mail.MailComposer;
import org.boardpack.mail.MailSettings;
import org.boardpack.mail.MailTemplate;
import org.boardpack.mail.PackDigest;
import org.boardpack.mail.PackFiles;
import org.boardpack.mail.PackFormat;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pdf.PdfPackWriter;
import org.boardpack.csv.RecommendationsCsvPackWriter;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One truth in every edition: the sample pack's workbook (read with POI, as Excel shows its cells), PDF (PDFBox
 * text extraction), results.csv and the composed email state the same movers, the same exceptions in the same
 * order, and for each indicator the same displayed figure, rated figure, target, RAG, direction and benchmark gaps.
 * results.csv is the reference each other edition is read against; the expected texts are built here from it.
 */
class CrossEditionTest {

    static final String BOARD = "improvement-board";
    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    @TempDir
    static Path dir;

    static PackModel pack;
    static List<CSVRecord> csv;
    static XSSFWorkbook wb;
    static String pdfText;
    static List<String> pdfExceptionBookmarks = new ArrayList<>();
    static List<CSVRecord> recommendationsCsv;
    /** The email as the member's mail client shows it: read back from the .eml file the job writes. */
    static String email;
    static String emailHtml;
    static Map<String, byte[]> emailAttachments = new HashMap<>();
    static byte[] pdfBytes;

    @BeforeAll
    static void buildEveryEdition() throws Exception {
        pack = SamplePacks.build(Path.of("input"), Path.of("templates"), BOARD, PERIOD);
        OutputLayout layout = new OutputLayout(dir.resolve("output"), BOARD, PERIOD, 1);
        Files.createDirectories(layout.folder());
        write(new ResultsCsvWriter(), layout.resultsCsv());
        write(new ExcelPackWriter(), layout.excelPack());
        write(new PdfPackWriter(), layout.pdfPack());
        write(new RecommendationsCsvPackWriter(), layout.recommendationsCsv());

        try (var reader = new InputStreamReader(Files.newInputStream(layout.resultsCsv()), StandardCharsets.UTF_8)) {
            csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        try (var reader = new InputStreamReader(Files.newInputStream(layout.recommendationsCsv()), StandardCharsets.UTF_8)) {
            reader.read(); // the byte-order mark
            recommendationsCsv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        pdfBytes = Files.readAllBytes(layout.pdfPack());
        wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(layout.excelPack())));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(layout.pdfPack()))) {
            pdfText = new PDFTextStripper().getText(doc);
            for (PDOutlineItem section : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (section.getTitle().equals("Exceptions")) {
                    for (PDOutlineItem kid : section.children()) pdfExceptionBookmarks.add(kid.getTitle());
                }
            }
        }
        Problems problems = new Problems();
        MailTemplate template = MailTemplate.load(Path.of("templates"), BOARD, problems);
        BoardMember member = new BoardMember("Dr Helen Marsh", "helen.marsh@bedford.example.org", "Independent chair",
                List.of(BOARD), EnumSet.of(PackFormat.PDF), "board-members.csv", 2);
        MailComposer composer = new MailComposer(new MailSettings());
        ComposedMessage m = composer.compose(pack, PackDigest.of(pack), member, template,
                PackFiles.load(layout, EnumSet.of(PackFormat.PDF)), composer.messageId(pack, member));
        EmlFileTransport files = new EmlFileTransport(layout);
        files.send(m.toMimeMessage(files.session(), new java.util.Date()), m, new org.boardpack.mail.MailTransport.Handover() {
            @Override
            public void beforeData() {
            }

            @Override
            public boolean stopRequested() {
                return false;
            }
        });
        Path eml = EmlFileTransport.fileFor(layout, member.email());
        Files.createDirectories(Path.of("target"));
        Files.copy(eml, Path.of("target/cross-edition-email.eml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING); // for a look by eye
        try (var in = Files.newInputStream(eml)) {
            readPart(new MimeMessage(Session.getInstance(new Properties()), in));
        }
    }

    /** The text and HTML bodies and the attachments, as a mail client decodes them. */
    private static void readPart(Part part) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            emailAttachments.put(part.getFileName(), part.getInputStream().readAllBytes());
        } else if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                readPart(b);
            }
        } else if (part.isMimeType("text/plain")) {
            email = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("text/html")) {
            emailHtml = ((String) part.getContent()).replace("\r\n", "\n");
        }
    }

    private static void write(org.boardpack.pack.PackWriter writer, Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(pack, out);
        Files.write(file, out.toByteArray());
    }

    @Test
    void everyIndicatorStatesTheSameFiguresInTheWorkbookThePdfAndResultsCsv() {
        assertThat(csv).hasSize(22);
        Map<String, Map<String, String>> scorecard = sheetRows(wb.getSheet("Scorecard"), "Indicator id");
        String compactPdf = compact(pdfText);
        for (CSVRecord r : csv) {
            String id = r.get("indicator_id");
            Map<String, String> row = scorecard.get(id);
            assertThat(row).as(id).isNotNull();
            int d = decimalsOf(r);
            // the workbook's cells read as the CSV's figures (with thousands separators)
            assertCoded(row.get("Value"), shown(r.get("value"), d), id + " value");
            assertCoded(row.get("Figure rated"), shown(r.get("rated_value"), d), id + " rated");
            assertCoded(row.get("Target"), shown(r.get("target"), d), id + " target");
            assertThat(row.get("RAG")).as(id + " RAG").isEqualTo(r.get("rag"));
            assertThat(row.get("Direction (month)")).as(id + " direction").isEqualTo(r.get("direction_month"));
            assertCoded(row.get("Gap to neighbours"), shown(r.get("gap_sn"), d), id + " gap to neighbours");
            assertCoded(row.get("Gap to England"), shown(r.get("gap_england"), d), id + " gap to England");
            assertThat(row.get("Headline")).as(id + " headline").isEqualTo(headline(r));
            // the PDF's line for the indicator under its trend chart says the same
            assertThat(compactPdf).as(id + " in the PDF").contains(compact(pdfSummary(r)));
        }
    }

    @Test
    void theExceptionsAreTheSameInTheSameOrderInEveryEdition() {
        // act first, then watch, each in pack order
        List<CSVRecord> exceptions = new ArrayList<>(csv.stream().filter(r -> r.get("exception_list").equals("Act")).toList());
        exceptions.addAll(csv.stream().filter(r -> r.get("exception_list").equals("Watch")).toList());
        assertThat(exceptions).hasSize((int) csv.stream().filter(r -> !r.get("exception_reason").isEmpty()).count());
        assertThat(exceptions).isNotEmpty();
        List<String> names = exceptions.stream().map(r -> r.get("name")).toList();
        List<String> ids = exceptions.stream().map(r -> r.get("indicator_id")).toList();

        assertThat(column(wb.getSheet("Exceptions"), "Indicator id")).containsExactlyElementsOf(ids);
        assertThat(column(wb.getSheet("Exceptions"), "Exception reason"))
                .containsExactlyElementsOf(exceptions.stream().map(r -> r.get("exception_reason")).toList());
        assertThat(pdfExceptionBookmarks).containsExactlyElementsOf(names);

        // the email lists each exception with its rated figure, RAG, target and reasons, in the same order, in its
        // text and in its HTML
        List<String> lines = new ArrayList<>();
        for (CSVRecord r : exceptions) {
            int d = decimalsOf(r);
            lines.add(r.get("name") + ": " + headline(r)
                    + (r.get("target").isEmpty() ? "" : "; target " + withUnit(r.get("target"), d, r.get("unit")))
                    + " (" + r.get("exception_reason") + ")" + "; " + r.get("exception_list").toLowerCase(Locale.UK) + ", " + r.get("exception_status")
                    + (r.get("commentary_missing").equals("Yes") ? " - commentary missing" : ""));
        }
        assertThat(textList(email, "Exceptions (")).containsExactlyElementsOf(lines);
        assertThat(htmlList(emailHtml, "Exceptions (" + exceptions.size() + ")")).containsExactlyElementsOf(lines);
    }

    @Test
    void theBiggestMoversAreTheSameRankingInEveryEdition() {
        List<CSVRecord> ranked = new ArrayList<>(csv.stream().filter(r -> !r.get("mover_rank").isEmpty()).toList());
        ranked.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.get("mover_rank"))));
        assertThat(ranked).hasSize(PackView.MOVERS);
        List<String> names = ranked.stream().map(r -> r.get("name")).toList();

        List<String> workbook = new ArrayList<>();
        XSSFSheet summary = wb.getSheet("Summary");
        for (Map<String, String> row : rows(summary)) {
            if (row.get("Part").equals("Biggest movers")) workbook.add(row.get("Item"));
        }
        assertThat(workbook).containsExactlyElementsOf(names);

        // the PDF summary's movers table, in order, between its heading and the next heading (paragraphs such as
        // its note come earlier in the page's text)
        String pdf = compact(pdfText);
        int from = pdf.indexOf(compact("Biggest movers since last month"));
        assertThat(from).isNotNegative();
        int to = pdf.indexOf(compact("Data quality"), from);
        assertThat(to).isGreaterThan(from);
        String table = pdf.substring(from, to);
        int at = 0;
        for (String name : names) {
            int next = table.indexOf(compact(name), at);
            assertThat(next).as(name + " in the PDF's movers, in order").isGreaterThanOrEqualTo(at);
            at = next + name.length();
        }
        // the PDF's table and the workbook's rows give each mover's change; the email's line states the same figures
        List<String> workbookChanges = new ArrayList<>();
        for (Map<String, String> row : rows(summary)) {
            if (row.get("Part").equals("Biggest movers")) workbookChanges.add(row.get("Count or figure"));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CSVRecord r = ranked.get(i);
            int d = decimalsOf(r);
            String change = shown(new BigDecimal(r.get("value")).subtract(new BigDecimal(r.get("previous_value"))).toPlainString(), d);
            assertThat(workbookChanges.get(i)).as(r.get("name") + " change in the workbook").isEqualTo(change);
            String lastMonth = withUnit(r.get("previous_value"), d, r.get("unit"));
            String thisMonth = withUnit(r.get("value"), d, r.get("unit"));
            assertThat(table).as(r.get("name") + " row in the PDF").contains(compact(lastMonth + thisMonth + change + r.get("direction_month")));
            lines.add(r.get("name") + ": from " + lastMonth + " to " + thisMonth + " (change " + change + "), " + r.get("direction_month"));
        }
        assertThat(textList(email, "Biggest movers since last month")).containsExactlyElementsOf(lines);
        assertThat(htmlList(emailHtml, "Biggest movers since last month (" + PackView.MOVERS + ")")).containsExactlyElementsOf(lines);

        // ranked by the change against the usual variation: the model's mean moving range, worked here
        List<Double> scores = new ArrayList<>();
        for (CSVRecord r : ranked) {
            var result = pack.indicators().filter(i -> i.id().equals(r.get("indicator_id"))).findFirst().orElseThrow();
            double change = new BigDecimal(r.get("value")).subtract(new BigDecimal(r.get("previous_value"))).abs().doubleValue();
            scores.add(change / result.spc().meanMovingRange());
        }
        for (int i = 1; i < scores.size(); i++) assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
    }

    @Test
    void theChangeSinceLastMonthIsTheSameInEveryEdition() {
        Map<String, Map<String, String>> scorecard = sheetRows(wb.getSheet("Scorecard"), "Indicator id");
        Map<String, Map<String, String>> exceptionRows = sheetRows(wb.getSheet("Exceptions"), "Indicator id");
        for (CSVRecord r : csv) {
            String id = r.get("indicator_id");
            Map<String, String> row = scorecard.get(id);
            // an empty cell in the workbook is coded: [x] not available (no figure last month), [z] does not apply
            assertThat(row.get("Previous month's RAG")).as(id).isEqualTo(orCode(r.get("previous_rag"), "[x]"));
            assertThat(row.get("Exception list")).as(id).isEqualTo(orCode(r.get("exception_list"), "[z]"));
            assertThat(row.get("Exception since last month")).as(id).isEqualTo(orCode(r.get("exception_status"), "[z]"));
            assertThat(row.get("Small numbers")).as(id).isEqualTo(r.get("small_numbers").equals("Yes") ? IndicatorView.SMALL_NUMBERS : "[z]");
            if (!r.get("exception_list").isEmpty()) {
                assertThat(exceptionRows.get(id).get("List")).isEqualTo(r.get("exception_list"));
                assertThat(exceptionRows.get(id).get("Since last month")).isEqualTo(r.get("exception_status"));
            }
        }
        // the sample: initial health assessments Amber to Red, with 7 of 12 this month
        CSVRecord iha = csv.stream().filter(r -> r.get("indicator_id").equals("cla_initial_health_20days")).findFirst().orElseThrow();
        assertThat(iha.get("previous_rag")).isEqualTo("Amber");
        assertThat(iha.get("rag")).isEqualTo("Red");
        assertThat(iha.get("exception_list")).isEqualTo("Act");
        assertThat(iha.get("exception_status")).isEqualTo("continuing");
        assertThat(iha.get("small_numbers")).isEqualTo("Yes");
        assertThat(iha.get("rated_numerator") + " of " + iha.get("rated_denominator")).isEqualTo("60 of 78");
        assertThat(scorecard.get("cla_initial_health_20days").get("Value and counts"))
                .isEqualTo("58.3% (7 of 12), small numbers: read with care");

        // closed exceptions: "closed" in results.csv, a row each on the Summary sheet, once in the PDF summary and the email
        List<String> closed = csv.stream().filter(r -> r.get("exception_status").equals("closed")).map(r -> r.get("name")).toList();
        assertThat(closed).hasSize(3);
        List<String> workbookClosed = rows(wb.getSheet("Summary")).stream().filter(x -> x.get("Part").equals("Closed exceptions"))
                .map(x -> x.get("Item")).toList();
        assertThat(workbookClosed).containsExactlyElementsOf(closed);
        String pdf = compact(pdfText);
        int closedAt = pdf.indexOf(compact("Closed since September 2026"));
        assertThat(closedAt).isNotNegative();
        for (String name : closed) {
            assertThat(pdf.indexOf(compact(name), closedAt)).as(name + " closed in the PDF").isGreaterThan(closedAt);
            assertThat(email).contains("  - " + name + ": Green (was Amber)");
        }

        // the headline sentences open the summary in the workbook, the PDF and the email, in the same order
        List<String> headlines = PackView.of(pack).headlines();
        assertThat(headlines).hasSizeBetween(3, 6);
        List<String> workbookHeadlines = rows(wb.getSheet("Summary")).stream().filter(x -> x.get("Part").equals("What changed"))
                .map(x -> x.get("Detail")).toList();
        assertThat(workbookHeadlines).containsExactlyElementsOf(headlines);
        // (the summary's headings come after its paragraphs in the page's text: start after the contents page)
        int at = pdf.indexOf(compact("Executive summary"), pdf.indexOf(compact("Appendix: definitions")));
        int mailAt = email.indexOf("What changed since last month");
        assertThat(at).isNotNegative();
        assertThat(mailAt).isNotNegative();
        for (String h : headlines) {
            int next = pdf.indexOf(compact(h), at);
            assertThat(next).as("PDF: " + h).isGreaterThan(at);
            at = next;
            int mailNext = email.indexOf("  - " + h, mailAt);
            assertThat(mailNext).as("email: " + h).isGreaterThan(mailAt);
            mailAt = mailNext;
        }

        // the movers left out for small numbers: marked in results.csv, listed on the Summary sheet and in the PDF
        List<String> excluded = csv.stream().filter(r -> r.get("mover_excluded").equals("small numbers")).map(r -> r.get("name")).toList();
        assertThat(excluded).hasSize(3).allSatisfy(n -> assertThat(csv.stream().filter(r -> r.get("name").equals(n))
                .findFirst().orElseThrow().get("mover_rank")).isEmpty());
        assertThat(rows(wb.getSheet("Summary")).stream().filter(x -> x.get("Part").equals("Movers left out")).map(x -> x.get("Item")))
                .containsExactlyElementsOf(excluded);
        int excludedAt = pdf.indexOf(compact("Left out for small numbers"));
        assertThat(excludedAt).isNotNegative();
        for (String name : excluded) assertThat(pdf.indexOf(compact(name), excludedAt)).isGreaterThan(excludedAt);
    }

    @Test
    void theEmailsCountsOverdueRecommendationsAndAttachmentAreThoseOfThePack() {
        // RAG counts: counted here from results.csv, and the workbook's "All areas" rows say the same
        Map<String, Long> byRag = new HashMap<>();
        for (CSVRecord r : csv) byRag.merge(r.get("rag"), 1L, Long::sum);
        Map<String, String> allAreas = new HashMap<>();
        for (Map<String, String> row : rows(wb.getSheet("Summary"))) {
            if (row.get("Part").equals("RAG by area") && row.get("Item").equals("All areas")) {
                allAreas.put(row.get("Status"), row.get("Count or figure"));
            }
        }
        long red = byRag.getOrDefault("Red", 0L), amber = byRag.getOrDefault("Amber", 0L);
        long green = byRag.getOrDefault("Green", 0L), none = byRag.getOrDefault("No target", 0L);
        assertThat(red + amber + green + none).isEqualTo(csv.size());
        assertThat(allAreas).containsEntry("Red", String.valueOf(red)).containsEntry("Amber", String.valueOf(amber))
                .containsEntry("Green", String.valueOf(green)).containsEntry("No target", String.valueOf(none));
        assertThat(email).contains("Scorecard this month (" + csv.size() + " indicators):\n  Red: " + red + "   Amber: "
                + amber + "   Green: " + green + "   No target: " + none + "\n");
        for (var e : Map.of("Red", red, "Amber", amber, "Green", green, "No target", none).entrySet()) {
            assertThat(emailHtml).contains("<th scope=\"row\" style=\"text-align: left; padding: 2px 12px 2px 0;\">"
                    + e.getKey() + "</th><td style=\"text-align: right;\">" + e.getValue() + "</td>");
        }

        // overdue recommendations: as recommendations.csv and the workbook's summary have them
        java.time.format.DateTimeFormatter due = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        List<CSVRecord> overdue = recommendationsCsv.stream().filter(r -> r.get("overdue").equals("Yes")).toList();
        assertThat(overdue).isNotEmpty();
        List<String> lines = overdue.stream().map(r -> r.get("id") + " " + r.get("theme") + ": due "
                + due.format(java.time.LocalDate.parse(r.get("due_date"))) + ", " + r.get("days_overdue")
                + (r.get("days_overdue").equals("1") ? " day" : " days") + " overdue (" + r.get("owner") + ")").toList();
        assertThat(textList(email, "Overdue improvement plan recommendations")).containsExactlyElementsOf(lines);
        assertThat(htmlList(emailHtml, "Overdue improvement plan recommendations (" + overdue.size() + ")"))
                .containsExactlyElementsOf(lines);
        String workbookOverdue = rows(wb.getSheet("Summary")).stream()
                .filter(row -> row.get("Part").equals("Recommendations") && row.get("Item").equals("Overdue"))
                .map(row -> row.get("Detail")).findFirst().orElseThrow();
        assertThat(workbookOverdue).isEqualTo(String.join(", ", overdue.stream().map(r -> r.get("id")).toList()));

        // every sample indicator has a figure this month: the email says none is missing, as the workbook does
        assertThat(csv).allSatisfy(r -> assertThat(r.get("value")).isNotEmpty());
        assertThat(textList(email, "Indicators with no figure for October 2026")).containsExactly("None.");
        assertThat(rows(wb.getSheet("Summary"))).noneMatch(row -> row.get("Part").equals("No figure this month"));

        // the attachment is the PDF read above, byte for byte
        assertThat(emailAttachments).containsOnlyKeys("improvement-board-2026-10.pdf");
        assertThat(emailAttachments.get("improvement-board-2026-10.pdf")).isEqualTo(pdfBytes);
    }

    // ------------------------------------------------------------------ reading the email as a member sees it

    /** The "  - " lines under the text line that starts with {@code heading}. */
    static List<String> textList(String text, String heading) {
        List<String> items = new ArrayList<>();
        String[] lines = text.split("\n");
        int i = 0;
        while (i < lines.length && !lines[i].startsWith(heading)) i++;
        assertThat(i).as("\"" + heading + "\" in the email:\n" + text).isLessThan(lines.length);
        for (i++; i < lines.length && lines[i].startsWith("  - "); i++) items.add(lines[i].substring(4));
        return items;
    }

    /** The list items of the {@code <ul>} after the HTML heading {@code heading}, unescaped as a browser shows them. */
    static String orCode(String csvValue, String code) {
        return csvValue.isEmpty() ? code : csvValue;
    }

    static List<String> htmlList(String html, String heading) {
        int h = html.indexOf(">" + heading + "</h2>");
        assertThat(h).as("heading \"" + heading + "\" in the HTML email:\n" + html).isNotNegative();
        int from = html.indexOf("<ul>", h);
        String ul = html.substring(from, html.indexOf("</ul>", from));
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(ul);
        while (m.find()) {
            items.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&"));
        }
        return items;
    }

    // ------------------------------------------------------------------ expected texts, from results.csv

    /** "rated on the rolling 12 months: 20.3%, Green". */
    static String headline(CSVRecord r) {
        String on = switch (r.get("rated_on")) {
            case "Month" -> "the month";
            case "Year to date" -> "the year to date";
            case "Rolling 12 months" -> "the rolling 12 months";
            default -> throw new IllegalArgumentException(r.get("rated_on"));
        };
        String rated = r.get("rated_value").isEmpty() ? "no figure" : withUnit(r.get("rated_value"), decimalsOf(r), r.get("unit"));
        return "rated on " + on + ": " + rated + ", " + r.get("rag");
    }

    static String pdfSummary(CSVRecord r) {
        int d = decimalsOf(r);
        String value = r.get("value").isEmpty() ? "no figure" : withUnit(r.get("value"), d, r.get("unit"));
        return "Oct 2026: " + value + "; " + headline(r)
                + (r.get("target").isEmpty() ? "" : "; target " + withUnit(r.get("target"), d, r.get("unit")))
                + "; since last month: " + r.get("direction_month")
                + vs("neighbours", r.get("vs_sn"), r.get("gap_sn"), d) + vs("England", r.get("vs_england"), r.get("gap_england"), d);
    }

    private static String vs(String what, String verdict, String gap, int d) {
        if (verdict.isEmpty()) return "";
        return "; vs " + what + ": " + verdict + (gap.isEmpty() ? "" : " (" + shown(gap, d) + ")");
    }

    static String withUnit(String plain, int d, String unit) {
        String n = shown(plain, d);
        return switch (unit) {
            case "percent" -> n + "%";
            case "rate_per_10k" -> n + " per 10,000";
            case "weeks" -> n + " weeks";
            case "days" -> n + " days";
            default -> n;
        };
    }

    /** A plain CSV number as a UK reader sees it: thousands separators, the indicator's decimals. */
    static String shown(String plain, int d) {
        if (plain.isEmpty()) return "";
        DecimalFormat f = new DecimalFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d), DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(new BigDecimal(plain));
    }

    /** The catalogue's decimals, read from the CSV's value (every sample indicator has a figure this month). */
    static int decimalsOf(CSVRecord r) {
        String v = !r.get("value").isEmpty() ? r.get("value") : r.get("target");
        int dot = v.indexOf('.');
        return dot < 0 ? 0 : v.length() - dot - 1;
    }

    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    // ------------------------------------------------------------------ reading the workbook as Excel shows it

    static List<Map<String, String>> rows(XSSFSheet sheet) {
        DataFormatter f = new DataFormatter(Locale.UK);
        Row header = sheet.getRow(2);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 3; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) continue;
            Map<String, String> m = new HashMap<>();
            for (Cell h : header) {
                Cell c = row.getCell(h.getColumnIndex());
                m.put(h.getStringCellValue(), c == null || c.getCellType() == CellType.BLANK ? "" : f.formatCellValue(c));
            }
            rows.add(m);
        }
        return rows;
    }

    /** A workbook cell against the CSV's figure: the same figure, or, where the CSV has none, a code (issue 19). */
    static void assertCoded(String cell, String expected, String what) {
        if (expected.isEmpty()) assertThat(cell).as(what + " coded [x] or [z]").isIn("[x]", "[z]");
        else assertThat(cell).as(what).isEqualTo(expected);
    }

    static Map<String, Map<String, String>> sheetRows(XSSFSheet sheet, String key) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        for (Map<String, String> r : rows(sheet)) byKey.put(r.get(key), r);
        return byKey;
    }

    static List<String> column(XSSFSheet sheet, String header) {
        return rows(sheet).stream().map(r -> r.get(header)).toList();
    }
}
