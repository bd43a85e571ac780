package org.boardpack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark generator writes inputs that the application's own validation accepts, and the same ones each time. */
class WorkloadGeneratorTest {

    private static final Workload W = new Workload("test", 10, 3, 14, 2, 6, 7);

    @TempDir
    Path dir;

    @Test
    void generatedInputsValidateCleanlyForEveryBoard() throws IOException {
        Path root = dir.resolve("w");
        WorkloadGenerator generator = new WorkloadGenerator(W, Path.of("input/benchmarks"));
        generator.writeTo(root);
        assertThat(generator.boardIds()).containsExactly("improvement-board", "board-2");
        // 14 months back from 2026-10: 2025-09 .. 2026-10
        try (Stream<Path> files = Files.list(root.resolve("input/scorecards"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(14).startsWith("2025-09.csv").endsWith("2026-10.csv");
        }
        // a percent indicator (ind_001) has an authority row and 3 team rows a month; a count (ind_005) one
        List<String> october = Files.readAllLines(root.resolve("input/scorecards/2026-10.csv"));
        assertThat(october.stream().filter(l -> l.startsWith("ind_001,"))).hasSize(4);
        assertThat(october.stream().filter(l -> l.startsWith("ind_005,"))).hasSize(1);
        for (String board : generator.boardIds()) {
            Cli.Result r = Cli.run(dir.resolve("data-" + board), "validate", "--board", board,
                    "--input", root.resolve("input").toString(), "--templates", root.resolve("templates").toString(),
                    "--output", dir.resolve("out").toString(), "--period", "2026-10");
            assertThat(r.exitCode()).as(r.all()).isZero();
            assertThat(r.all()).contains("0 errors, 0 warnings");
        }
    }

    @Test
    void sameWorkloadAndSeedGiveIdenticalFiles() throws IOException {
        new WorkloadGenerator(W, Path.of("input/benchmarks")).writeTo(dir.resolve("a"));
        new WorkloadGenerator(W, Path.of("input/benchmarks")).writeTo(dir.resolve("b"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("a"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path a : files) {
            Path b = dir.resolve("b").resolve(dir.resolve("a").relativize(a).toString());
            assertThat(Files.mismatch(a, b)).as(a.toString()).isEqualTo(-1L);
        }
    }
}
