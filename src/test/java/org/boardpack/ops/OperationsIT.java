package org.boardpack.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.batch.ManifestTasklet;
import org.boardpack.batch.RunManifest;
import org.boardpack.cli.ExitCodes;
import org.boardpack.output.FileHashes;
import org.boardpack.support.Cli;
import org.boardpack.support.ScriptedSmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault injection against the real jar, run as cron runs it: killed in the middle of each step, stopped by
 * SIGTERM, two runs at once, an output folder that cannot be written, and the manifest checked by verify.
 */
class OperationsIT {

    private static final String[] RUN = {"run", "--board", "test-board", "--period", "2026-10"};
    private static final List<String> MEMBERS = List.of("chair@council.example.org", "dcs@council.example.org",
            "analyst@council.example.org");

    static GreenMail smtp;
    static int smtpPort;
    static Path reference;

    @TempDir
    Path work;

    @BeforeAll
    static void startMailServerAndMakeAnUninterruptedRun() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        reference = Files.createTempDirectory("boardpack-reference");
        prepare(reference);
        JarProcess run = JarProcess.start(reference, properties(), RUN);
        assertThat(run.waitFor()).as(run.output()).isZero();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void freshFolders() throws Exception {
        prepare(work);
        smtp.purgeEmailFromAllMailboxes();
    }

    /** The small fixture plus three board members, in a working folder of its own. */
    static void prepare(Path dir) throws Exception {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), dir);
        Files.writeString(dir.resolve("input/board-members.csv"), "name,email,role,boards,formats\n"
                + "Chair,chair@council.example.org,Independent chair,test-board,pdf\n"
                + "DCS,dcs@council.example.org,Director of Children's Services,test-board,pdf;xlsx\n"
                + "Analyst,analyst@council.example.org,Performance analyst,test-board,xlsx\n");
        Files.createDirectories(dir.resolve("input/recommendations"));
        String header = "id,source,source_date,theme,recommendation,owner,due_date,status,progress,last_updated,linked_indicators\n";
        Files.writeString(dir.resolve("input/recommendations/2026-09.csv"), header
                + "R1,Ofsted inspection 2017,2017-04-07,Assessment,Improve the timeliness of assessments,Head of Service,2026-12-31,at-risk,Audit under way,2026-09-20,assessments_45days\n");
        Files.writeString(dir.resolve("input/recommendations/2026-10.csv"), header
                + "R1,Ofsted inspection 2017,2017-04-07,Assessment,Improve the timeliness of assessments,Head of Service,2026-12-31,on-track,New triage in place,2026-10-20,assessments_45days\n");
    }

    static Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put("boardpack.fixed-time", "2026-11-02T06:00:00Z");
        p.put("boardpack.mail.mode", "smtp");
        p.put("boardpack.mail.host", "127.0.0.1");
        p.put("boardpack.mail.port", String.valueOf(smtpPort));
        p.put("boardpack.mail.from", "boardpack@council.example.org");
        p.put("boardpack.mail.starttls-required", "false");
        p.put("boardpack.mail.retry.attempts", "2");
        p.put("boardpack.mail.retry.initial-delay", "100ms");
        return p;
    }

    static Map<String, String> pausingAt(String step) {
        Map<String, String> p = properties();
        p.put("boardpack.fault-injection.pause-at", step);
        p.put("boardpack.fault-injection.pause-ms", "120000");
        return p;
    }

    private Path out(Path dir, String file) {
        return dir.resolve("output/test-board/2026-10").resolve(file);
    }

    @ParameterizedTest(name = "killed in {0}")
    @ValueSource(strings = {"validate", "load", "compute", "write-results", "write-recommendations", "write-excel",
            "write-pdf", "write-html", "write-accessible-pdf", "distribute", "manifest"})
    void killedMidStepThenRerunCompletesWithTheSameResultsAndNoDuplicateMail(String step) throws Exception {
        JarProcess first = JarProcess.start(work, pausingAt(step), RUN);
        assertThat(first.awaitOutput("Fault injection: pausing", 120)).as(first.output()).isTrue();
        first.kill();

        JarProcess again = JarProcess.start(work, properties(), RUN);
        int code = again.waitFor();
        String output = again.output();
        assertThat(code).as(output).isZero();
        assertThat(output).contains("was left STARTED by process " + first.pid()).contains("Board pack COMPLETED");

        assertThat(Files.readString(out(work, "results.csv"))).isEqualTo(Files.readString(out(reference, "results.csv")));
        assertThat(cellValues(out(work, "test-board-2026-10.xlsx"))).isEqualTo(cellValues(out(reference, "test-board-2026-10.xlsx")));
        try (var files = Files.list(out(work, ""))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : received) {
            recipients.add(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress());
            ids.add(m.getMessageID());
        }
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(MEMBERS);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void sigtermStopsAtASafePointAndRestartCompletes() throws Exception {
        JarProcess run = JarProcess.start(work, pausingAt("write-excel"), RUN);
        assertThat(run.awaitOutput("Fault injection: pausing", 120)).as(run.output()).isTrue();
        run.terminate();
        assertThat(run.waitFor()).as(run.output()).isEqualTo(ExitCodes.STOPPED);
        assertThat(run.output()).contains("Board pack STOPPED").contains("write-excel=STOPPED");

        JarProcess status = JarProcess.start(work, properties(), "status", "--board", "test-board");
        assertThat(status.waitFor()).isZero();
        assertThat(status.output()).containsPattern("2026-10\\s+test-board\\s+1\\s+STOPPED");

        JarProcess restart = JarProcess.start(work, properties(), "restart", "--board", "test-board");
        assertThat(restart.waitFor()).as(restart.output()).isZero();
        assertThat(out(work, "test-board-2026-10.pdf")).isRegularFile();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void sigtermDuringAHangingSmtpWaitExitsStoppedWithinTenSecondsAndRestartSendsEachMemberOnce() throws Exception {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.start()) {
            relay.greeting(ScriptedSmtpServer.Behaviour.HANG_GREETING); // connection accepted, no answer ever
            Map<String, String> props = properties();
            props.put("boardpack.mail.port", String.valueOf(relay.port()));
            JarProcess run = JarProcess.start(work, props, RUN);
            assertThat(relay.awaitWaiting(180)).as(run.output()).isTrue();

            long signalled = System.nanoTime();
            run.terminate();
            int code = run.waitFor();
            double seconds = (System.nanoTime() - signalled) / 1e9;
            assertThat(code).as(run.output()).isEqualTo(ExitCodes.STOPPED);
            assertThat(seconds).as(run.output()).isLessThan(10.0);
            assertThat(run.output()).contains("Board pack STOPPED").contains("distribute=STOPPED");
            assertThat(relay.queued()).isEmpty();

            relay.behaveNormally();
            JarProcess restart = JarProcess.start(work, props, "restart", "--board", "test-board");
            assertThat(restart.waitFor()).as(restart.output()).isZero();
            List<String> recipients = new ArrayList<>();
            for (ScriptedSmtpServer.Received r : relay.queued()) recipients.addAll(r.to());
            assertThat(recipients).containsExactlyInAnyOrderElementsOf(MEMBERS);
        }
    }

    @Test
    void aSlowRelaySendsOneCopyExitsDeliveryUnconfirmedAndResendUnconfirmedSendsTheSameMessageId() throws Exception {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.start()) {
            // queues the chair's message but answers the end of DATA after 6 s, against a 3 s setting
            relay.onData("chair@council.example.org", ScriptedSmtpServer.Behaviour.SLOW_DATA_REPLY).slowReply(java.time.Duration.ofSeconds(6));
            Map<String, String> props = properties();
            props.put("boardpack.mail.port", String.valueOf(relay.port()));
            props.put("boardpack.mail.data-timeout", "3s");
            JarProcess run = JarProcess.start(work, props, RUN);
            assertThat(run.waitFor()).as(run.output()).isEqualTo(ExitCodes.DELIVERY_UNCONFIRMED);
            assertThat(run.output()).contains("Board pack COMPLETED")
                    .contains("1 member may or may not have the test-board pack for 2026-10 (delivery UNCONFIRMED")
                    .contains("Chair <chair@council.example.org>: the SMTP server did not answer the end of the message within boardpack.mail.data-timeout=3s")
                    .contains("--resend-unconfirmed");
            assertThat(relay.queuedFor("chair@council.example.org")).hasSize(1); // one copy, not one per retry
            assertThat(relay.queued()).hasSize(3);
            String messageId = relay.queuedFor("chair@council.example.org").get(0).messageId();

            JarProcess restart = JarProcess.start(work, props, "restart", "--board", "test-board");
            assertThat(restart.waitFor()).as(restart.output()).isEqualTo(ExitCodes.NOTHING_TO_RESTART);
            assertThat(restart.output()).contains("--confirm chair@council.example.org");

            relay.behaveNormally();
            // the message is composed again from the run's snapshot, not from the files as they are now
            Files.delete(work.resolve("input/board-members.csv"));
            Files.createDirectories(work.resolve("templates/email"));
            Files.writeString(work.resolve("templates/email/test-board.txt"), "Subject: {{#unclosed}}\n");
            JarProcess resend = JarProcess.start(work, props, "deliveries", "--board", "test-board", "--resend-unconfirmed");
            assertThat(resend.waitFor()).as(resend.output()).isZero();
            assertThat(resend.output()).contains("Sent again to Chair <chair@council.example.org> with the same Message-ID " + messageId);
            assertThat(relay.queuedFor("chair@council.example.org")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.messageId()).isEqualTo(messageId));
            assertThat(relay.queued()).hasSize(4);
        }
    }

    @Test
    void aSecondRunWhileOneIsActiveExitsAtOnceNamingTheRunningExecution() throws Exception {
        JarProcess first = JarProcess.start(work, pausingAt("compute"), RUN);
        assertThat(first.awaitOutput("Fault injection: pausing", 120)).as(first.output()).isTrue();
        JarProcess second = JarProcess.start(work, properties(), RUN);
        int code = second.waitFor();
        assertThat(code).as(second.output()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(second.output()).contains("Another run is in progress").contains("process " + first.pid())
                .contains("on host ").contains("started ");
        first.kill();
    }

    @Test
    void anUnwritableOutputFolderFailsWithAClearMessageAndNoPartialFile() throws Exception {
        Path blocker = work.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the output folder should be");
        String[] args = Arrays.copyOf(RUN, RUN.length + 2);
        args[RUN.length] = "--output";
        args[RUN.length + 1] = blocker.resolve("output").toString();
        JarProcess run = JarProcess.start(work, properties(), args);
        assertThat(run.waitFor()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.output()).contains("Cannot write").contains("check that the output folder")
                .doesNotContain("\tat org.");
        assertThat(Files.readString(blocker)).isEqualTo("a file where the output folder should be");
        try (var files = Files.walk(work)) {
            assertThat(files.map(Path::toString)).noneMatch(n -> n.endsWith(".part") || n.endsWith(".pdf") || n.endsWith(".xlsx"));
        }
    }

    @Test
    void manifestHashesMatchAndVerifyDetectsAModifiedFile() throws Exception {
        JarProcess run = JarProcess.start(work, properties(), RUN);
        assertThat(run.waitFor()).as(run.output()).isZero();
        RunManifest manifest = ManifestTasklet.json().readValue(out(work, "manifest.json").toFile(), RunManifest.class);
        assertThat(manifest.revision()).isEqualTo(1);
        assertThat(manifest.inputs()).extracting(RunManifest.FileRecord::path)
                .anyMatch(p -> p.endsWith("scorecards/2026-10.csv")).anyMatch(p -> p.endsWith("targets.csv"));
        assertThat(manifest.outputs()).extracting(RunManifest.FileRecord::path)
                .anyMatch(p -> p.endsWith("test-board-2026-10.pdf")).anyMatch(p -> p.endsWith("results.csv"));
        for (RunManifest.FileRecord f : manifest.outputs()) {
            assertThat(f.path()).as("relative to the output folder").startsWith("test-board/2026-10/");
            Path file = work.resolve("output").resolve(f.path());
            assertThat(FileHashes.sha256(file)).isEqualTo(f.sha256());
            assertThat(Files.size(file)).isEqualTo(f.size());
            assertThat(f.writtenBy()).as(f.path()).isEqualTo(manifest.jobExecutionId());
        }
        assertThat(manifest.outputs()).filteredOn(f -> f.path().endsWith(".pdf")).extracting(RunManifest.FileRecord::step)
                .containsExactly("write-pdf", "write-accessible-pdf");
        assertThat(manifest.deliveries()).extracting(RunManifest.DeliveryRecord::email).containsExactlyInAnyOrderElementsOf(MEMBERS);
        assertThat(manifest.deliveries()).extracting(RunManifest.DeliveryRecord::state).containsOnly("SENT");
        assertThat(manifest.steps()).extracting(RunManifest.StepTiming::step).contains("load", "compute", "write-pdf", "distribute");

        JarProcess verify = JarProcess.start(work, properties(), "verify", "--board", "test-board", "--period", "2026-10");
        assertThat(verify.waitFor()).as(verify.output()).isZero();

        Files.writeString(out(work, "results.csv"), "tampered\n", java.nio.file.StandardOpenOption.APPEND);
        JarProcess again = JarProcess.start(work, properties(), "verify", "--board", "test-board", "--period", "2026-10");
        assertThat(again.waitFor()).isEqualTo(ExitCodes.VERIFY_MISMATCH);
        assertThat(again.output()).containsPattern("CHANGED\\s+\\S*results.csv");
    }

    @Test
    void aRunAfterTheRepositoryWasDeletedRefusesAndSendsNothingAndReissueDoesNotEmailThoseAlreadySent() throws Exception {
        JarProcess first = JarProcess.start(work, properties(), RUN);
        assertThat(first.waitFor()).as(first.output()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        String manifest = FileHashes.sha256(out(work, "manifest.json"));
        String pdf = FileHashes.sha256(out(work, "test-board-2026-10.pdf"));
        smtp.purgeEmailFromAllMailboxes();
        Cli.deleteTree(work.resolve("data")); // the job repository is lost

        JarProcess again = JarProcess.start(work, properties(), RUN);
        assertThat(again.waitFor()).as(again.output()).isEqualTo(ExitCodes.ALREADY_COMPLETE);
        assertThat(again.output()).contains("The test-board pack for 2026-10 was already issued (revision 1, finished 2026-11-02 06:00, execution ")
                .contains("the job repository has no record of it: it was probably lost or re-created")
                .contains("Nothing was built or sent")
                .contains("run again with --reissue to build revision 2; the 3 members the manifest lists as sent will not be emailed again");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(FileHashes.sha256(out(work, "manifest.json"))).isEqualTo(manifest);
        assertThat(FileHashes.sha256(out(work, "test-board-2026-10.pdf"))).isEqualTo(pdf);
        assertThat(out(work, "manifest-r2.json")).doesNotExist();

        String[] reissue = Arrays.copyOf(RUN, RUN.length + 1);
        reissue[RUN.length] = "--reissue";
        JarProcess r2 = JarProcess.start(work, properties(), reissue);
        assertThat(r2.waitFor()).as(r2.output()).isZero();
        assertThat(r2.output()).contains("Not emailing Chair <chair@council.example.org>: sent revision 1 on 2026-11-02 06:00 per manifest.json");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(out(work, "test-board-2026-10-r2.pdf")).isRegularFile();
        assertThat(FileHashes.sha256(out(work, "test-board-2026-10.pdf"))).isEqualTo(pdf); // revision 1 kept
        RunManifest m2 = ManifestTasklet.json().readValue(out(work, "manifest-r2.json").toFile(), RunManifest.class);
        assertThat(m2.revision()).isEqualTo(2);
        assertThat(m2.deliveries()).extracting(RunManifest.DeliveryRecord::state).containsOnly("NOT_REMAILED").hasSize(3);
        JarProcess deliveries = JarProcess.start(work, properties(), "deliveries", "--board", "test-board");
        assertThat(deliveries.waitFor()).isZero();
        assertThat(deliveries.output()).containsPattern("Chair <chair@council.example.org> +NOT_REMAILED")
                .doesNotContain("not been sent");
    }

    @Test
    void twoRunsWithAFixedClockOnTheSameInputsWriteByteIdenticalWorkbooksAndPdfs() throws Exception {
        Map<String, String> props = properties();
        props.put("boardpack.mail.mode", "files");
        JarProcess first = JarProcess.start(work, props, RUN);
        assertThat(first.waitFor()).as(first.output()).isZero();
        String xlsx = FileHashes.sha256(out(work, "test-board-2026-10.xlsx"));
        String pdf = FileHashes.sha256(out(work, "test-board-2026-10.pdf"));
        Cli.deleteTree(work.resolve("data"));
        Cli.deleteTree(work.resolve("output"));
        Thread.sleep(2100); // a zip entry dated by the clock would now differ

        JarProcess second = JarProcess.start(work, props, RUN);
        assertThat(second.waitFor()).as(second.output()).isZero();
        assertThat(FileHashes.sha256(out(work, "test-board-2026-10.xlsx"))).isEqualTo(xlsx);
        assertThat(FileHashes.sha256(out(work, "test-board-2026-10.pdf"))).isEqualTo(pdf);
    }

    /** Every cell of every sheet as a user would see it. */
    static List<String> cellValues(Path xlsx) throws Exception {
        List<String> values = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        values.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + fmt.formatCellValue(cell));
                    }
                }
            }
        }
        return values;
    }
}
