package org.boardpack.intake;

import org.boardpack.input.RejectsReport;
import org.boardpack.input.InputPaths;
import org.boardpack.input.InputProblem;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.Problems;
import org.boardpack.input.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One malformed input per check: each must be reported at the exact file, line and column with the exact
 * message, in one pass. The base is the small fixture (templates/indicators.csv: cpp_rate line 2,
 * assessments_45days line 3, rereferrals line 4, sw_caseload line 5; scorecards/2026-10.csv: the same order on
 * lines 2-5).
 */
class ValidationBatteryTest {

    private static final String SCORECARD = "indicator_id,period,numerator,denominator,value,team\n";
    private static final String OCT = "scorecards/2026-10.csv";

    @TempDir
    Path root;

    /** Changes the copied fixture under root. */
    interface Mutation {
        void apply(Path root) throws IOException;
    }

    static Mutation write(String file, String content) {
        return root -> Files.writeString(root.resolve(file), content, StandardCharsets.UTF_8);
    }

    static Mutation writeBytes(String file, byte[] content) {
        return root -> Files.write(root.resolve(file), content);
    }

    static Mutation append(String file, String line) {
        return root -> Files.writeString(root.resolve(file), line, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    static Mutation replace(String file, String from, String to) {
        return root -> {
            Path p = root.resolve(file);
            String s = Files.readString(p);
            assertThat(s).contains(from);
            Files.writeString(p, s.replace(from, to));
        };
    }

    static Mutation delete(String path) {
        return root -> {
            Path p = root.resolve(path);
            if (Files.isDirectory(p)) {
                try (Stream<Path> w = Files.walk(p)) {
                    w.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            } else {
                Files.delete(p);
            }
        };
    }

    static Arguments error(String name, Mutation m, String file, long line, String column, String message) {
        return Arguments.of(name, m, Severity.ERROR, file, line, column, message);
    }

    static Arguments warning(String name, Mutation m, String file, long line, String column, String message) {
        return Arguments.of(name, m, Severity.WARNING, file, line, column, message);
    }

    static Stream<Arguments> cases() {
        // the pound sign is byte 41 of line 3: "assessments_45days," (19) + "2026-10," (8) + "172," (4) + "200," (4) + "86.0," (5) = 40 bytes before it
        byte[] win1252 = (SCORECARD + "cpp_rate,2026-10,176,37900,46.4,\nassessments_45days,2026-10,172,200,86.0,\u00a3North\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String rows = "cpp_rate,2026-10,176,37900,46.4,\n";
        byte[] utf16le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, (SCORECARD + rows).getBytes(StandardCharsets.UTF_16LE));
        byte[] utf32be = concat(new byte[]{0, 0, (byte) 0xFE, (byte) 0xFF}, (SCORECARD + rows).getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        byte[] utf16NoBom = (SCORECARD + rows).getBytes(StandardCharsets.UTF_16LE);
        byte[] xlsx = concat(new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0}, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII));
        String saveAsUtf8 = "save it as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As) and run again";
        String recommendationsHeader = "id,source,source_date,theme,recommendation,owner,due_date,status,progress,last_updated,linked_indicators\n";
        return Stream.of(
                error("UTF-16 with a byte-order mark", writeBytes("input/" + OCT, utf16le), "input/" + OCT, 0, "",
                        "the file is UTF-16 (little-endian) text: its byte-order mark is FF FE, not UTF-8; " + saveAsUtf8),
                error("UTF-32 with a byte-order mark", writeBytes("input/" + OCT, utf32be), "input/" + OCT, 0, "",
                        "the file is UTF-32 (big-endian) text: its byte-order mark is 00 00 FE FF, not UTF-8; " + saveAsUtf8),
                error("UTF-16 without a byte-order mark", writeBytes("input/" + OCT, utf16NoBom), "input/" + OCT, 0, "",
                        "the file is UTF-16 text without a byte-order mark: every other byte is 00, not UTF-8; " + saveAsUtf8),
                error("xlsx renamed .csv", writeBytes("input/targets.csv", xlsx), "input/targets.csv", 0, "",
                        "the file is a zip archive (it starts with PK), such as an Excel workbook (.xlsx) renamed .csv; "
                                + "open it in Excel and save it as \"CSV UTF-8 (Comma delimited)\"; renaming a workbook does not make it CSV"),
                error("semicolon-delimited export", write("input/" + OCT, SCORECARD.replace(',', ';') + "cpp_rate;2026-10;176;37900;46,4;\n"),
                        "input/" + OCT, 1, "",
                        "the values are separated by semicolons (;), not commas; save the file as \"CSV UTF-8 (Comma delimited)\", or export it with a comma as the separator"),
                error("tab-delimited export", write("input/targets.csv", "indicator_id\tfinancial_year\ttarget\ttolerance\nrereferrals\t2026-27\t20\t2\n"),
                        "input/targets.csv", 1, "",
                        "the values are separated by tabs, not commas; save the file as \"CSV UTF-8 (Comma delimited)\", or export it with a comma as the separator"),
                // the escape character is shown as \u001B, never echoed (it would drive the operator's terminal)
                error("control character in a name", replace("input/" + OCT, "rereferrals,2026-10,45,200,22.5,", "rereferrals,2026-10,45,200,22.5,North\u001b[2J"),
                        "input/" + OCT, 4, "team (column 6)",
                        "team holds a control character (\\u001B) at character 6: North\\u001B[2J; remove the control character (it is invisible in most editors)"),
                error("line break in a name", replace("input/" + OCT, "rereferrals,2026-10,45,200,22.5,", "rereferrals,2026-10,45,200,22.5,\"North\r\nINFO forged\""),
                        "input/" + OCT, 4, "team (column 6)",
                        "team holds a line break (\\r\\n) at character 6: North\\r\\nINFO forged; a value in team must be on one line; remove the line break"),
                error("fractional numerator", replace("input/" + OCT, "rereferrals,2026-10,45,200,22.5,", "rereferrals,2026-10,2.5,200,,"),
                        "input/" + OCT, 4, "numerator (column 3)",
                        "numerator 2.5 is not a whole number; the numerator counts children or cases, so it is a whole number; check the export did not average or scale it"),
                error("fractional count value", root -> {
                            replace("templates/indicators.csv", "Workforce,number,lower", "Workforce,count,lower").apply(root);
                            replace("input/" + OCT, "sw_caseload,2026-10,,,16.0", "sw_caseload,2026-10,,,16.5").apply(root);
                        }, "input/" + OCT, 5, "value (column 5)",
                        "count 16.5 is not a whole number; a count indicator's value is a whole number of children or cases"),
                error("percentage target above 100", replace("input/targets.csv", "assessments_45days,2026-27,90,5", "assessments_45days,2026-27,150,5"),
                        "input/targets.csv", 2, "target (column 3)",
                        "target 150 is outside 0-100 for assessments_45days, a percentage; a percentage target is 0 to 100, e.g. 85 for 85%"),
                error("percentage target below 0", replace("input/targets.csv", "rereferrals,2026-27,20,2", "rereferrals,2026-27,-5,2"),
                        "input/targets.csv", 3, "target (column 3)",
                        "target -5 is outside 0-100 for rereferrals, a percentage; a percentage target is 0 to 100, e.g. 85 for 85%"),
                error("board lists an indicator twice", replace("templates/boards/test-board.yml", "indicators: [sw_caseload]", "indicators: [sw_caseload, cpp_rate]"),
                        "templates/boards/test-board.yml", 7, "sections[2].indicators",
                        "indicator \"cpp_rate\" is listed twice in the board (also in section 1 \"Help and protection\", line 5); list each indicator once in a board: remove one of the two"),
                // the path is shown as the user gave it, with its input/ folder
                error("recommendation updated before its source date", root -> {
                            Files.createDirectories(root.resolve("input/recommendations"));
                            Files.writeString(root.resolve("input/recommendations/2026-10.csv"), recommendationsHeader
                                    + "R2017-01,Ofsted inspection 2017,2017-04-07,Supervision,Supervise.,Head of Service,2027-03-31,on-track,,2016-10-01,\n");
                        }, "input/recommendations/2026-10.csv", 2, "last_updated (column 10)",
                        "last updated 2016-10-01 is before the source date 2017-04-07; an update cannot come before the report it answers; check both dates"),
                warning("misspelt key in pack-style.yml", write("templates/pack-style.yml", "cover_subtitle: Monthly report\ncover_titel: Improvement Board\n"),
                        "templates/pack-style.yml", 2, "cover_titel",
                        "unknown key \"cover_titel\" is ignored; did you mean \"cover_title\"? known keys are cover_title, cover_subtitle, contact, colours; until it is corrected the default is used"),
                error("header-only month file", write("input/" + OCT, SCORECARD), "input/" + OCT, 0, "",
                        "the file has a header line but no data rows; export the month's figures into it, or remove the file"),
                error("a month's file holding only another month's rows", write("input/" + OCT, SCORECARD + "cpp_rate,2026-09,176,37900,46.4,\n"),
                        "input/" + OCT, 0, "period",
                        "the file is named for 2026-10 but holds no row for 2026-10 (its rows are for 2026-09); check the right month's export was saved under this name; its rows were not read"),
                error("missing folder", delete("input/scorecards"), "input/scorecards", 0, "",
                        "the scorecards folder is missing; create it and put the month's scorecard CSV files in it"),
                error("missing file", delete("input/targets.csv"), "input/targets.csv", 0, "",
                        "file not found; expected a CSV file with header indicator_id,financial_year,target,tolerance"),
                error("empty file", write("input/" + OCT, ""), "input/" + OCT, 0, "",
                        "the file is empty; expected a header line indicator_id,period,numerator,denominator,value and data rows"),
                error("header missing", write("input/" + OCT, "cpp_rate,2026-10,176,37900,46.4,\n"), "input/" + OCT, 1, "indicator_id",
                        "no header line (first line is cpp_rate,2026-10,176,37900,46.4,); the first line must be the header indicator_id,period,numerator,denominator,value"),
                error("required column absent", write("input/" + OCT, "indicator_id,period,numerator,value,team\ncpp_rate,2026-10,176,46.4,\n"),
                        "input/" + OCT, 1, "denominator",
                        "required column \"denominator\" is absent; the first line must be the header indicator_id,period,numerator,denominator,value"),
                error("duplicate column", write("input/" + OCT, "indicator_id,period,numerator,denominator,value,value\ncpp_rate,2026-10,176,37900,46.4,46.4\n"),
                        "input/" + OCT, 1, "value (column 6)",
                        "duplicate column name \"value\" (also column 5); each column name must appear once; remove or rename one"),
                error("ragged row", append("input/" + OCT, "cpp_rate,2026-08,1,2,3,,x\n"), "input/" + OCT, 6, "",
                        "row has 7 fields; expected 6 fields as in the header; check for a stray or missing comma or quote"),
                error("unterminated quote", append("input/" + OCT, "sw_caseload,2026-08,,,\"16.0,\n"), "input/" + OCT, 6, "",
                        "a quoted value is never closed (unterminated quote); close the quote with \" or remove it; rows from this line on were not read"),
                error("invalid UTF-8", writeBytes("input/" + OCT, win1252), "input/" + OCT, 3, "byte 41 of the line",
                        "invalid UTF-8 (byte 0xA3; the file looks like a Windows-1252 or Excel \"CSV\" export); save the file as \"CSV UTF-8\" and run again"),
                error("period format", replace("input/" + OCT, "cpp_rate,2026-10,", "cpp_rate,2026/10,"), "input/" + OCT, 2, "period (column 2)",
                        "period \"2026/10\"; expected a month written YYYY-MM, e.g. 2026-10"),
                error("period range", replace("input/" + OCT, "cpp_rate,2026-10,", "cpp_rate,2062-10,"), "input/" + OCT, 2, "period (column 2)",
                        "period 2062-10 is outside the plausible range; expected a month from 2000-01 to 2026-11"),
                error("financial year", replace("input/targets.csv", "rereferrals,2026-27", "rereferrals,2026-28"), "input/targets.csv", 3, "financial_year (column 2)",
                        "financial year \"2026-28\"; expected YYYY-YY with consecutive years, e.g. 2026-27"),
                error("number does not parse", replace("input/" + OCT, "cpp_rate,2026-10,176,", "cpp_rate,2026-10,abc,"), "input/" + OCT, 2, "numerator (column 3)",
                        "numerator \"abc\" is not a number; expected a number such as 12 or 85.5 (no %, spaces or text)"),
                error("thousands separator", replace("input/" + OCT, "176,37900,", "176,\"37,900\","), "input/" + OCT, 2, "denominator (column 4)",
                        "number \"37,900\" has a thousands separator; write it without commas, e.g. 37900"),
                error("negative count", replace("input/" + OCT, "172,200,86.0", "-5,200,"), "input/" + OCT, 3, "numerator (column 3)",
                        "negative count -5; a numerator counts children or cases and must be 0 or more"),
                error("denominator zero", replace("input/" + OCT, "172,200,86.0", "0,0,"), "input/" + OCT, 3, "denominator (column 4)",
                        "denominator 0 is zero; the denominator must be more than 0; leave numerator and denominator blank if there were no cases"),
                error("numerator above denominator", replace("input/" + OCT, "172,200,86.0", "210,200,"), "input/" + OCT, 3, "numerator (column 3)",
                        "numerator 210 is more than denominator 200; a percentage's numerator is part of its denominator; check the two are not swapped"),
                error("percentage above 100", replace("input/" + OCT, "172,200,86.0", ",,120"), "input/" + OCT, 3, "value (column 5)",
                        "percentage 120 is outside 0-100; percentages are 0 to 100"),
                error("value disagrees", replace("input/" + OCT, "172,200,86.0", "172,200,50.0"), "input/" + OCT, 3, "value (column 5)",
                        "value 50.0 disagrees with numerator/denominator (86.0); correct the value or the counts, or leave value blank to compute it"),
                error("tolerance negative", replace("input/targets.csv", "rereferrals,2026-27,20,2", "rereferrals,2026-27,20,-1"), "input/targets.csv", 3, "tolerance (column 4)",
                        "tolerance -1 is negative; expected 0 or more, in the indicator's unit"),
                error("unknown indicator", replace("input/" + OCT, "rereferrals,2026-10", "rereferals,2026-10"), "input/" + OCT, 4, "indicator_id (column 1)",
                        "unknown indicator id \"rereferals\"; expected an indicator id from the catalogue; did you mean \"rereferrals\"?"),
                error("board names unknown indicator", replace("templates/boards/test-board.yml", "assessments_45days,", "assessments_45day,"),
                        "templates/boards/test-board.yml", 5, "sections[1].indicators",
                        "unknown indicator id \"assessments_45day\"; expected an indicator id from the catalogue; did you mean \"assessments_45days\"?"),
                error("unit outside vocabulary", replace("templates/indicators.csv", "Help and protection,percent,higher", "Help and protection,percentage,higher"),
                        "templates/indicators.csv", 3, "unit (column 4)",
                        "unit \"percentage\"; expected one of percent, rate_per_10k, count, number, days, weeks"),
                error("polarity outside vocabulary", replace("templates/indicators.csv", "percent,lower,1", "percent,down,1"),
                        "templates/indicators.csv", 4, "polarity (column 5)", "polarity \"down\"; expected one of higher, lower, none"),
                error("duplicate in a month's files", write("input/scorecards/zz-2026-10.csv", SCORECARD + "cpp_rate,2026-10,176,37900,46.4,\n"),
                        "input/scorecards/zz-2026-10.csv", 2, "indicator_id",
                        "duplicate figure for cpp_rate, 2026-10 (also at " + "%ROOT%/input/scorecards/2026-10.csv:2); keep one row per indicator, period and team in a month's files"),
                error("value blank for a number unit", replace("input/" + OCT, "sw_caseload,2026-10,,,16.0", "sw_caseload,2026-10,,,"), "input/" + OCT, 5, "value (column 5)",
                        "value is blank; a number indicator needs a value"),
                error("commentary for an unknown indicator", write("input/commentary/2026-10.csv", "indicator_id,author,role,commentary\ncaseload,Head of Service,Service lead,Better.\n"),
                        "input/commentary/2026-10.csv", 2, "indicator_id (column 1)",
                        "unknown indicator id \"caseload\"; expected an indicator id from the catalogue; did you mean \"sw_caseload\"?"),
                warning("unknown extra column", write("input/" + OCT, "indicator_id,period,numerator,denominator,value,team,notes\ncpp_rate,2026-10,176,37900,46.4,,late\n"),
                        "input/" + OCT, 1, "notes (column 7)",
                        "unknown column \"notes\" is ignored; known columns are indicator_id,period,numerator,denominator,value,team"),
                warning("missing target", replace("input/targets.csv", "rereferrals,2026-27,20,2\n", ""), "input/targets.csv", 0, "indicator_id",
                        "no target for rereferrals in 2026-27; add a row rereferrals,2026-27,<target>,<tolerance>; until then it has no RAG"),
                warning("formula-like text", write("input/commentary/2026-10.csv", "indicator_id,author,role,commentary\nrereferrals,Head of Service,Service lead,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"),
                        "input/commentary/2026-10.csv", 2, "commentary (column 4)",
                        "text starts like a spreadsheet formula: =HYPERLINK(\"http://x\",\"y\"); it is kept exactly as typed and written as text, never run as a formula"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void oneBadUnitInTheCatalogueIsReportedOnceAndItsRowsAreRejectedWithIt() throws IOException {
        copyFixture();
        replace("templates/indicators.csv", "Help and protection,percent,higher", "Help and protection,percentage,higher").apply(root);
        Files.writeString(root.resolve("input/commentary/2026-10.csv"),
                "indicator_id,author,role,commentary\nassessments_45days,Head of Service,Service lead,Better.\n");
        InputSet inputs = validate();
        // the catalogue row is the one root cause: no "unknown indicator id" for the scorecard, target,
        // commentary or board rows that use assessments_45days
        assertThat(inputs.problems().errors()).as("errors were: %s", inputs.problems().errors()).singleElement()
                .satisfies(e -> assertThat(e.toString()).endsWith("indicators.csv:3 [unit (column 4)]: unit \"percentage\"; "
                        + "expected one of percent, rate_per_10k, count, number, days, weeks"));
        // but the rows that use it are left out, and rejects.csv says why
        assertThat(inputs.problems().rejectedRows()).extracting(r -> r.file() + ":" + r.line()).containsExactly(
                InputPaths.display(root.resolve("templates/indicators.csv")) + ":3",
                InputPaths.display(root.resolve("input/targets.csv")) + ":2",
                InputPaths.display(root.resolve("input/scorecards/2026-09.csv")) + ":3",
                InputPaths.display(root.resolve("input/" + OCT)) + ":3",
                InputPaths.display(root.resolve("input/commentary/2026-10.csv")) + ":2");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RejectsReport.writeCsv(inputs.problems(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(OCT + ",3,\"not read: its indicator's definition at "
                + InputPaths.display(root.resolve("templates/indicators.csv")) + ":3 [unit (column 4)] has an error (unit \"\"percentage\"\")\"");
        assertThat(inputs.scorecards().rows()).extracting(r -> r.figure().indicatorId()).doesNotContain("assessments_45days");
    }

    @Test
    void aFractionalFigureOfANumberIndicatorIsFine() throws IOException {
        copyFixture();
        // sw_caseload is a "number" (an average caseload): its figure may be 16.5, given as numerator or value
        replace("input/" + OCT, "sw_caseload,2026-10,,,16.0", "sw_caseload,2026-10,16.5,,").apply(root);
        InputSet inputs = validate();
        assertThat(inputs.problems().all()).isEmpty();
        assertThat(inputs.scorecards().rows()).anySatisfy(r -> {
            assertThat(r.figure().indicatorId()).isEqualTo("sw_caseload");
            assertThat(r.figure().value()).isEqualTo(16.5);
        });
    }

    @Test
    void rejectsCsvNeutralisesARejectedRowThatStartsLikeAFormula() throws IOException {
        copyFixture();
        append("input/" + OCT, "=cmd|' /C calc'!A0,2026-10,1,2,,\n").apply(root);
        InputSet inputs = validate();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RejectsReport.writeCsv(inputs.problems(), out);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("line")).isEqualTo("6");
            // OWASP: a leading single quote, so a spreadsheet shows the text instead of running it
            assertThat(r.get("row")).isEqualTo("'=cmd|' /C calc'!A0,2026-10,1,2,,");
        });
    }

    private InputSet validate() {
        return InputValidator.read(root.resolve("input"), root.resolve("templates"), "test-board", YearMonth.of(2026, 10),
                YearMonth.of(2026, 11), "822");
    }

    private void copyFixture() throws IOException {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), root);
        Files.createDirectories(root.resolve("input/commentary"));
        Files.writeString(root.resolve("input/commentary/2026-10.csv"), "indicator_id,author,role,commentary\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemAtItsPlace(String name, Mutation mutation, Severity severity, String file, long line,
                                     String column, String message) throws IOException {
        copyFixture();
        mutation.apply(root);
        InputSet inputs = validate();
        String expectedMessage = message.replace("%ROOT%", InputPaths.display(root));
        List<InputProblem> matching = inputs.problems().all().stream()
                .filter(p -> p.severity() == severity && p.file().endsWith(file) && p.line() == line
                        && p.column().equals(column))
                .toList();
        assertThat(matching).as("problems were: %s", inputs.problems().all()).hasSize(1);
        assertThat(matching.get(0).message()).isEqualTo(expectedMessage);
        assertThat(matching.get(0).file()).isEqualTo(InputPaths.display(root.resolve(file)));
    }

    @Test
    void theUnmodifiedFixtureWithBomAndCrlfIsClean() throws IOException {
        copyFixture();
        Path oct = root.resolve("input/" + OCT);
        String crlf = "\uFEFF" + Files.readString(oct).replace("\n", "\r\n");
        Files.writeString(oct, crlf);
        InputSet inputs = validate();
        assertThat(inputs.problems().all()).isEmpty();
        assertThat(inputs.scorecards().rows()).hasSize(8);
    }

    @Test
    void allProblemsAreReportedInOnePass() throws IOException {
        copyFixture();
        replace("input/" + OCT, "cpp_rate,2026-10,176,", "cpp_rate,2026-10,abc,").apply(root);
        replace("input/" + OCT, "172,200,86.0", "172,200,50.0").apply(root);
        replace("input/targets.csv", "rereferrals,2026-27,20,2", "rereferrals,2026-27,20,-1").apply(root);
        InputSet inputs = validate();
        assertThat(inputs.problems().errors()).extracting(InputProblem::line).containsExactlyInAnyOrder(2L, 3L, 3L);
        assertThat(inputs.problems().rejectedRows()).hasSize(3);
        // 8 rows read: 6 valid scorecard rows remain
        assertThat(inputs.scorecards().rows()).hasSize(6);
    }

    @Test
    void theReportIsCappedSayingHowManyMore() {
        Problems p = new Problems();
        for (int i = 1; i <= 5; i++) p.error("f.csv", i, "c", "bad " + i, "fix");
        String report = ProblemReport.format(p.all(), 3);
        assertThat(report).startsWith("5 errors, 0 warnings").contains("f.csv:3").doesNotContain("f.csv:4")
                .contains("... and 2 more (see validation.csv)");
    }
}
