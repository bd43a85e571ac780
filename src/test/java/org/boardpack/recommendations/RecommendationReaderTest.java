package org.boardpack.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.recommendations.RecommendationFixtures.CATALOGUE;
import static org.boardpack.recommendations.RecommendationFixtures.HEADER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.input.InputProblem;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;
import org.boardpack.input.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationReaderTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    /** A valid row; tests replace one field at a time. */
    private static final String GOOD = "R2017-02,Ofsted inspection 2017,2017-04-07,Missing children,"
            + "\"Offer a return interview within 72 hours.\",\"Head of Service, Adolescent Services\",2026-12-31,"
            + "on-track,86% offered within 72 hours.,2026-10-27,return_interviews_72h";

    @TempDir
    Path input;

    private RecommendationSnapshot read(Problems problems, String... lines) throws Exception {
        Path dir = input.resolve("recommendations");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("2026-10.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return RecommendationReader.readMonth(input, OCT, CATALOGUE, problems);
    }

    private static String with(int column, String value) {
        // split the good row on its unquoted commas (fields 5 and 6 are quoted)
        List<String> f = new java.util.ArrayList<>(List.of(
                "R2017-02", "Ofsted inspection 2017", "2017-04-07", "Missing children",
                "\"Offer a return interview within 72 hours.\"", "\"Head of Service, Adolescent Services\"", "2026-12-31",
                "on-track", "86% offered within 72 hours.", "2026-10-27", "return_interviews_72h"));
        f.set(column - 1, value);
        return String.join(",", f);
    }

    private void assertOnly(Problems p, Severity severity, long line, String column, String message) {
        assertThat(p.all()).hasSize(1);
        InputProblem only = p.all().get(0);
        assertThat(only.severity()).isEqualTo(severity);
        assertThat(only.file()).isEqualTo(InputPaths.display(input.resolve("recommendations/2026-10.csv")));
        assertThat(only.line()).isEqualTo(line);
        assertThat(only.column()).isEqualTo(column);
        assertThat(only.message()).isEqualTo(message);
    }

    @Test
    void readsAValidRowWithEveryField() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER, GOOD,
                "R2017-09,Ofsted inspection 2017,2017-04-07,Health,Timely health assessments.,Designated Nurse,2026-12-31,"
                        + "off-track,,2026-10-26, cla_health_assessments ; cla_initial_health_20days ;");
        assertThat(p.all()).isEmpty();
        assertThat(s.usable()).isTrue();
        assertThat(s.rejected()).isEmpty();
        assertThat(s.items()).hasSize(2);
        Recommendation r = s.items().get(0);
        assertThat(r.id()).isEqualTo("R2017-02");
        assertThat(r.source()).isEqualTo("Ofsted inspection 2017");
        assertThat(r.sourceDate()).isEqualTo(LocalDate.of(2017, 4, 7));
        assertThat(r.theme()).isEqualTo("Missing children");
        assertThat(r.text()).isEqualTo("Offer a return interview within 72 hours.");
        assertThat(r.owner()).isEqualTo("Head of Service, Adolescent Services");
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(r.status()).isEqualTo(PlanStatus.ON_TRACK);
        assertThat(r.brag()).isEqualTo(Brag.GREEN);
        assertThat(r.progress()).isEqualTo("86% offered within 72 hours.");
        assertThat(r.lastUpdated()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(r.linkedIndicators()).containsExactly("return_interviews_72h");
        assertThat(r.file()).isEqualTo(InputPaths.display(input.resolve("recommendations/2026-10.csv")));
        assertThat(r.line()).isEqualTo(2);
        Recommendation r2 = s.items().get(1);
        assertThat(r2.progress()).isEmpty();
        assertThat(r2.linkedIndicators()).containsExactly("cla_health_assessments", "cla_initial_health_20days");
        assertThat(r2.line()).isEqualTo(3);
    }

    @Test
    void readsBomAndCrlfAndForgivesTheCaseOfAStatus() throws Exception {
        Path dir = input.resolve("recommendations");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("2026-10.csv"),
                "\uFEFF" + HEADER + "\r\n" + with(8, "On Track") + "\r\n" + with(8, "AT_RISK").replace("R2017-02", "X-1") + "\r\n",
                StandardCharsets.UTF_8);
        Problems p = new Problems();
        RecommendationSnapshot s = RecommendationReader.readMonth(input, OCT, CATALOGUE, p);
        assertThat(p.all()).isEmpty();
        assertThat(s.items()).extracting(Recommendation::status).containsExactly(PlanStatus.ON_TRACK, PlanStatus.AT_RISK);
    }

    @Test
    void keepsFormulaLikeTextExactlyAndFlagsItsColumns() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER,
                "R1,@Ofsted,2017-04-07,-Theme,\"=HYPERLINK(\"\"http://x\"\")\",+Owner,2026-12-31,on-track,=1+2,2026-10-01,");
        assertThat(p.all()).isEmpty();
        Recommendation r = s.items().get(0);
        assertThat(r.source()).isEqualTo("@Ofsted");
        assertThat(r.theme()).isEqualTo("-Theme");
        assertThat(r.text()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(r.owner()).isEqualTo("+Owner");
        assertThat(r.progress()).isEqualTo("=1+2");
        assertThat(r.formulaLikeColumns()).containsExactly("source", "theme", "recommendation", "owner", "progress");
        assertThat(Recommendation.looksLikeFormula("\tx")).isTrue();
        assertThat(Recommendation.looksLikeFormula("\rx")).isTrue();
        assertThat(Recommendation.looksLikeFormula("Plain")).isFalse();
    }

    @Test
    void unknownStatusListsTheAllowedOnes() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER, with(8, "done"));
        assertOnly(p, Severity.ERROR, 2, "status (column 8)",
                "unknown status \"done\"; expected one of not-started, on-track, at-risk, off-track, complete");
        assertThat(s.items()).isEmpty();
        assertThat(s.rejected()).extracting(r -> r.line()).containsExactly(2L);
    }

    @Test
    void blankStatus() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(8, ""));
        assertOnly(p, Severity.ERROR, 2, "status (column 8)",
                "status is blank; expected one of not-started, on-track, at-risk, off-track, complete");
    }

    @Test
    void unknownIndicatorSuggestsTheClosestId() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(11, "return_interview_72h"));
        assertOnly(p, Severity.ERROR, 2, "linked_indicators (column 11)",
                "unknown indicator id \"return_interview_72h\"; expected an indicator id from the catalogue; "
                        + "did you mean \"return_interviews_72h\"?");
    }

    @Test
    void unknownIndicatorThatIsAPrefixSuggestsTheLongerId() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(11, "supervision;cla_rate"));
        assertOnly(p, Severity.ERROR, 2, "linked_indicators (column 11)",
                "unknown indicator id \"supervision\"; expected an indicator id from the catalogue; "
                        + "did you mean \"supervision_timescale\"?");
    }

    @Test
    void unknownIndicatorInTheWrongCaseSuggestsTheCatalogueSpelling() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(11, "CPP_Rate"));
        assertThat(p.errors()).singleElement().extracting(InputProblem::message)
                .isEqualTo("unknown indicator id \"CPP_Rate\"; expected an indicator id from the catalogue; did you mean \"cpp_rate\"?");
    }

    @Test
    void unknownIndicatorWithNothingClose() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(11, "xyz"));
        assertOnly(p, Severity.ERROR, 2, "linked_indicators (column 11)",
                "unknown indicator id \"xyz\"; expected indicator ids from the catalogue, separated by \";\"; no known id is close");
    }

    @Test
    void indicatorsSeparatedByCommasAreToldToUseSemicolons() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(11, "\"cpp_rate, cla_rate\""));
        assertOnly(p, Severity.ERROR, 2, "linked_indicators (column 11)",
                "unknown indicator id \"cpp_rate, cla_rate\"; separate indicator ids with \";\", e.g. cpp_rate;cla_rate");
    }

    @Test
    void everyUnknownIndicatorIsReported() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(11, "cpp_rate;nope1;cla_rate;nope2"));
        assertThat(p.errors()).extracting(InputProblem::found)
                .containsExactly("unknown indicator id \"nope1\"", "unknown indicator id \"nope2\"");
    }

    @Test
    void dayMonthYearDateIsRejectedWithTheIsoSpelling() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(7, "31/03/2027"));
        assertOnly(p, Severity.ERROR, 2, "due_date (column 7)",
                "\"31/03/2027\" is not a date in the form YYYY-MM-DD; write it as 2027-03-31 (YYYY-MM-DD; day/month/year is not accepted)");
    }

    @Test
    void dateThatIsNotADate() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(3, "April 2017"));
        assertOnly(p, Severity.ERROR, 2, "source_date (column 3)",
                "\"April 2017\" is not a date in the form YYYY-MM-DD; write the date as YYYY-MM-DD, e.g. 2026-10-31");
    }

    @Test
    void dateThatDoesNotExist() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(10, "2026-09-31"));
        assertOnly(p, Severity.ERROR, 2, "last_updated (column 10)",
                "\"2026-09-31\" is not a real date; check the day and the month; write the date as YYYY-MM-DD");
    }

    @Test
    void dueDateBeforeSourceDate() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(7, "2017-04-06"));
        assertOnly(p, Severity.ERROR, 2, "due_date (column 7)",
                "due date 2017-04-06 is before the source date 2017-04-07; the due date must be on or after the date of "
                        + "the report it answers; check both dates");
    }

    @Test
    void dueDateOnTheSourceDateIsAccepted() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(7, "2017-04-07"));
        assertThat(p.all()).isEmpty();
    }

    @Test
    void duplicateIdNamesBothLinesAndKeepsTheFirst() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER, GOOD, with(1, "R2017-03"), "", with(8, "at-risk"));
        assertOnly(p, Severity.ERROR, 5, "id (column 1)",
                "duplicate id \"R2017-02\" (first on line 2); each id must appear once in a monthly snapshot; "
                        + "remove or renumber line 2 or line 5");
        assertThat(s.items()).extracting(Recommendation::id, Recommendation::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R2017-02", 2L), org.assertj.core.groups.Tuple.tuple("R2017-03", 3L));
        assertThat(s.rejected()).extracting(r -> r.line()).containsExactly(5L);
    }

    @Test
    void lastUpdatedAfterTheSnapshotMonthIsAWarningAndTheRowIsKept() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER, with(10, "2026-11-01"));
        assertOnly(p, Severity.WARNING, 2, "last_updated (column 10)",
                "last updated 2026-11-01 is after the end of the snapshot month (2026-10-31); check the date: the 2026-10 "
                        + "snapshot should hold updates made by 2026-10-31");
        assertThat(s.items()).hasSize(1);
    }

    @Test
    void lastUpdatedOnTheMonthsLastDayIsFine() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, with(10, "2026-10-31"));
        assertThat(p.all()).isEmpty();
    }

    @Test
    void everyBlankRequiredFieldIsReportedWithItsColumn() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER, ",,,,,,,,a progress note only,,");
        assertThat(p.errors()).extracting(InputProblem::line).containsOnly(2L);
        assertThat(p.errors()).extracting(InputProblem::column, InputProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id (column 1)", "id is blank; give the recommendation's id, e.g. R2017-01"),
                org.assertj.core.groups.Tuple.tuple("source (column 2)", "source is blank; name the report it comes from, e.g. \"Ofsted inspection 2017\""),
                org.assertj.core.groups.Tuple.tuple("source_date (column 3)", "source_date is blank; give the report's date as YYYY-MM-DD"),
                org.assertj.core.groups.Tuple.tuple("theme (column 4)", "theme is blank; give a short theme, e.g. \"Supervision\""),
                org.assertj.core.groups.Tuple.tuple("recommendation (column 5)", "recommendation is blank; give the recommendation's text"),
                org.assertj.core.groups.Tuple.tuple("owner (column 6)", "owner is blank; give the owner's role, e.g. \"Head of Service, Children in Care\""),
                org.assertj.core.groups.Tuple.tuple("due_date (column 7)", "due_date is blank; give the due date as YYYY-MM-DD"),
                org.assertj.core.groups.Tuple.tuple("status (column 8)", "status is blank; expected one of not-started, on-track, at-risk, off-track, complete"),
                org.assertj.core.groups.Tuple.tuple("last_updated (column 10)", "last_updated is blank; give the date of the owner's last update as YYYY-MM-DD"));
        assertThat(s.items()).isEmpty();
        assertThat(s.rejected()).hasSize(1);
    }

    @Test
    void blankLinesAreSkippedAndTheNextRowKeepsItsPhysicalLine() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, GOOD, "", with(6, "").replace("R2017-02", "R2017-03"));
        assertOnly(p, Severity.ERROR, 4, "owner (column 6)",
                "owner is blank; give the owner's role, e.g. \"Head of Service, Children in Care\"");
    }

    @Test
    void badRowsAreRejectedAndGoodRowsLoadedWithCountsThatAddUp() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER, GOOD, with(1, "A").replace("on-track", "finished"),
                with(1, "B"), with(1, "C").replace("2026-12-31", "2016-12-31"));
        assertThat(s.items()).extracting(Recommendation::id).containsExactly("R2017-02", "B");
        assertThat(s.rejected()).extracting(r -> r.get("id")).containsExactly("A", "C");
        assertThat(s.rowCount()).isEqualTo(4);
        assertThat(p.errors()).extracting(InputProblem::line).containsExactly(3L, 5L);
    }

    @Test
    void missingColumnMakesTheFileUnusable() throws Exception {
        Problems p = new Problems();
        RecommendationSnapshot s = read(p, HEADER.replace(",linked_indicators", ""), GOOD.substring(0, GOOD.lastIndexOf(',')));
        assertThat(s.usable()).isFalse();
        assertThat(s.items()).isEmpty();
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(InputPaths.display(input.resolve("recommendations/2026-10.csv")));
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("linked_indicators");
            assertThat(e.found()).isEqualTo("required column \"linked_indicators\" is absent");
        });
    }

    @Test
    void missingFileIsAnError() {
        Problems p = new Problems();
        RecommendationSnapshot s = RecommendationReader.readMonth(input, OCT, CATALOGUE, p);
        assertThat(s.usable()).isFalse();
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(InputPaths.display(input.resolve("recommendations/2026-10.csv")));
            assertThat(e.line()).isZero();
            assertThat(e.found()).isEqualTo("file not found");
        });
    }

    @Test
    void readPeriodWarnsWhenThePreviousMonthHasNoSnapshot() throws Exception {
        Problems p = new Problems();
        read(p, HEADER, GOOD);
        RecommendationInput in = RecommendationReader.readPeriod(input, OCT, CATALOGUE, p);
        assertThat(in.previousSnapshot()).isEmpty();
        assertThat(p.all()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            String sept = InputPaths.display(input.resolve("recommendations/2026-09.csv"));
            assertThat(w.file()).isEqualTo(sept);
            assertThat(w.message()).isEqualTo("no snapshot for the previous month (2026-09); movement since last month "
                    + "is shown as \"No previous snapshot\"; add " + sept + " to compare");
        });
    }

    @Test
    void readPeriodWarnsAboutARecommendationMissingThisMonth() throws Exception {
        Path dir = input.resolve("recommendations");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("2026-09.csv"), HEADER + "\n" + with(10, "2026-09-20") + "\n"
                + with(1, "R2017-08").replace("2026-10-27", "2026-07-28") + "\n");
        Files.writeString(dir.resolve("2026-10.csv"), HEADER + "\n" + GOOD + "\n");
        Problems p = new Problems();
        RecommendationInput in = RecommendationReader.readPeriod(input, OCT, CATALOGUE, p);
        assertThat(in.previous().items()).hasSize(2);
        assertOnly(p, Severity.WARNING, 0, "id",
                "\"R2017-08\" (" + InputPaths.display(dir.resolve("2026-09.csv")) + " line 3) is not in this month's snapshot; keep every "
                        + "recommendation in each monthly snapshot (mark it complete rather than deleting the row); "
                        + "it is reported as missing from this month's snapshot");
    }

    @Test
    void readPeriodDoesNotCallARejectedRowMissing() throws Exception {
        Path dir = input.resolve("recommendations");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("2026-09.csv"), HEADER + "\n" + with(10, "2026-09-20") + "\n");
        Files.writeString(dir.resolve("2026-10.csv"), HEADER + "\n" + with(8, "done") + "\n");
        Problems p = new Problems();
        RecommendationReader.readPeriod(input, OCT, CATALOGUE, p);
        assertThat(p.all()).singleElement().extracting(InputProblem::found).isEqualTo("unknown status \"done\"");
    }

    @Test
    void statusCodesLabelsAndBrag() {
        assertThat(PlanStatus.values()).extracting(PlanStatus::code)
                .containsExactly("not-started", "off-track", "at-risk", "on-track", "complete");
        assertThat(PlanStatus.values()).extracting(PlanStatus::brag)
                .containsExactly(Brag.GREY, Brag.RED, Brag.AMBER, Brag.GREEN, Brag.BLUE);
        assertThat(Brag.BLUE.label()).isEqualTo("Blue");
        assertThat(Brag.BLUE.text()).isEqualTo("Blue: complete");
        assertThat(Brag.GREY.text()).isEqualTo("Grey: not started");
        assertThat(PlanStatus.fromCode("off track")).contains(PlanStatus.OFF_TRACK);
        assertThat(PlanStatus.fromCode("offtrack")).isEmpty();
    }
}
