package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad rows: the default policy loads nothing; --skip-invalid loads the rest and lists the rejects; a fix completes. */
@Outputs("xlsx,pdf")
class InvalidInputRunTest {

    @TempDir
    Path work;
    Path input;
    Path templates;
    Path output;
    Path data;

    @BeforeEach
    void fixture() throws Exception {
        input = work.resolve("input");
        templates = work.resolve("templates");
        output = work.resolve("output");
        data = work.resolve("data");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/input"), input);
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/templates"), templates);
        // October's file: 4 good rows, then 2 bad ones (a thousands separator; a percentage over 100)
        Files.writeString(input.resolve("scorecards/2026-10.csv"), """
                indicator_id,period,numerator,denominator,value,team
                cpp_rate,2026-10,176,37900,46.4,
                assessments_45days,2026-10,172,200,86.0,
                rereferrals,2026-10,45,200,22.5,
                sw_caseload,2026-10,,,16.0,
                cpp_rate,2026-08,170,"37,900",,
                assessments_45days,2026-08,,,112,
                """);
    }

    private String[] run(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--board", "test-board", "--period", "2026-10",
                "--input", input.toString(), "--templates", templates.toString(), "--output", output.toString(), "--no-mail"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void defaultPolicyLoadsNothingAndAFixedFileCompletesTheSamePeriod() throws Exception {
        Cli.Result r = Cli.run(data, run());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("2 errors").contains("2026-10.csv:6").contains("thousands separator")
                .contains("2026-10.csv:7").contains("outside 0-100").doesNotContain("\tat org.");
        assertThat(r.err()).doesNotContain("\tat org.");
        JdbcClient db = RestartTest.repository(data);
        assertThat(db.sql("SELECT COUNT(*) FROM bp_figure").query(Integer.class).single()).isZero();
        assertThat(output.resolve("test-board/2026-10/validation.csv")).isRegularFile();

        // the operator fixes the two rows and runs the same command: it completes, loading all 10 rows
        String fixed = Files.readString(input.resolve("scorecards/2026-10.csv"))
                .replace("\"37,900\"", "37900").replace(",,,112,", ",84,100,84.0,");
        Files.writeString(input.resolve("scorecards/2026-10.csv"), fixed);
        Cli.Result again = Cli.run(data, run());
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(db.sql("SELECT COUNT(*) FROM bp_figure").query(Integer.class).single()).isEqualTo(10);
        // the same job instance was resumed, not a new one
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBoardListingAnIndicatorTwiceIsRefusedAtValidationNotInCompute() throws Exception {
        Files.writeString(input.resolve("scorecards/2026-10.csv"), Files.readString(input.resolve("scorecards/2026-10.csv"))
                .replace("cpp_rate,2026-08,170,\"37,900\",,\n", "").replace("assessments_45days,2026-08,,,112,\n", ""));
        Path board = templates.resolve("boards/test-board.yml");
        Files.writeString(board, Files.readString(board).replace("indicators: [sw_caseload]", "indicators: [sw_caseload, cpp_rate]"));
        Cli.Result r = Cli.run(data, run());
        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("test-board.yml:7 [sections[2].indicators]: indicator \"cpp_rate\" is listed twice in the board");
        assertThat(r.all()).doesNotContain("BP_RESULT_PK").doesNotContain("\tat org.");
        // a board definition is not a row to skip: --skip-invalid still refuses it, with the same message
        Cli.Result skipped = Cli.run(data, run("--skip-invalid"));
        assertThat(skipped.exitCode()).as(skipped.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(skipped.out()).contains("indicator \"cpp_rate\" is listed twice in the board");
        assertThat(skipped.all()).doesNotContain("BP_RESULT_PK").doesNotContain("\tat org.");
    }

    @Test
    void anEmailTemplateSyntaxErrorIsTheEnginesReportedAtValidationWithItsLineAndStopsTheRunEvenWithSkipInvalid() throws Exception {
        Files.writeString(input.resolve("scorecards/2026-10.csv"), Files.readString(input.resolve("scorecards/2026-10.csv"))
                .replace("cpp_rate,2026-08,170,\"37,900\",,\n", "").replace("assessments_45days,2026-08,,,112,\n", ""));
        Files.writeString(input.resolve("board-members.csv"), "name,email,role,boards,formats\n"
                + "Dr Helen Marsh,helen.marsh@bedford.example.org,Independent chair,test-board,pdf\n");
        Files.createDirectories(templates.resolve("email"));
        // line 6 closes the section opened on line 4 with the wrong name: JMustache's own parse error
        Files.writeString(templates.resolve("email/test-board.txt"),
                "Dear {{member_name}},\n\nThe pack for {{period}} is ready.\n{{#exceptions}}\n  * {{.}}\n{{/exception}}\n");
        String expected = "email/test-board.txt:6: template syntax error: "
                + "Section close tag with mismatched open tag 'exception' != 'exceptions'";

        Cli.Result check = Cli.run(data, "validate", "--board", "test-board", "--period", "2026-10",
                "--input", input.toString(), "--templates", templates.toString(), "--output", output.toString());
        assertThat(check.exitCode()).as(check.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(check.out()).contains(expected).contains("{{/name}}");
        assertThat(check.all()).doesNotContain("\tat ");

        List<String> mail = List.of("run", "--board", "test-board", "--period", "2026-10", "--input", input.toString(),
                "--templates", templates.toString(), "--output", output.toString());
        Cli.Result r = Cli.run(data, mail.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains(expected);
        // a template is not a row to skip: --skip-invalid stops at validation too, before anything is loaded or written
        List<String> skipping = new java.util.ArrayList<>(mail);
        skipping.add("--skip-invalid");
        Cli.Result skipped = Cli.run(data, skipping.toArray(String[]::new));
        assertThat(skipped.exitCode()).as(skipped.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(skipped.out()).contains("The email template has errors; nothing was loaded.").contains(expected);
        assertThat(skipped.all()).doesNotContain("\tat org.");
        JdbcClient db = RestartTest.repository(data);
        assertThat(db.sql("SELECT COUNT(*) FROM bp_figure").query(Integer.class).single()).isZero();
        assertThat(output.resolve("test-board/2026-10/test-board-2026-10.pdf")).doesNotExist();
    }

    @Test
    void skipInvalidLoadsEveryValidRowAndListsEveryRejectedRow() throws Exception {
        Cli.Result r = Cli.run(data, run("--skip-invalid"));
        assertThat(r.exitCode()).as(r.all()).isZero();
        JdbcClient db = RestartTest.repository(data);
        // 10 rows in the two files: 8 loaded + 2 rejected
        assertThat(db.sql("SELECT COUNT(*) FROM bp_figure").query(Integer.class).single()).isEqualTo(8);
        List<CSVRecord> rejects;
        try (Reader in = Files.newBufferedReader(output.resolve("test-board/2026-10/rejects.csv"))) {
            rejects = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(0).get("line")).isEqualTo("6");
        assertThat(rejects.get(0).get("reasons")).contains("thousands separator");
        assertThat(rejects.get(0).get("row")).isEqualTo("cpp_rate,2026-08,170,\"37,900\",,");
        assertThat(rejects.get(1).get("line")).isEqualTo("7");
        assertThat(rejects.get(1).get("reasons")).contains("percentage 112 is outside 0-100");
        // the pack model carries the rejected rows' errors for the data-quality section
        var pack = new org.boardpack.store.PackStore(db, java.time.Clock.systemUTC(), "822").load("test-board", java.time.YearMonth.of(2026, 10), 1).orElseThrow();
        assertThat(pack.inputWarnings()).filteredOn(p -> p.isError()).hasSize(2);
    }
}
