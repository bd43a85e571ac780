package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** run --all-boards: every board of the sample in one process, each its own job instance that resumes on its own. */
@Outputs("xlsx,pdf")
class AllBoardsRunTest {

    @TempDir
    Path work;

    @Test
    void buildsBothSampleBoardsInOneProcessEachItsOwnJobInstance() throws Exception {
        Path output = work.resolve("output");
        Cli.Result r = Cli.run(work.resolve("data"), "run", "--all-boards", "--period", "2026-10", "--input", "input",
                "--templates", "templates", "--output", output.toString(), "--no-mail", "--boardpack.parallel-boards=2");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(output.resolve("improvement-board/2026-10/improvement-board-2026-10.pdf")).isRegularFile();
        assertThat(output.resolve("improvement-board/2026-10/improvement-board-2026-10.xlsx")).isRegularFile();
        // the improvement board's police member receives the partner edition, so that board builds both editions
        assertThat(output.resolve("improvement-board/2026-10/improvement-board-2026-10-partner.pdf")).isRegularFile();
        assertThat(output.resolve("improvement-board/2026-10/improvement-board-2026-10-partner.xlsx")).isRegularFile();
        assertThat(output.resolve("improvement-board/2026-10/results-partner.csv")).isRegularFile();
        assertThat(output.resolve("corporate-parenting/2026-10/corporate-parenting-2026-10.pdf")).isRegularFile();
        assertThat(output.resolve("corporate-parenting/2026-10/corporate-parenting-2026-10.xlsx")).isRegularFile();
        assertThat(output.resolve("corporate-parenting/2026-10/corporate-parenting-2026-10-partner.pdf")).doesNotExist();
        assertThat(output.resolve("corporate-parenting/2026-10/manifest.json")).isRegularFile();
        assertThat(Files.readString(output.resolve("improvement-board/2026-10/manifest.json")))
                .contains("improvement-board-2026-10-partner.pdf");
        assertThat(output.resolve("improvement-board/2026-10/manifest.json")).isRegularFile();
        // one summary at the end: a line per board
        assertThat(r.out()).containsPattern("corporate-parenting\\s+COMPLETED\\s+0")
                .containsPattern("improvement-board\\s+COMPLETED\\s+0").contains("Exit code 0");
        JdbcClient db = repository(work.resolve("data"));
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isEqualTo(2);
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'").query(Integer.class).single())
                .isEqualTo(2);
        // every lock released at the end; one row per board and period
        assertThat(db.sql("SELECT lock_name FROM bp_run_lock WHERE pid IS NULL ORDER BY lock_name").query(String.class).list())
                .containsExactly("822/corporate-parenting/2026-10", "822/improvement-board/2026-10");

        // run again: both already complete (exit 4, the worst of 4 and 4)
        Cli.Result again = Cli.run(work.resolve("data"), "run", "--all-boards", "--period", "2026-10", "--input", "input",
                "--templates", "templates", "--output", output.toString(), "--no-mail");
        assertThat(again.exitCode()).as(again.all()).isEqualTo(ExitCodes.ALREADY_COMPLETE);
    }

    @Test
    void aBoardWhoseTemplateIsInvalidFailsAloneAndRestartsAlone() throws Exception {
        Path templates = work.resolve("templates");
        Cli.copyTree(Path.of("templates"), templates);
        Path definition = templates.resolve("boards/corporate-parenting.yml");
        String good = Files.readString(definition);
        Files.writeString(definition, "title: Corporate Parenting Panel\nsections: [unclosed\n");
        Path output = work.resolve("output");
        Path data = work.resolve("data");
        String[] run = {"run", "--all-boards", "--period", "2026-10", "--input", "input", "--templates", templates.toString(),
                "--output", output.toString(), "--no-mail", "--boardpack.parallel-boards=2"};

        Cli.Result r = Cli.run(data, run);
        // worst outcome: invalid input (3) beats completed (0)
        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).containsPattern("corporate-parenting\\s+INVALID_INPUT\\s+3")
                .containsPattern("improvement-board\\s+COMPLETED\\s+0");
        assertThat(output.resolve("improvement-board/2026-10/improvement-board-2026-10.pdf")).isRegularFile();
        assertThat(output.resolve("corporate-parenting/2026-10/corporate-parenting-2026-10.pdf")).doesNotExist();

        Cli.Result status = Cli.run(data, "status", "--board", "corporate-parenting");
        assertThat(status.out()).contains("FAILED").contains("validate");

        // the operator fixes the template and restarts that board alone
        Files.writeString(definition, good);
        Cli.Result restarted = Cli.run(data, "restart", "--board", "corporate-parenting");
        assertThat(restarted.exitCode()).as(restarted.all()).isZero();
        assertThat(output.resolve("corporate-parenting/2026-10/corporate-parenting-2026-10.pdf")).isRegularFile();

        JdbcClient db = repository(data);
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isEqualTo(2);
        // the improvement board ran once; the corporate parenting panel failed once and resumed once
        assertThat(executions(db, "improvement-board")).isEqualTo(1);
        assertThat(executions(db, "corporate-parenting")).isEqualTo(2);
    }

    private static int executions(JdbcClient db, String board) {
        return db.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'board' AND PARAMETER_VALUE = ?")
                .param(board).query(Integer.class).single();
    }

    static JdbcClient repository(Path data) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + data.resolve("boardpack") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        return JdbcClient.create(ds);
    }
}
