package org.boardpack.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's side against the real jar and the distribution archive: the README's cron line on a fresh
 * install, one configuration for every command, the run lock and its recovery, abandon, usage errors that create
 * nothing, revision files and output file modes.
 */
class OperatorIT {

    private static final String[] SMALL_RUN = {"run", "--board", "test-board", "--period", "2026-10", "--no-mail"};

    @TempDir
    Path work;

    @BeforeEach
    void smallFixture() throws Exception {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), work);
    }

    static Map<String, String> fixedClock() {
        Map<String, String> p = new HashMap<>();
        p.put("boardpack.fixed-time", "2026-11-02T06:00:00Z");
        return p;
    }

    private static Map<String, String> pausingAt(String step, long ms) {
        Map<String, String> p = fixedClock();
        p.put("boardpack.fault-injection.pause-at", step);
        p.put("boardpack.fault-injection.pause-ms", String.valueOf(ms));
        return p;
    }

    private Path out(String file) {
        return work.resolve("output/test-board/2026-10").resolve(file);
    }

    private static Path sampleCopy(Path dir) throws IOException {
        Cli.copyTree(Path.of("input"), dir.resolve("input"));
        Cli.copyTree(Path.of("templates"), dir.resolve("templates"));
        return dir;
    }

    @Test
    void theReadmeCronLineRunsFromAnotherFolderOnAFreshInstall() throws Exception {
        Path archive;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            archive = files.filter(f -> f.getFileName().toString().matches("boardpack-.*-dist\\.tar\\.gz")).findFirst().orElseThrow();
        }
        Path unpackTo = Files.createDirectories(work.resolve("opt"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", unpackTo.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        Path install;
        try (Stream<Path> dirs = Files.list(unpackTo)) {
            install = dirs.findFirst().orElseThrow();
        }
        assertThat(install.resolve("boardpack.jar")).isRegularFile();
        assertThat(install.resolve("config/application.properties.example")).isRegularFile();
        assertThat(install.resolve("logs")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(install.resolve("bin/boardpack")))).startsWith("rwx");
        assertThat(install.resolve("bin/jvm.options")).as("the launcher's tuning ships with it").isRegularFile();
        // the operator's own setting: a fixed clock so that "previous" is October 2026, the sample's last month
        Files.writeString(install.resolve("config/application.properties"), "boardpack.fixed-time=2026-11-02T06:00:00Z\n");

        String cronLine = readmeBlock("cron").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        String command = cronLine.trim().split("\\s+", 6)[5].replace("/opt/boardpack", install.toString());
        Path elsewhere = Files.createDirectories(work.resolve("cron-home"));
        Process cron = new ProcessBuilder("/bin/sh", "-c", command).directory(elsewhere.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("sh.out").toFile()).start();
        assertThat(cron.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String cronLog = Files.exists(install.resolve("logs/cron.log")) ? Files.readString(install.resolve("logs/cron.log")) : "";
        assertThat(cron.exitValue()).as(cronLog + Files.readString(work.resolve("sh.out"))).isZero();
        assertThat(cronLog).contains("Board pack COMPLETED: improvement-board 2026-10, revision 1");
        Path pack = install.resolve("output/improvement-board/2026-10");
        assertThat(pack.resolve("improvement-board-2026-10.pdf")).isRegularFile();
        assertThat(install.resolve("logs/boardpack.log")).isRegularFile();
        assertThat(install.resolve("data")).isDirectory();
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left).as("nothing is created in the folder cron starts in").isEmpty();
        }
        // the default output file mode: the owner's group (a team share) can read the packs, nobody else
        try (Stream<Path> files = Files.walk(pack)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-r-----");
            }
        }
    }

    @Test
    void validateAndRunUseTheAuthorityInConfigApplicationProperties() throws Exception {
        Path dir = sampleCopy(Files.createDirectories(work.resolve("sample")));
        Files.createDirectories(dir.resolve("config"));
        // 999 is no authority's code: both commands must say so, from the same configuration file
        Files.writeString(dir.resolve("config/application.properties"), "boardpack.authority.code=999\n");
        JarProcess validate = JarProcess.start(dir, fixedClock(), "validate", "--period", "2026-10");
        assertThat(validate.waitFor()).as(validate.output()).isZero();
        assertThat(validate.output()).contains("authority 999 has no row in benchmarks.csv or neighbours.csv");

        JarProcess run = JarProcess.start(dir, fixedClock(), "run", "--period", "2026-10", "--no-mail");
        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(Files.readString(dir.resolve("output/improvement-board/2026-10/validation.csv")))
                .contains("authority 999 has no row in benchmarks.csv or neighbours.csv");
    }

    @Test
    void anAuthorityGivenOnTheCommandLineTakesEffect() throws Exception {
        Path dir = sampleCopy(Files.createDirectories(work.resolve("sample")));
        JarProcess run = JarProcess.start(dir, fixedClock(), "run", "--period", "2026-10", "--no-mail",
                "--boardpack.authority.code=823");
        assertThat(run.waitFor()).as(run.output()).isZero();
        // Central Bedfordshire's (823) published re-referral rate for 2025, from DfE's file, not Bedford's (822)
        String expected823 = null;
        String bedford822 = null;
        for (CSVRecord r : csv(dir.resolve("input/benchmarks/benchmarks.csv"))) {
            if (r.get("indicator_id").equals("rereferrals") && r.get("year").equals("2025")) {
                if (r.get("la_code").equals("823")) expected823 = r.get("value");
                if (r.get("la_code").equals("822")) bedford822 = r.get("value");
            }
        }
        assertThat(expected823).isNotNull().isNotEqualTo(bedford822);
        CSVRecord rereferrals = csv(dir.resolve("output/improvement-board/2026-10/results.csv")).stream()
                .filter(r -> r.get("indicator_id").equals("rereferrals")).findFirst().orElseThrow();
        assertThat(rereferrals.get("benchmark_year")).isEqualTo("2025");
        assertThat(Double.parseDouble(rereferrals.get("published_value"))).isEqualTo(Double.parseDouble(expected823));
    }

    @Test
    void aSettingOfTheWrongTypeOrAnUnknownMailModeIsAConfigurationErrorNamingIt() throws Exception {
        JarProcess wrongType = JarProcess.start(work, fixedClock(), "validate", "--board", "test-board",
                "--boardpack.validation.max-reported=lots");
        assertThat(wrongType.waitFor()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(wrongType.output()).contains("boardpack.validation.max-reported=lots cannot be read as int")
                .doesNotContain("APPLICATION FAILED TO START");
        Map<String, String> pigeon = fixedClock();
        pigeon.put("boardpack.mail.mode", "pigeon");
        JarProcess mode = JarProcess.start(work, pigeon, SMALL_RUN);
        assertThat(mode.waitFor()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(mode.output()).contains("boardpack.mail.mode=pigeon is not a mode");
        assertThat(work.resolve("output")).doesNotExist();
    }

    @Test
    void twoRunsOfDifferentBoardsStartedTogetherBothCompleteButTheSameBoardAndPeriodTwiceExits5NamingIt() throws Exception {
        Files.copy(work.resolve("templates/boards/test-board.yml"), work.resolve("templates/boards/other-board.yml"));
        // each holds its own board and period's lock in its validate step; neither waits for the other. The first
        // holds the H2 file (AUTO_SERVER) and ends first, so it must keep the database open until the second ends
        JarProcess a = JarProcess.start(work, pausingAt("validate", 60000), SMALL_RUN);
        assertThat(a.awaitOutput("Fault injection: pausing", 120)).as(a.output()).isTrue();
        JarProcess b = JarProcess.start(work, pausingAt("validate", 90000), "run", "--board", "other-board", "--period",
                "2026-10", "--no-mail");
        // the same board and period while the first holds it: refused at once, naming the holder
        JarProcess same = JarProcess.start(work, fixedClock(), SMALL_RUN);
        int codeSame = same.waitFor();
        int codeA = a.waitFor();
        int codeB = b.waitFor();
        assertThat(codeA).as(a.output()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(codeB).as(b.output()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(a.output()).contains("other boardpack process(es) to finish: this process holds the H2 database");
        assertThat(codeSame).as(same.output()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(same.output()).contains("Another run is in progress").contains("process " + a.pid())
                .contains("on host ").contains("started ").doesNotContain("Fault injection: pausing");
        assertThat(work.resolve("output/other-board/2026-10/other-board-2026-10.pdf")).isRegularFile();
        JarProcess status = JarProcess.start(work, fixedClock(), "status");
        assertThat(status.waitFor()).isZero();
        assertThat(status.output()).containsPattern("2026-10\\s+test-board\\s+1\\s+COMPLETED")
                .containsPattern("2026-10\\s+other-board\\s+1\\s+COMPLETED");
    }

    @Test
    void aRecordedHolderWhosePidNowBelongsToAYoungerProcessIsRecovered() throws Exception {
        JarProcess first = JarProcess.start(work, pausingAt("compute", 120000), SMALL_RUN);
        assertThat(first.awaitOutput("Fault injection: pausing", 120)).as(first.output()).isTrue();
        first.kill();
        // after a reboot the pid is reused: here by a process started after the run, still alive
        Process younger = new ProcessBuilder("sleep", "300").start();
        try {
            try (Connection c = database()) {
                update(c, "UPDATE bp_run_lock SET pid = ? WHERE pid = ?", younger.pid(), first.pid());
                update(c, "UPDATE bp_run_process SET pid = ? WHERE pid = ?", younger.pid(), first.pid());
            }
            JarProcess again = JarProcess.start(work, fixedClock(), SMALL_RUN);
            assertThat(again.waitFor()).as(again.output()).isZero();
            assertThat(again.output()).contains("process " + younger.pid() + " now is another process")
                    .contains("was left STARTED by process " + younger.pid()).contains("Board pack COMPLETED");
            assertThat(younger.isAlive()).as("the younger process is never touched").isTrue();
        } finally {
            younger.destroyForcibly();
        }
    }

    @Test
    void aHolderOnAnotherHostIsRecoveredOnlyOnceItsLeaseHasExpired() throws Exception {
        JarProcess first = JarProcess.start(work, pausingAt("compute", 120000), SMALL_RUN);
        assertThat(first.awaitOutput("Fault injection: pausing", 120)).as(first.output()).isTrue();
        first.kill();
        try (Connection c = database()) {
            // a container that was killed: another host name; lease renewed just now, then never again
            update(c, "UPDATE bp_run_lock SET host = 'container-1f3a', renewed_ms = ?, lease_ms = 60000 WHERE pid = ?",
                    System.currentTimeMillis(), first.pid());
        }
        JarProcess tooSoon = JarProcess.start(work, fixedClock(), SMALL_RUN);
        assertThat(tooSoon.waitFor()).as(tooSoon.output()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(tooSoon.output()).contains("on host container-1f3a").contains("runs on another host and renewed its lease");
        try (Connection c = database()) {
            update(c, "UPDATE bp_run_lock SET renewed_ms = ? WHERE pid = ?", System.currentTimeMillis() - 61000, first.pid());
        }
        JarProcess after = JarProcess.start(work, fixedClock(), SMALL_RUN);
        assertThat(after.waitFor()).as(after.output()).isZero();
        assertThat(after.output()).contains("its lease expired").contains("Board pack COMPLETED");
    }

    @Test
    void abandonRefusesALiveRunThenGivesUpAKilledOneAndTheNextRunBuildsTheNextRevision() throws Exception {
        JarProcess first = JarProcess.start(work, pausingAt("compute", 120000), SMALL_RUN);
        assertThat(first.awaitOutput("Fault injection: pausing", 120)).as(first.output()).isTrue();
        long execution = executionOf(first);
        JarProcess whileAlive = JarProcess.start(work, fixedClock(), "abandon", "--execution", String.valueOf(execution));
        assertThat(whileAlive.waitFor()).as(whileAlive.output()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(whileAlive.output()).contains("still running as process " + first.pid());
        first.kill();

        JarProcess abandon = JarProcess.start(work, fixedClock(), "abandon", "--execution", String.valueOf(execution));
        assertThat(abandon.waitFor()).as(abandon.output()).isZero();
        assertThat(abandon.output()).contains("Abandoned execution " + execution + " (test-board 2026-10 revision 1)")
                .contains("builds revision 2");
        JarProcess status = JarProcess.start(work, fixedClock(), "status");
        assertThat(status.waitFor()).isZero();
        assertThat(status.output()).containsPattern(execution + "\\s+2026-10\\s+test-board\\s+1\\s+ABANDONED\\s+no-mail");
        try (Connection c = database(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM bp_run_lock WHERE pid IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the lock is released").isZero();
        }
        JarProcess next = JarProcess.start(work, fixedClock(), SMALL_RUN);
        assertThat(next.waitFor()).as(next.output()).isZero();
        assertThat(next.output()).contains("Board pack COMPLETED: test-board 2026-10, revision 2");

        JarProcess unknown = JarProcess.start(work, fixedClock(), "abandon", "--execution", "999");
        assertThat(unknown.waitFor()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.output()).contains("There is no execution 999");
    }

    @Test
    void aMistypedBoardOrAPathTraversalIsAUsageErrorThatRecordsAndCreatesNothing() throws Exception {
        JarProcess typo = JarProcess.start(work, fixedClock(), "run", "--board", "test-bord", "--period", "2026-10");
        assertThat(typo.waitFor()).as(typo.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.output()).contains("No board \"test-bord\"").contains("Did you mean --board test-board?")
                .doesNotContain("restart");
        JarProcess typoPeriod = JarProcess.start(work, fixedClock(), "run", "--board", "test-board", "--period", "2026-13");
        assertThat(typoPeriod.waitFor()).isEqualTo(ExitCodes.USAGE);
        assertThat(typoPeriod.output()).contains("--period \"2026-13\" is not YYYY-MM");
        JarProcess status = JarProcess.start(work, fixedClock(), "status");
        assertThat(status.waitFor()).isZero();
        assertThat(status.output()).contains("No runs recorded.");
        assertThat(work.resolve("output")).doesNotExist();

        // an installation two folders down, so that ../ and ../../ land inside this test's own folder
        Path home = work.resolve("srv/boardpack");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), home);
        List<String> before = tree(work);
        for (String board : List.of("../boards/improvement-board", "../../etc", "/tmp/boards", "Test-Board")) {
            for (String cmd : List.of("run", "validate")) {
                JarProcess p = JarProcess.start(home, fixedClock(), cmd, "--board", board, "--period", "2026-10");
                assertThat(p.waitFor()).as(p.output()).isEqualTo(ExitCodes.USAGE);
                assertThat(p.output()).contains("is not a board id");
            }
        }
        assertThat(tree(work)).as("no file or folder created anywhere").isEqualTo(before);
        assertThat(Path.of("/tmp/boards")).doesNotExist();
    }

    /** Every path under the folder, without the test's own captured process output. */
    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> dir.relativize(f).toString())
                    .filter(n -> !n.matches("(.*/)?process-.*\\.log")).sorted().toList();
        }
    }

    @Test
    void verifyRevisionOnePassesAfterAReissueAndEveryOutputHasTheConfiguredMode() throws Exception {
        JarProcess nothing = JarProcess.start(work, fixedClock(), "verify", "--board", "test-board");
        assertThat(nothing.waitFor()).as(nothing.output()).isEqualTo(ExitCodes.NO_SUCH_RUN);
        assertThat(nothing.output()).contains("Nothing to verify: no completed run of test-board");

        Map<String, String> groupWrite = fixedClock();
        groupWrite.put("boardpack.output.file-mode", "rw-rw----");
        JarProcess first = JarProcess.start(work, groupWrite, SMALL_RUN);
        assertThat(first.waitFor()).as(first.output()).isZero();
        String validation1 = Files.readString(out("validation.csv"));
        String[] reissue = {"run", "--board", "test-board", "--period", "2026-10", "--no-mail", "--reissue"};
        JarProcess second = JarProcess.start(work, groupWrite, reissue);
        assertThat(second.waitFor()).as(second.output()).isZero();
        assertThat(out("validation-r2.csv")).isRegularFile();
        assertThat(out("manifest-r2.json")).isRegularFile();
        assertThat(Files.readString(out("validation.csv"))).isEqualTo(validation1);

        JarProcess one = JarProcess.start(work, fixedClock(), "verify", "--board", "test-board", "--period", "2026-10", "--revision", "1");
        assertThat(one.waitFor()).as(one.output()).isZero();
        assertThat(one.output()).contains("revision 1").containsPattern("OK\\s+\\S*/validation.csv");
        JarProcess latest = JarProcess.start(work, fixedClock(), "verify", "--board", "test-board");
        assertThat(latest.waitFor()).as(latest.output()).isZero();
        assertThat(latest.output()).contains("Verifying test-board 2026-10 revision 2").containsPattern("OK\\s+\\S*/validation-r2.csv");

        try (Stream<Path> files = Files.walk(work.resolve("output"))) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            // revision 1 and 2 each: the four editions (xlsx, pdf, html, accessible pdf), results.csv,
            // validation.csv and the manifest
            assertThat(all).hasSize(14);
            for (Path f : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-rw----");
            }
        }
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/boardpack").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "sa", "");
    }

    private static void update(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            assertThat(s.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private long executionOf(JarProcess run) throws Exception {
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("SELECT job_execution_id FROM bp_run_process WHERE pid = ?")) {
            s.setLong(1, run.pid());
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).as("the run's process is recorded").isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (CSVParser p = CSVParser.parse(text,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    /** The first fenced block of the given language in the README. */
    private static String readmeBlock(String language) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("a ```" + language + " block in README.md").isTrue();
        return m.group(1);
    }
}
