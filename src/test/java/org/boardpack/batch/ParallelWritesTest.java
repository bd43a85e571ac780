package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The six write steps run at once (a split flow), between compute and distribute; one failing lets the others
 * finish and fails the run, and the restart writes only what that step left unwritten.
 */
class ParallelWritesTest {

    private static final List<String> WRITES = List.of("write-results", "write-recommendations", "write-excel",
            "write-pdf", "write-html", "write-accessible-pdf");

    @TempDir
    Path work;

    record StepRun(long execution, String step, String status, LocalDateTime start, LocalDateTime end, long writes) {
    }

    @AfterEach
    void clear() {
        for (String k : List.of("boardpack.parallel-writes", "boardpack.fault-injection.pause-at",
                "boardpack.fault-injection.pause-ms", "boardpack.fault-injection.fail-at", "boardpack.log-dir",
                "boardpack.fixed-time")) {
            System.clearProperty(k);
        }
    }

    private String[] run() throws Exception {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), work);
        return new String[] {"run", "--board", "test-board", "--period", "2026-10", "--input", work.resolve("input").toString(),
                "--templates", work.resolve("templates").toString(), "--output", work.resolve("output").toString(), "--no-mail"};
    }

    @Test
    void theWriteStepsOverlapAfterComputeAndBeforeDistributeEachLoggingTheRunsExecution() throws Exception {
        String[] run = run();
        Map.of("boardpack.parallel-writes", "3", "boardpack.log-dir", work.resolve("logs").toString(),
                // write-excel holds for two seconds once its file is written: with three threads, the steps after it in
                // the split (pdf, html, accessible PDF) are started on the other two while it holds, if they run at once
                "boardpack.fault-injection.pause-at", "write-excel", "boardpack.fault-injection.pause-ms", "2000")
                .forEach(System::setProperty);
        Cli.Result result = Cli.run(work.resolve("data"), run);
        assertThat(result.exitCode()).as(result.all()).isZero();

        List<StepRun> steps = steps(work.resolve("data"));
        StepRun excel = step(steps, 1, "write-excel");
        assertThat(steps.stream().filter(s -> WRITES.contains(s.step()) && !s.step().equals("write-excel")))
                .as("a write step started while write-excel ran: " + steps)
                .anyMatch(s -> !s.start().isBefore(excel.start()) && s.start().isBefore(excel.end()));
        StepRun compute = step(steps, 1, "compute");
        StepRun distribute = step(steps, 1, "distribute");
        for (String w : WRITES) {
            StepRun s = step(steps, 1, w);
            assertThat(s.status()).isEqualTo("COMPLETED");
            assertThat(s.start()).as(w + " starts after compute ends").isAfterOrEqualTo(compute.end());
            assertThat(s.end()).as(w + " ends before distribute starts").isBeforeOrEqualTo(distribute.start());
        }
        // the log context is carried to the write threads: each write step's lines carry the execution id
        String log = Files.readString(work.resolve("logs/boardpack.log"));
        for (String w : WRITES) {
            assertThat(log).containsPattern("\\[execution 1\\] .* - Step " + w + " started");
        }
        // and the manifest credits each file to the step that wrote it, in the first execution
        RunManifest manifest = ManifestTasklet.json().readValue(
                work.resolve("output/test-board/2026-10/manifest.json").toFile(), RunManifest.class);
        assertThat(manifest.outputs()).filteredOn(f -> f.path().endsWith("test-board-2026-10.pdf")).singleElement()
                .satisfies(f -> {
                    assertThat(f.step()).isEqualTo("write-pdf");
                    assertThat(f.writtenBy()).isEqualTo(1L);
                });
        assertThat(manifest.outputs()).filteredOn(f -> f.path().endsWith("test-board-2026-10.xlsx")).singleElement()
                .satisfies(f -> assertThat(f.step()).isEqualTo("write-excel"));
    }

    @Test
    void aFailedWriteLetsTheOthersCompleteFailsTheRunAndTheRestartWritesOnlyItsFile() throws Exception {
        String[] run = run();
        System.setProperty("boardpack.fixed-time", "2026-11-02T06:00:00Z");
        System.setProperty("boardpack.log-dir", work.resolve("logs").toString());
        System.setProperty("boardpack.fault-injection.fail-at", "write-pdf");
        Cli.Result failed = Cli.run(work.resolve("data"), run);
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.out()).contains("Failed at step write-pdf").contains("Fault injection: step write-pdf failed");

        List<StepRun> first = steps(work.resolve("data"));
        assertThat(step(first, 1, "write-pdf").status()).isEqualTo("FAILED");
        for (String w : WRITES) {
            if (!w.equals("write-pdf")) assertThat(step(first, 1, w).status()).as(w).isEqualTo("COMPLETED");
        }
        assertThat(first).as("nothing after the writes runs").noneMatch(s -> s.step().equals("distribute") || s.step().equals("manifest"));
        Path folder = work.resolve("output/test-board/2026-10");
        assertThat(folder.resolve("test-board-2026-10.xlsx")).isRegularFile();
        assertThat(folder.resolve("test-board-2026-10.html")).isRegularFile();
        assertThat(folder.resolve("test-board-2026-10.pdf")).doesNotExist();

        System.clearProperty("boardpack.fault-injection.fail-at");
        Cli.Result restart = Cli.run(work.resolve("data"), "restart", "--board", "test-board", "--period", "2026-10");
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(folder.resolve("test-board-2026-10.pdf")).isRegularFile();
        assertThat(Files.readString(work.resolve("logs/boardpack.log")))
                .containsPattern("\\[execution 2\\] .*test-board-2026-10\\.xlsx is as execution 1 wrote it: not written again");

        List<StepRun> all = steps(work.resolve("data"));
        // validate, load and compute are not run again; the completed writes run, find their files and write nothing
        assertThat(all).filteredOn(s -> s.execution() == 2).extracting(StepRun::step)
                .doesNotContain("validate", "load", "compute").contains("distribute", "manifest");
        assertThat(step(all, 2, "write-pdf").writes()).isEqualTo(1);
        for (String w : WRITES) {
            assertThat(step(all, 2, w).status()).isEqualTo("COMPLETED");
            if (!w.equals("write-pdf")) assertThat(step(all, 2, w).writes()).as(w).isZero();
        }
        RunManifest manifest = ManifestTasklet.json().readValue(folder.resolve("manifest.json").toFile(), RunManifest.class);
        assertThat(manifest.outputs()).filteredOn(f -> f.path().endsWith("test-board-2026-10.pdf")).singleElement()
                .satisfies(f -> assertThat(f.writtenBy()).isEqualTo(2L));
        assertThat(manifest.outputs()).filteredOn(f -> f.path().endsWith("test-board-2026-10.xlsx")).singleElement()
                .satisfies(f -> assertThat(f.writtenBy()).isEqualTo(1L));
    }

    private static StepRun step(List<StepRun> steps, long execution, String name) {
        return steps.stream().filter(s -> s.execution() == execution && s.step().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in execution " + execution + ": " + steps));
    }

    private static List<StepRun> steps(Path data) {
        JdbcClient db = RestartTest.repository(data);
        return db.sql("SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS, START_TIME, END_TIME, WRITE_COUNT FROM BATCH_STEP_EXECUTION "
                        + "ORDER BY STEP_EXECUTION_ID")
                .query((rs, n) -> new StepRun(rs.getLong(1), rs.getString(2), rs.getString(3), time(rs.getTimestamp(4)),
                        time(rs.getTimestamp(5)), rs.getLong(6)))
                .list();
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
