package org.boardpack.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder's faults against the real jar, each reported as its cause and its fix with exit 9 and no
 * "Check spring.datasource.url": the data disk full during a run (simulated unprivileged by a file size limit,
 * {@code ulimit -f}, on the child JVM: the kernel then fails its writes with EFBIG as a full disk fails them with
 * ENOSPC), a read-only data folder (status still works) and a damaged database file.
 */
class DataFolderFaultsIT {

    private static final String[] RUN = {"run", "--board", "test-board", "--period", "2026-10", "--no-mail"};
    private static final String[] STATUS = {"status", "--board", "test-board"};

    @TempDir
    Path work;

    @BeforeEach
    void aCompletedRun() throws Exception {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), work);
        JarProcess run = JarProcess.start(work, settings(), RUN);
        assertThat(run.waitFor()).as(run.output()).isZero();
    }

    private static Map<String, String> settings() {
        Map<String, String> p = new HashMap<>();
        p.put("boardpack.fixed-time", "2026-11-02T06:00:00Z");
        return p;
    }

    private Path data() {
        return work.resolve("data");
    }

    @Test
    void theDataDiskFullingDuringARunSaysSoExits9AndTheRunResumesOnceThereIsRoom() throws Exception {
        Files.deleteIfExists(data().resolve("boardpack.trace.db"));
        long limitKb = Files.size(data().resolve("boardpack.mv.db")) / 1024 + 12; // room to open it, not to run
        String[] reissue = {"run", "--board", "test-board", "--period", "2026-10", "--no-mail", "--reissue",
                "--boardpack.log-dir=" + Files.createDirectories(work.resolve("other-disk-logs"))};
        JarProcess full = JarProcess.startUnder(List.of("bash", "-c", "ulimit -f " + limitKb + "; exec \"$@\"", "bash"),
                work, settings(), reissue);
        assertThat(full.waitFor()).as(full.output()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(full.output()).contains("could not write to the data folder " + data().toAbsolutePath())
                .contains("(File too large)").contains("Free space on that disk")
                .doesNotContain("Check spring.datasource.url")
                .doesNotContain("Cannot start the job");

        // the same command once there is room: revision 2 resumes, or starts if the full disk kept it from being recorded
        JarProcess resumed = JarProcess.start(work, settings(), reissue);
        assertThat(resumed.waitFor()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("Board pack COMPLETED: test-board 2026-10, revision 2");
    }

    @Test
    void aReadOnlyDataFolderRefusesARunWithTheFixAndStatusStillListsTheRuns() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> asAnotherUser = new ArrayList<>();
        if (root) {
            // root writes through any permission: run the jar as nobody, who may read and write everything else
            asAnotherUser.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
            // nobody must be able to pass through the folders above; only add that, never reset their modes (a
            // chmod from Java would clear /tmp's sticky bit and world-writability for every other process)
            for (Path p = work.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
                var perms = java.util.EnumSet.copyOf(Files.getPosixFilePermissions(p));
                if (perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) Files.setPosixFilePermissions(p, perms);
            }
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
                }
            }
        }
        try (Stream<Path> files = Files.list(data())) {
            for (Path f : files.toList()) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        }
        Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            JarProcess run = JarProcess.startUnder(asAnotherUser, work, settings(),
                    "run", "--board", "test-board", "--period", "2026-10", "--no-mail", "--reissue");
            assertThat(run.waitFor()).as(run.output()).isEqualTo(ExitCodes.CONFIGURATION);
            assertThat(run.output()).contains("The data folder " + data().toAbsolutePath() + " is read-only")
                    .contains("chmod -R u+w").doesNotContain("AUTO_SERVER").doesNotContain("Check spring.datasource.url");

            JarProcess status = JarProcess.startUnder(asAnotherUser, work, settings(), STATUS);
            assertThat(status.waitFor()).as(status.output()).isZero();
            assertThat(status.output()).contains("The data folder is read-only")
                    .containsPattern("2026-10\\s+test-board\\s+1\\s+COMPLETED");
        } finally {
            Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDamagedDatabaseFileSaysToRestoreTheDataFolderFromBackupForRunAndStatus() throws Exception {
        Path file = data().resolve("boardpack.mv.db");
        byte[] noise = new byte[(int) Files.size(file)];
        new Random(16).nextBytes(noise);
        Files.write(file, noise);

        for (String[] command : List.of(RUN, STATUS)) {
            JarProcess p = JarProcess.start(work, settings(), command);
            assertThat(p.waitFor()).as(p.output()).isEqualTo(ExitCodes.CONFIGURATION);
            assertThat(p.output()).contains("The job repository's database file " + file.toAbsolutePath() + " is damaged")
                    .contains("Restore the data folder " + data().toAbsolutePath() + " from the latest backup")
                    .doesNotContain("Cannot start: null").doesNotContain("Check spring.datasource.url");
        }
    }
}
