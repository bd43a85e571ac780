package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A failed write step resumes on the next run without loading or computing again; completed periods are refused. */
@Outputs("xlsx,pdf")
class RestartTest {

    @TempDir
    Path work;

    @Test
    void failedPdfStepResumesThenCompletedPeriodIsRefusedAndReissueMakesRevisionTwo() throws Exception {
        Path input = work.resolve("input");
        Path templates = work.resolve("templates");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/input"), input);
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/templates"), templates);
        Path output = work.resolve("output");
        Path data = work.resolve("data");
        String[] run = {"run", "--board", "test-board", "--period", "2026-10", "--input", input.toString(),
                "--templates", templates.toString(), "--output", output.toString(), "--no-mail"};

        // make the PDF step fail: a non-empty folder where the PDF must go cannot be replaced by the file
        Path pdf = output.resolve("test-board/2026-10/test-board-2026-10.pdf");
        Files.createDirectories(pdf);
        Files.writeString(pdf.resolve("blocker.txt"), "x");

        Cli.Result failed = Cli.run(data, run);
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.out()).contains("Failed at step write-pdf");
        assertThat(output.resolve("test-board/2026-10/test-board-2026-10.xlsx")).exists();

        Cli.Result status = Cli.run(data, "status", "--board", "test-board");
        assertThat(status.out()).contains("FAILED").contains("write-pdf");

        // the operator fixes the cause and runs the same command again
        Files.delete(pdf.resolve("blocker.txt"));
        Files.delete(pdf);
        Cli.Result resumed = Cli.run(data, run);
        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(pdf).isRegularFile();

        // read the step executions from the job repository: load and compute ran once, write-pdf twice; write-excel
        // runs again on the restart to check its file, finds it as written and writes nothing
        JdbcClient db = repository(data);
        assertThat(stepRuns(db, "load")).isEqualTo(1);
        assertThat(stepRuns(db, "compute")).isEqualTo(1);
        assertThat(stepRuns(db, "write-excel")).isEqualTo(2);
        assertThat(stepWrites(db, "write-excel")).isEqualTo(1);
        assertThat(stepRuns(db, "write-pdf")).isEqualTo(2);
        assertThat(resumed.all()).contains("is as execution 1 wrote it: not written again");
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Integer.class).single()).isEqualTo(2);
        // rows were loaded once: 8 figures in the two small scorecard files
        assertThat(db.sql("SELECT COUNT(*) FROM bp_figure").query(Integer.class).single()).isEqualTo(8);

        Cli.Result again = Cli.run(data, run);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.ALREADY_COMPLETE);
        assertThat(again.out()).contains("already complete").contains("--reissue");

        String[] reissue = java.util.stream.Stream.concat(java.util.Arrays.stream(run), java.util.stream.Stream.of("--reissue"))
                .toArray(String[]::new);
        Cli.Result revision2 = Cli.run(data, reissue);
        assertThat(revision2.exitCode()).as(revision2.all()).isZero();
        assertThat(revision2.out()).contains("revision 2");
        assertThat(output.resolve("test-board/2026-10/test-board-2026-10-r2.pdf")).isRegularFile();
        assertThat(pdf).isRegularFile(); // revision 1 is kept
        // a rerun of the load step for revision 2 found the same files already held: no duplicate rows
        assertThat(db.sql("SELECT COUNT(*) FROM bp_figure").query(Integer.class).single()).isEqualTo(8);
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void restartCommandResumesTheFailedRun() throws Exception {
        Path input = work.resolve("input");
        Path templates = work.resolve("templates");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/input"), input);
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/templates"), templates);
        Path output = work.resolve("output");
        Path data = work.resolve("data");
        Path xlsx = output.resolve("test-board/2026-10/test-board-2026-10.xlsx");
        Files.createDirectories(xlsx);
        Files.writeString(xlsx.resolve("blocker.txt"), "x");
        Cli.Result failed = Cli.run(data, "run", "--board", "test-board", "--input", input.toString(),
                "--templates", templates.toString(), "--output", output.toString(), "--no-mail");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(Cli.run(data, "restart", "--board", "other-board").exitCode()).isEqualTo(ExitCodes.NOTHING_TO_RESTART);

        Files.delete(xlsx.resolve("blocker.txt"));
        Files.delete(xlsx);
        Cli.Result restarted = Cli.run(data, "restart", "--board", "test-board", "--period", "2026-10");
        assertThat(restarted.exitCode()).as(restarted.all()).isZero();
        assertThat(xlsx).isRegularFile();
        assertThat(output.resolve("test-board/2026-10/test-board-2026-10.pdf")).isRegularFile();
        assertThat(stepRuns(repository(data), "compute")).isEqualTo(1);
    }

    static JdbcClient repository(Path data) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + data.resolve("boardpack") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        return JdbcClient.create(ds);
    }

    static int stepWrites(JdbcClient db, String step) {
        return db.sql("SELECT SUM(WRITE_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?").param(step)
                .query(Integer.class).single();
    }

    static int stepRuns(JdbcClient db, String step) {
        List<Integer> n = db.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?").param(step)
                .query(Integer.class).list();
        return n.get(0);
    }
}
