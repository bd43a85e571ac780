package org.boardpack.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping is always safe, against the real jar: SIGTERM (or a kill) while an execution is being created, i.e.
 * before its process is recorded (the fault-injection point job-start, in the "30-60 ms after Restarting
 * execution" window), or after its last step (job-end), leaves a state the next run or restart resumes.
 */
class SafeStopIT {

    private static final String[] RUN = {"run", "--board", "test-board", "--period", "2026-10", "--no-mail"};
    private static final String[] RESTART = {"restart", "--board", "test-board"};
    private static final String[] STATUS = {"status", "--board", "test-board"};

    @TempDir
    Path work;

    @BeforeEach
    void smallFixture() throws Exception {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), work);
    }

    private static Map<String, String> settings(String... keyValues) {
        Map<String, String> p = new HashMap<>();
        p.put("boardpack.fixed-time", "2026-11-02T06:00:00Z");
        for (int i = 0; i < keyValues.length; i += 2) p.put(keyValues[i], keyValues[i + 1]);
        return p;
    }

    private static Map<String, String> pausingAt(String point) {
        return settings("boardpack.fault-injection.pause-at", point, "boardpack.fault-injection.pause-ms", "60000");
    }

    private JarProcess pausedThenSignalled(Map<String, String> properties, String... args) throws Exception {
        JarProcess p = JarProcess.start(work, properties, args);
        assertThat(p.awaitOutput("Fault injection: pausing", 180)).as(p.output()).isTrue();
        p.terminate();
        return p;
    }

    @Test
    void sigtermWhileTheRunsExecutionStartsStopsItBeforeItsFirstStepAndTheNextRunCompletes() throws Exception {
        JarProcess run = pausedThenSignalled(pausingAt("job-start"), RUN);
        assertThat(run.waitFor()).as(run.output()).isEqualTo(ExitCodes.STOPPED);
        assertThat(run.output()).contains("Board pack STOPPED").doesNotContain("exiting").doesNotContain("Fix the cause");

        JarProcess status = JarProcess.start(work, settings(), STATUS);
        assertThat(status.waitFor()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("2026-10\\s+test-board\\s+1\\s+STOPPED .*stopped on request");

        JarProcess again = JarProcess.start(work, settings(), RUN);
        assertThat(again.waitFor()).as(again.output()).isZero();
        assertThat(again.output()).contains("Board pack COMPLETED: test-board 2026-10, revision 1");
    }

    @Test
    void sigtermWhileARestartStartsStopsItAndTheNextRestartCompletes() throws Exception {
        JarProcess failed = JarProcess.start(work, settings("boardpack.fault-injection.fail-at", "compute"), RUN);
        assertThat(failed.waitFor()).as(failed.output()).isEqualTo(ExitCodes.FAILED);

        JarProcess restart = pausedThenSignalled(pausingAt("job-start"), RESTART);
        assertThat(restart.waitFor()).as(restart.output()).isEqualTo(ExitCodes.STOPPED);
        assertThat(restart.output()).contains("Restarting execution").contains("Board pack STOPPED");

        // not refused as already running (the issue: every later run of any board exited 5)
        JarProcess next = JarProcess.start(work, settings(), RESTART);
        assertThat(next.waitFor()).as(next.output()).isZero();
        assertThat(next.output()).contains("Board pack COMPLETED").contains("compute=COMPLETED")
                .doesNotContain("Another run is in progress");
    }

    @Test
    void killedBeforeItsProcessIsRecordedTheExecutionIsRecoveredAsCrashedAndTheNextRunResumes() throws Exception {
        JarProcess run = JarProcess.start(work, pausingAt("job-start"), RUN);
        assertThat(run.awaitOutput("Fault injection: pausing", 180)).as(run.output()).isTrue();
        run.kill();

        JarProcess status = JarProcess.start(work, settings(), STATUS);
        assertThat(status.waitFor()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("2026-10\\s+test-board\\s+1\\s+FAILED .*"
                + "the process ended without recording a result \\(killed or crashed\\)");

        JarProcess again = JarProcess.start(work, settings(), RUN);
        assertThat(again.waitFor()).as(again.output()).isZero();
        assertThat(again.output()).contains("Board pack COMPLETED: test-board 2026-10, revision 1");
    }

    @Test
    void sigtermBeforeTheJobIsLaunchedExits6AndRecordsNothing() throws Exception {
        JarProcess run = JarProcess.start(work, settings(), RUN);
        assertThat(run.awaitOutput("Using H2", 180)).as(run.output()).isTrue(); // the context is starting
        run.terminate();
        assertThat(run.waitFor()).as(run.output()).isEqualTo(ExitCodes.STOPPED);
        assertThat(run.output()).contains("Stopped on request (SIGTERM) before the run started");

        JarProcess status = JarProcess.start(work, settings(), STATUS);
        assertThat(status.waitFor()).as(status.output()).isZero();
        assertThat(status.output()).contains("No runs recorded for test-board");
    }

    @Test
    void aRunThatCompletesWhileSigtermArrivesExits0() throws Exception {
        JarProcess run = pausedThenSignalled(pausingAt("job-end"), RUN);
        assertThat(run.waitFor()).as(run.output()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(run.output()).contains("Board pack COMPLETED: test-board 2026-10, revision 1");

        JarProcess status = JarProcess.start(work, settings(), STATUS);
        assertThat(status.waitFor()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("2026-10\\s+test-board\\s+1\\s+COMPLETED");
    }
}
