package org.boardpack.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Rag;
import org.boardpack.indicators.Unit;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;
import org.boardpack.support.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Packs, pack files, folders, a database and MIME helpers for the mail tests. */
final class MailTestSupport {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T06:00:00Z"), ZoneId.of("Europe/London"));
    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    private static final AtomicInteger DB = new AtomicInteger();

    private MailTestSupport() {
    }

    /** A pack with 2 Red, 1 Amber, 3 Green and 1 without a target. */
    static PackModel pack(String board, String title, int revision) {
        List<IndicatorResult> a = List.of(ind("rereferrals", Rag.RED), ind("assessments_45days", Rag.GREEN),
                ind("cpp_rate", Rag.NONE), ind("cpp_2years", Rag.RED));
        List<IndicatorResult> b = List.of(ind("cla_3plus_placements", Rag.AMBER), ind("care_leavers_eet", Rag.GREEN),
                ind("sw_turnover", Rag.GREEN));
        return new PackModel(board, title, "Monthly pack", "Bedford Borough Council", PERIOD, revision,
                LocalDateTime.of(2026, 11, 2, 6, 0), PackModel.OFFICIAL_SENSITIVE,
                List.of(new PackSection("Help and protection", a), new PackSection("Children looked after", b)),
                List.of(), List.of(), null, org.boardpack.pack.PackStyle.defaults());
    }

    private static IndicatorResult ind(String id, Rag rag) {
        return new IndicatorResult(id, id, "Area", Unit.PERCENT, Polarity.HIGHER, 1, Aggregation.SNAPSHOT, "", "",
                50.0, null, null, null, 50.0, "2026-27", rag == Rag.NONE ? null : 60.0, 2.0, rag, 49.0,
                Direction.IMPROVING, 48.0, Direction.IMPROVING, List.of(), List.of(), List.of(),
                org.boardpack.indicators.spc.SpcCalculator.analyse(List.of(), Polarity.HIGHER, null), List.of(), null,
                org.boardpack.benchmarks.BenchmarkComparison.noPublishedBenchmark(id, "822"),
                org.boardpack.pack.IndicatorHistory.none());
    }

    static PackDigest digest() {
        return new PackDigest(
                List.of("Re-referrals within 12 months: 24.1% (Red), worse than last month",
                        "CP plans lasting 2+ years: 7.1% (Red) <check> & review"),
                List.of("Re-referrals within 12 months: from 22.0% to 24.1% (change 2.1), Worsening"),
                List.of("R3 Return home interviews within 72 hours: due 2026-09-30, Red (owner: Head of Service, Exploitation)"), List.of());
    }

    /** Writes pseudo-random pack files of the given sizes where the job would have written them. */
    static OutputLayout writePackFiles(Path outputDir, PackModel pack, int pdfBytes, int xlsxBytes) throws IOException {
        OutputLayout layout = new OutputLayout(outputDir, pack.boardId(), pack.period(), pack.revision());
        Files.createDirectories(layout.folder());
        Files.write(layout.pdfPack(), bytes(pdfBytes, 1));
        Files.write(layout.excelPack(), bytes(xlsxBytes, 2));
        return layout;
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** templates/boards/<id>.yml for each board (only their names matter here) and the given email templates. */
    static Path templates(Path root, String text, String html, String... boards) throws IOException {
        Path t = root.resolve("templates");
        Files.createDirectories(t.resolve("boards"));
        Files.createDirectories(t.resolve("email"));
        for (String b : boards) {
            Files.writeString(t.resolve("boards").resolve(b + ".yml"), "title: " + b + "\nsections: []\n");
        }
        if (text != null) Files.writeString(t.resolve("email").resolve(boards[0] + ".txt"), text);
        if (html != null) Files.writeString(t.resolve("email").resolve(boards[0] + ".html"), html);
        return t;
    }

    static Path members(Path root, String csv) throws IOException {
        Path in = root.resolve("input");
        Files.createDirectories(in);
        Files.writeString(in.resolve(BoardMembersReader.FILE), csv, StandardCharsets.UTF_8);
        return in;
    }

    /** A fresh in-memory database with the application's tables, as at application start. */
    static DataSource database() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:mail" + DB.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Schema.migrate(ds);
        return ds;
    }

    static DeliveryStore store(DataSource ds) {
        return new DeliveryStore(JdbcClient.create(ds), new DataSourceTransactionManager(ds), CLOCK);
    }

    static MailSettings smtpSettings(int port) {
        MailSettings s = new MailSettings();
        s.setMode("smtp");
        s.setHost("127.0.0.1");
        s.setPort(port);
        s.setFrom("Performance and Intelligence <performance@bedford.example.org>");
        s.setStarttlsRequired(false);
        s.setConnectionTimeout(java.time.Duration.ofSeconds(2));
        s.setTimeout(java.time.Duration.ofSeconds(5));
        s.getRetry().setAttempts(3);
        s.getRetry().setInitialDelay(java.time.Duration.ofMillis(5));
        s.getRetry().setMultiplier(2);
        return s;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The text of the first part of the given MIME type, searching nested multiparts. */
    static String textOf(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) return (String) part.getContent();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String t = textOf(mp.getBodyPart(i), type);
                if (t != null) return t;
            }
        }
        return null;
    }

    /** Attachment file name and decoded bytes, in order. */
    static List<Attachment> attachments(MimeMessage message) throws Exception {
        List<Attachment> out = new ArrayList<>();
        collect(message, out);
        return out;
    }

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    private static void collect(Part part, List<Attachment> out) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) collect(mp.getBodyPart(i), out);
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = ((BodyPart) part).getInputStream()) {
                out.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        }
    }
}
