package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13: every pack is built from one recorded snapshot of its inputs, never mixes two input folders, and no
 * pack goes out for a month without figures.
 */
@Outputs("xlsx,pdf")
class SnapshotRunTest {

    private static final String BOARD_DIR = "improvement-board";

    @TempDir
    Path work;

    private final List<String> properties = new java.util.ArrayList<>();

    @AfterEach
    void clearProperties() {
        properties.forEach(System::clearProperty);
    }

    private void set(String key, String value) {
        System.setProperty(key, value);
        properties.add(key);
    }

    private Path sample(String name) throws IOException {
        Path in = work.resolve(name);
        Cli.copyTree(Path.of("input"), in);
        return in;
    }

    private Path templates() throws IOException {
        Path t = work.resolve("templates");
        if (!Files.isDirectory(t)) Cli.copyTree(Path.of("templates"), t);
        return t;
    }

    private Cli.Result run(Path input, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(), "--templates",
                templates().toString(), "--output", work.resolve("output").toString()));
        args.addAll(List.of(more));
        return Cli.run(work.resolve("data"), args.toArray(String[]::new));
    }

    private Path folder(String period) {
        return work.resolve("output").resolve(BOARD_DIR).resolve(period);
    }

    @Test
    void aMonthWithoutFiguresStopsWithExitTenWritesNoPackAndSendsNoMail() throws Exception {
        Path input = sample("input");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            set("boardpack.mail.mode", "smtp");
            set("boardpack.mail.host", "127.0.0.1");
            set("boardpack.mail.port", Integer.toString(port));
            set("boardpack.mail.from", "performance@bedford.example.org");
            set("boardpack.mail.starttls-required", "false");

            // the sample's scorecards end at 2026-10: November has no figures at all
            Cli.Result empty = run(input, "--period", "2026-11");
            assertThat(empty.exitCode()).as(empty.all()).isEqualTo(ExitCodes.NO_FIGURES).isEqualTo(10);
            assertThat(empty.all()).contains("No figures for November 2026 (2026-11) for any of the 22 indicators")
                    .contains("the latest period with figures is October 2026 (2026-10)")
                    .contains("No pack was written and nothing was sent");
            assertNoPack(folder("2026-11"));
            assertThat(smtp.getReceivedMessages()).isEmpty();

            // skipping invalid rows never turns an empty month into a pack
            Cli.Result skipping = run(input, "--period", "2026-11", "--skip-invalid");
            assertThat(skipping.exitCode()).as(skipping.all()).isEqualTo(ExitCodes.NO_FIGURES);
            assertNoPack(folder("2026-11"));
            assertThat(smtp.getReceivedMessages()).isEmpty();

            // the same settings for October, which has its figures, do send: 6 members of the board in board-members.csv
            Cli.Result october = run(input, "--period", "2026-10");
            assertThat(october.exitCode()).as(october.all()).isZero();
            assertThat(smtp.getReceivedMessages()).hasSize(6);
        } finally {
            smtp.stop();
        }
    }

    private static void assertNoPack(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".pdf") || n.endsWith(".xlsx") || n.endsWith(".eml")
                            || n.startsWith("results") || n.startsWith("manifest"));
        }
    }

    @Test
    void aReissueFromAnotherFolderNeverSeesTheFirstFoldersRows() throws Exception {
        Path input = sample("input");
        Cli.Result first = run(input, "--period", "2026-10", "--no-mail");
        assertThat(first.exitCode()).as(first.all()).isZero();
        // input/scorecards/2026-10.csv: rereferrals 44/209 = 21.05% -> 21.1
        assertThat(results(folder("2026-10").resolve("results.csv")).get("rereferrals").get("value")).isEqualTo("21.1");

        Path inputB = sample("inputB");
        Path octoberB = inputB.resolve("scorecards/2026-10.csv");
        removeLine(octoberB, "rereferrals,2026-10,");

        // min-percent 100 (the default): 21 of the 22 indicators have a figure, so nothing is built
        Cli.Result below = run(inputB, "--period", "2026-10", "--no-mail", "--reissue");
        assertThat(below.exitCode()).as(below.all()).isEqualTo(ExitCodes.NO_FIGURES);
        assertThat(below.all()).contains("missing for 1 of the 22 indicators of improvement-board")
                .contains("boardpack.completeness.min-percent=100").contains("rereferrals");
        assertThat(folder("2026-10").resolve("results-r2.csv")).doesNotExist();
        assertThat(folder("2026-10").resolve("improvement-board-2026-10-r2.pdf")).doesNotExist();

        // 21/22 = 95.5% is at or above 95: the pack is built (and emailed, as .eml files) and says the figure is missing
        set("boardpack.completeness.min-percent", "95");
        Cli.Result above = run(inputB, "--period", "2026-10", "--reissue");
        assertThat(above.exitCode()).as(above.all()).isZero();
        Map<String, String> rereferrals = results(folder("2026-10").resolve("results-r2.csv")).get("rereferrals");
        assertThat(rereferrals.get("value")).isEmpty(); // not 21.1 from the first folder
        assertThat(rereferrals.get("data_quality")).contains("No figure for 2026-10");
        assertThat(Files.readString(folder("2026-10").resolve("validation-r2.csv")))
                .contains("no figure for rereferrals (");
        String pdf = pdfText(folder("2026-10").resolve("improvement-board-2026-10-r2.pdf"));
        assertThat(pdf).contains("no figure for rereferrals") // data quality
                .contains("No figure for October 2026: Re-referrals within 12 months."); // summary
        List<Path> emails;
        try (Stream<Path> eml = Files.list(folder("2026-10").resolve("mail"))) {
            emails = eml.filter(f -> f.getFileName().toString().startsWith("improvement-board-2026-10-r2-")).toList();
        }
        assertThat(emails).hasSize(6);
        for (Path eml : emails) {
            jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(
                    jakarta.mail.Session.getInstance(new java.util.Properties()), Files.newInputStream(eml));
            assertThat(textOf(m)).contains("Indicators with no figure for October 2026:")
                    .contains("- Re-referrals within 12 months: no figure for October 2026");
        }

        // the manifest names inputB's files, with the hash of inputB's edited file
        JsonNode manifest = JsonMapper.builder().build().readTree(folder("2026-10").resolve("manifest-r2.json").toFile());
        Map<String, String> hashes = new HashMap<>();
        manifest.get("inputs").forEach(n -> hashes.put(n.get("path").asString(), n.get("sha256").asString()));
        // input paths start with their folder's name (input/..., inputB/...)
        String input1 = input.getFileName() + "/";
        assertThat(hashes.keySet()).noneMatch(p -> p.startsWith(input1));
        assertThat(hashes.get(inputB.getFileName() + "/scorecards/2026-10.csv")).isEqualTo(sha256(octoberB));
    }

    @Test
    void aRowRemovedFromALaterIssueOfTheSameFileIsReportedAndNotUsed() throws Exception {
        Path input = sample("input");
        assertThat(run(input, "--period", "2026-10", "--no-mail").exitCode()).isZero();
        removeLine(input.resolve("scorecards/2026-10.csv"), "rereferrals,2026-10,");
        set("boardpack.completeness.min-percent", "95");
        Cli.Result reissue = run(input, "--period", "2026-10", "--no-mail", "--reissue");
        assertThat(reissue.exitCode()).as(reissue.all()).isZero();
        assertThat(results(folder("2026-10").resolve("results-r2.csv")).get("rereferrals").get("value")).isEmpty();
        assertThat(pdfText(folder("2026-10").resolve("improvement-board-2026-10-r2.pdf")))
                .containsPattern("rereferrals 2026-10 was in 2026-10\\.csv at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} and is not in the current file");
    }

    @Test
    void aRestartAfterAScorecardWasEditedBuildsFromTheSnapshotAndSaysWhichFileChanged() throws Exception {
        Path input = work.resolve("small-input");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/input"), input);
        Path t = work.resolve("templates");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/templates"), t);
        Path out = work.resolve("output");
        Path data = work.resolve("data");
        String[] cmd = {"run", "--board", "test-board", "--period", "2026-10", "--input", input.toString(),
                "--templates", t.toString(), "--output", out.toString(), "--no-mail"};

        set("boardpack.fault-injection.fail-at", "load");
        Cli.Result failed = Cli.run(data, cmd);
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.all()).contains("Failed at step load");
        System.clearProperty("boardpack.fault-injection.fail-at");

        // the performance team corrects October's re-referrals after the snapshot: 45/200 (22.5%) becomes 50/200 (25.0%)
        Path october = input.resolve("scorecards/2026-10.csv");
        String before = sha256(october);
        Files.writeString(october, Files.readString(october).replace("rereferrals,2026-10,45,200,22.5,", "rereferrals,2026-10,50,200,25.0,"));
        String after = sha256(october);

        Cli.Result resumed = Cli.run(data, cmd);
        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(resumed.all()).contains("1 input file changed since this run's snapshot was taken at")
                .contains(october.toAbsolutePath().normalize() + " (snapshot " + before.substring(0, 12) + ", now "
                        + after.substring(0, 12) + ")")
                .contains("The pack is built from the snapshot taken at").contains("--reissue");
        Path folder = out.resolve("test-board/2026-10");
        assertThat(results(folder.resolve("results.csv")).get("rereferrals").get("value")).isEqualTo("22.5");

        // the manifest lists exactly the snapshot's files, with its hashes (not the file on disk now)
        JsonNode manifest = JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
        Map<String, String> listed = new LinkedHashMap<>();
        manifest.get("inputs").forEach(n -> listed.put(n.get("path").asString(), n.get("sha256").asString() + " " + n.get("size").asLong()));
        Map<String, String> recorded = new LinkedHashMap<>();
        JdbcClient db = RestartTest.repository(data);
        db.sql("SELECT s.input_dir, s.templates_dir, f.root, f.path, f.sha256, f.size_bytes FROM bp_snapshot_file f "
                        + "JOIN bp_snapshot s ON s.id = f.snapshot_id WHERE f.size_bytes >= 0")
                .query((rs, n) -> recorded.put(Path.of(rs.getString(3).equals("INPUT") ? rs.getString(1) : rs.getString(2))
                        .getFileName() + "/" + rs.getString(4), rs.getString(5) + " " + rs.getLong(6))).list();
        assertThat(listed).isEqualTo(recorded);
        assertThat(listed.get(input.getFileName() + "/scorecards/2026-10.csv")).startsWith(before + " ");
        // indicators.csv, targets.csv, the board, both scorecards
        assertThat(listed).hasSizeGreaterThanOrEqualTo(5);

        // --reissue builds from the files as they are now
        String[] reissue = Stream.concat(Stream.of(cmd), Stream.of("--reissue")).toArray(String[]::new);
        Cli.Result r2 = Cli.run(data, reissue);
        assertThat(r2.exitCode()).as(r2.all()).isZero();
        assertThat(results(folder.resolve("results-r2.csv")).get("rereferrals").get("value")).isEqualTo("25.0");
    }

    /** The plain-text part of a message. */
    static String textOf(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) return (String) part.getContent();
        if (part.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = textOf(mp.getBodyPart(i));
                if (t != null) return t;
            }
        }
        return null;
    }

    static Map<String, Map<String, String>> results(Path csv) throws IOException {
        Map<String, Map<String, String>> byId = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                byId.put(rec.get("indicator_id"), rec.toMap());
            }
        }
        return byId;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static void removeLine(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.removeIf(l -> l.startsWith(prefix))).isTrue();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
