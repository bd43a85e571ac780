package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.support.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The partner edition on a board with small numbers, built by the job and read back as a reader's tools would:
 * every xlsx cell (POI), the PDF text (PDFBox), the CSVs and the email (GreenMail). An adversary tries to work out
 * each suppressed count from what is shown and finds nothing to work with.
 *
 * <p>The fixture (worked out by hand, 24 months 2024-11 to 2026-10, i = 0..23):
 * <ul>
 * <li>starters (count, year to date, averaged): 1000 + 7i, except May 2026 = 3 (small) and September 2026 restated
 * in the October file from 1154 to 4 (small). Year-to-date averages for 2026-27: Apr 1119, May 561, Jun 752, Jul 849,
 * Aug 908, Sep 758, Oct 815; every one from May holds a small month and must not be shown.</li>
 * <li>assess (percent, rolling 12): 150 + i of 200, except July 2026 = 3 of 4 (small). Its rolling 12 months to
 * October: (1650 + 190 + 3) / (2200 + 4) = 1843 / 2204 = 83.6%, which holds July and must not be shown.</li>
 * <li>rereferrals (percent): October 45 of 200, teams North 3/60 (small), South 20/70, East 22/70: North is 45 - 20 - 22
 * unless a second team is withheld with it.</li>
 * <li>caseload (number, not a count): October 3.0, shown. zeros (count): October 0 and September 5, both shown.</li>
 * </ul>
 */
class PartnerEditionTest {

    static final String BOARD = "test-board";
    static final YearMonth FIRST = YearMonth.of(2024, 11);
    static final String[] MAIL_SETTINGS = {"boardpack.mail.mode", "boardpack.mail.host", "boardpack.mail.port",
            "boardpack.mail.from", "boardpack.mail.starttls-required"};

    @TempDir
    static Path work;
    static Path folder;
    static Cli.Result run;
    static List<MimeMessage> received;

    @BeforeAll
    static void buildWithSmallNumbers() throws Exception {
        Path input = work.resolve("input");
        Path templates = work.resolve("templates");
        writeFixture(input, templates);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String[] values = {"smtp", "127.0.0.1", Integer.toString(port), "performance@council.example.org", "false"};
            for (int i = 0; i < MAIL_SETTINGS.length; i++) System.setProperty(MAIL_SETTINGS[i], values[i]);
            run = Cli.run(work.resolve("data"), "run", "--board", BOARD, "--period", "2026-10", "--input", input.toString(),
                    "--templates", templates.toString(), "--output", work.resolve("output").toString());
            received = List.of(smtp.getReceivedMessages());
        } finally {
            smtp.stop();
            for (String s : MAIL_SETTINGS) System.clearProperty(s);
        }
        folder = work.resolve("output").resolve(BOARD).resolve("2026-10");
    }

    @AfterAll
    static void clear() {
        for (String s : MAIL_SETTINGS) System.clearProperty(s);
    }

    @Test
    void buildsBothEditionsInOneRun() {
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(folder.resolve("test-board-2026-10.pdf")).isRegularFile();
        assertThat(folder.resolve("test-board-2026-10.xlsx")).isRegularFile();
        assertThat(folder.resolve("test-board-2026-10-partner.pdf")).isRegularFile();
        assertThat(folder.resolve("test-board-2026-10-partner.xlsx")).isRegularFile();
        assertThat(folder.resolve("results-partner.csv")).isRegularFile();
        assertThat(folder.resolve("recommendations-partner.csv")).doesNotExist(); // no recommendations in the fixture
        assertThat(folder.resolve("test-board-2026-10-partner.html")).isRegularFile();
        assertThat(folder.resolve("test-board-2026-10-accessible-partner.pdf")).isRegularFile();
        // the manifest lists every edition's files
        assertThat(folder.resolve("manifest.json")).content().contains("\"test-board/2026-10/test-board-2026-10-partner.html\"")
                .contains("\"test-board/2026-10/test-board-2026-10-accessible-partner.pdf\"")
                .contains("\"test-board/2026-10/test-board-2026-10-partner.pdf\"");
    }

    @Test
    void eachMemberReceivesOnlyTheEditionNamedForThem() throws Exception {
        assertThat(received).hasSize(2);
        Map<String, List<String>> attachments = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        for (MimeMessage m : received) {
            String to = recipient(m);
            List<String> names = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            collect(m, names, text);
            attachments.put(to, names);
            bodies.put(to, text.toString());
        }
        assertThat(attachments.get("full@council.example.org")).containsExactlyInAnyOrder("test-board-2026-10.pdf",
                "test-board-2026-10.xlsx");
        assertThat(attachments.get("partner@police.example.org")).containsExactlyInAnyOrder("test-board-2026-10-partner.pdf",
                "test-board-2026-10-partner.xlsx");
        assertThat(bodies.get("partner@police.example.org")).contains("partner edition").contains("[c]");
        assertThat(bodies.get("full@council.example.org")).doesNotContain("partner edition").doesNotContain("[c]");
    }

    @Test
    void theFullEditionShowsEveryFigure() throws Exception {
        Map<String, CSVRecord> full = results(folder.resolve("results.csv"));
        assertThat(full.get("assess").get("aggregated_value")).isEqualTo("83.6");
        assertThat(full.get("starters").get("aggregated_value")).isEqualTo("815");
        assertThat(full.get("starters").get("previous_value")).isEqualTo("4");
    }

    @Test
    void smallCountsAreSuppressedAndFiguresOfFiveAndOverAndZerosAreShownUnchanged() throws Exception {
        Map<String, CSVRecord> partner = results(folder.resolve("results-partner.csv"));
        // counts of 5 and over, and zero, unchanged
        assertThat(partner.get("starters").get("value")).isEqualTo("1161");
        assertThat(partner.get("zeros").get("value")).isEqualTo("0");
        assertThat(partner.get("zeros").get("previous_value")).isEqualTo("5");
        assertThat(partner.get("rereferrals").get("numerator")).isEqualTo("45");
        assertThat(partner.get("rereferrals").get("denominator")).isEqualTo("200");
        assertThat(partner.get("rereferrals").get("value")).isEqualTo("22.5");
        assertThat(partner.get("caseload").get("value")).isEqualTo("3.0"); // not a count
        assertThat(partner.get("assess").get("value")).isEqualTo("86.5"); // 173 of 200
        // suppressed: a small month, and every figure from which one could be worked out
        assertThat(partner.get("starters").get("previous_value")).isEqualTo("[c]");
        assertThat(partner.get("starters").get("aggregated_value")).isEqualTo("[c]");
        assertThat(partner.get("starters").get("spc_mean")).isEqualTo("[c]");
        assertThat(partner.get("assess").get("aggregated_value")).isEqualTo("[c]");
        assertThat(partner.get("assess").get("rated_value")).isEqualTo("[c]");
    }

    @Test
    void noSuppressedCountCanBeWorkedOutFromAnythingInThePartnerOutputs() throws Exception {
        List<Object> cells = new ArrayList<>();
        Map<String, List<List<Object>>> data = new HashMap<>();
        try (InputStream in = Files.newInputStream(folder.resolve("test-board-2026-10-partner.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    List<Object> values = new ArrayList<>();
                    for (Cell c : row) {
                        Object v = c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue()
                                : c.getCellType() == CellType.STRING ? c.getStringCellValue() : null;
                        values.add(v);
                        if (v != null) cells.add(v);
                    }
                    if (sheet.getSheetName().equals("Data") && !values.isEmpty() && values.get(0) instanceof String id) {
                        data.computeIfAbsent(id, k -> new ArrayList<>()).add(values);
                    }
                }
            }
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(folder.resolve("test-board-2026-10-partner.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        String csv = Files.readString(folder.resolve("results-partner.csv"));
        StringBuilder mail = new StringBuilder();
        for (MimeMessage m : received) {
            if (recipient(m).startsWith("partner")) collect(m, new ArrayList<>(), mail);
        }
        assertThat(cells).contains("[c]");
        assertThat(pdf).contains("[c]").contains("counts from 1 to 4");
        assertThat(csv).contains("[c]");
        assertThat(mail.toString()).contains("partner edition");

        // 1. the year to date minus the other months: no year-to-date average that holds May or September is shown
        for (double secret : new double[]{561, 752, 849, 908, 758, 815}) {
            assertThat(cells).as("starters year to date %s in the workbook", secret).doesNotContain(secret);
            assertThat(words(pdf)).as("in the PDF").doesNotContain(fmt(secret));
            assertThat(csv).doesNotContain("," + fmt(secret) + ",");
        }
        // 2. the rolling 12 months minus the other months: 83.6% (which holds July's 3 of 4) is nowhere
        assertThat(cells).doesNotContain(83.6);
        assertThat(pdf).doesNotContain("83.6");
        assertThat(csv).doesNotContain("83.6");
        // the small months themselves, in the Data sheet (the chart data): withheld, the months beside them shown
        assertThat(dataRow(data, "starters", "2026-05")).contains("[c]").doesNotContain(3.0);
        assertThat(dataRow(data, "starters", "2026-04")).contains(1119.0);
        assertThat(dataRow(data, "assess", "2026-07")).contains("[c]").doesNotContain(3.0, 4.0, 75.0);
        // 3. the total minus the other teams: North (3) is withheld with a second team, so 45 - 22 gives two teams' sum
        List<List<Object>> teams = data.get("rereferrals").stream().filter(r -> r.size() > 4 && !"Whole authority".equals(r.get(4)))
                .toList();
        long withheld = teams.stream().filter(r -> "[c]".equals(r.get(5))).count();
        assertThat(teams).hasSize(3);
        assertThat(withheld).as("teams withheld with North").isGreaterThanOrEqualTo(2);
        assertThat(teams.stream().filter(r -> "North".equals(r.get(4))).findFirst().orElseThrow()).contains("[c]");
        // 4. a restatement's old and new figures: September's 1154 (old) and 4 (new) are both withheld
        assertThat(cells).doesNotContain(1154.0);
        assertThat(pdf).doesNotContain("1,154");
        // 5. the difference with the previous month: September is withheld, so no change since last month is shown for starters
        assertThat(partnerMovers(pdf)).doesNotContain("starters");
    }

    private static String recipient(MimeMessage m) throws Exception {
        return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    }

    private static String partnerMovers(String pdf) {
        int at = pdf.indexOf("Biggest movers");
        return at < 0 ? "" : pdf.substring(at, Math.min(pdf.length(), at + 600)).toLowerCase();
    }

    private static List<Object> dataRow(Map<String, List<List<Object>>> data, String id, String month) {
        return data.get(id).stream().filter(r -> month.equals(r.get(3))).findFirst().orElseThrow();
    }

    private static List<String> words(String text) {
        return List.of(text.split("[^0-9,.]+"));
    }

    private static String fmt(double v) {
        return String.valueOf((long) v);
    }

    private static Map<String, CSVRecord> results(Path csv) throws Exception {
        Map<String, CSVRecord> byId = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                byId.put(rec.get("indicator_id"), rec);
            }
        }
        return byId;
    }

    private static void collect(Part part, List<String> names, StringBuilder text) throws Exception {
        if (part.getFileName() != null) {
            names.add(part.getFileName());
        } else if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            text.append(part.getContent());
        } else if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) collect(mp.getBodyPart(i), names, text);
        }
    }

    static void writeFixture(Path input, Path templates) throws Exception {
        Files.createDirectories(input.resolve("scorecards"));
        Files.createDirectories(templates.resolve("boards"));
        Files.createDirectories(templates.resolve("email"));
        Files.writeString(templates.resolve("indicators.csv"), """
                id,name,area,unit,polarity,decimals,definition,source,benchmark,aggregation
                starters,Children starting to be looked after,Children looked after,count,none,0,Children starting to be looked after in the month,Case management system,,ytd
                assess,Assessments within 45 working days,Help and protection,percent,higher,1,Assessments completed within 45 working days,Case management system,,rolling12
                rereferrals,Re-referrals within 12 months,Help and protection,percent,lower,1,Re-referrals as a percentage of referrals,Case management system,,snapshot
                caseload,Average caseload per social worker,Workforce,number,lower,1,Open cases per case-holding FTE,HR system,,snapshot
                zeros,Children placed out of area in secure units,Children looked after,count,lower,0,Children placed in secure units out of area,Case management system,,snapshot
                """);
        Files.writeString(templates.resolve("boards/" + BOARD + ".yml"), """
                title: Test Improvement Board
                description: A board with small numbers.
                sections:
                  - title: Help and protection
                    indicators: [assess, rereferrals]
                  - title: Children looked after
                    indicators: [starters, zeros]
                  - title: Workforce
                    indicators: [caseload]
                """);
        Files.copy(Path.of("templates/email/improvement-board.txt"), templates.resolve("email/" + BOARD + ".txt"));
        Files.writeString(input.resolve("board-members.csv"), """
                name,email,role,boards,formats,edition
                Full Member,full@council.example.org,Chair,test-board,pdf;xlsx,
                Partner Member,partner@police.example.org,Police partner,test-board,pdf;xlsx,partner
                """);
        Files.writeString(input.resolve("targets.csv"), """
                indicator_id,financial_year,target,tolerance
                assess,2026-27,85.0,5.0
                rereferrals,2026-27,22.0,3.0
                caseload,2026-27,18.0,2.0
                zeros,2026-27,2,2
                """);
        for (int i = 0; i < 24; i++) {
            YearMonth m = FIRST.plusMonths(i);
            StringBuilder csv = new StringBuilder("indicator_id,period,numerator,denominator,value,team\n");
            int starters = m.equals(YearMonth.of(2026, 5)) ? 3 : m.equals(YearMonth.of(2026, 9)) ? 1154 : 1000 + 7 * i;
            csv.append("starters,").append(m).append(",,,").append(starters).append(",\n");
            if (m.equals(YearMonth.of(2026, 7))) csv.append("assess,").append(m).append(",3,4,75.0,\n");
            else csv.append("assess,").append(m).append(',').append(150 + i).append(",200,,\n");
            if (m.equals(YearMonth.of(2026, 10))) {
                csv.append("rereferrals,2026-10,45,200,22.5,\n");
                csv.append("rereferrals,2026-10,3,60,5.0,North\n");
                csv.append("rereferrals,2026-10,20,70,28.6,South\n");
                csv.append("rereferrals,2026-10,22,70,31.4,East\n");
                csv.append("caseload,2026-10,,,3.0,\n");
                csv.append("zeros,2026-10,,,0,\n");
                csv.append("starters,2026-09,,,4,\n"); // restates September: 1154 becomes 4
            } else {
                csv.append("rereferrals,").append(m).append(',').append(40 + i % 5).append(",200,,\n");
                csv.append("caseload,").append(m).append(",,,17.5,\n");
                csv.append("zeros,").append(m).append(",,,").append(m.equals(YearMonth.of(2026, 9)) ? 5 : 6 + i % 3).append(",\n");
            }
            Files.writeString(input.resolve("scorecards/" + m + ".csv"), csv);
        }
    }
}
