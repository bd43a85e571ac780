package org.boardpack.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.boardpack.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL by configuration alone: the same jar, with only the datasource settings changed, runs the job,
 * fails, resumes and reports status. Runs when BOARDPACK_TEST_POSTGRES_URL names an empty database (.ci/run
 * starts one when PostgreSQL is installed); skipped otherwise.
 */
class PostgresIT {

    @TempDir
    Path work;

    @Test
    void theJobRunsFailsAndResumesOnPostgres() throws Exception {
        String url = System.getenv("BOARDPACK_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "BOARDPACK_TEST_POSTGRES_URL is not set: no PostgreSQL to test against");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), work);
        Map<String, String> props = new HashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", System.getenv().getOrDefault("BOARDPACK_TEST_POSTGRES_USER", "boardpack"));
        props.put("spring.datasource.password", System.getenv().getOrDefault("BOARDPACK_TEST_POSTGRES_PASSWORD", ""));
        // a board of its own, so the test can run again against the same database
        String board = "pg-" + System.currentTimeMillis();
        Files.copy(work.resolve("templates/boards/test-board.yml"), work.resolve("templates/boards/" + board + ".yml"));
        String[] run = {"run", "--board", board, "--period", "2026-10", "--no-mail"};

        Path pdf = work.resolve("output/" + board + "/2026-10/" + board + "-2026-10.pdf");
        Files.createDirectories(pdf);
        Files.writeString(pdf.resolve("blocker"), "x");
        JarProcess failed = JarProcess.start(work, props, run);
        assertThat(failed.waitFor()).as(failed.output()).isEqualTo(1);

        Files.delete(pdf.resolve("blocker"));
        Files.delete(pdf);
        JarProcess resumed = JarProcess.start(work, props, run);
        assertThat(resumed.waitFor()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("Resuming " + board + " 2026-10 revision 1");
        assertThat(pdf).isRegularFile();

        JarProcess status = JarProcess.start(work, props, "status", "--board", board);
        assertThat(status.waitFor()).isZero();
        assertThat(status.output()).contains("COMPLETED").contains("FAILED");
        assertThat(Files.exists(work.resolve("data"))).as("no H2 database was created").isFalse();
    }
}
