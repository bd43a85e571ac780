package org.boardpack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness end to end at a small size, against the packaged jar: it generates a workload, runs every
 * board's pack as its own process and prints the table. The figures are printed, not asserted against a time
 * (speed targets live in the harness, not in tests); what is asserted is that every run succeeded and was measured.
 */
class BenchmarkSmokeIT {

    @TempDir
    Path dir;

    @Test
    void smallWorkloadRunsAndIsMeasured() throws Exception {
        WorkloadGenerator generator = new WorkloadGenerator(Workload.SMALL, Path.of("input/benchmarks"));
        generator.writeTo(dir);
        BenchmarkHarness harness = new BenchmarkHarness(Path.of("target/boardpack.jar"), "512m");
        BenchmarkHarness.Report report = harness.run(Workload.SMALL.toString(), dir,
                BenchmarkHarness.commands(java.util.Map.of(), generator.boardIds()));
        BenchmarkHarness.print(report, System.out);

        assertThat(report.processes()).hasSize(2).allSatisfy(m -> {
            assertThat(m.exitCode()).as(m.command()).isZero();
            assertThat(m.wall()).isPositive();
            assertThat(m.cpu()).isPositive();
            assertThat(m.peakKb()).isGreaterThan(10_000);
        });
        assertThat(report.steps()).containsKeys("validate", "compute", "write-excel", "write-pdf");
        assertThat(dir.resolve("output/improvement-board/2026-10")).isDirectory();
        assertThat(dir.resolve("output/board-2/2026-10")).isDirectory();
    }
}
