package org.boardpack.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.boardpack.recommendations.PlanStatus.AT_RISK;
import static org.boardpack.recommendations.PlanStatus.COMPLETE;
import static org.boardpack.recommendations.PlanStatus.NOT_STARTED;
import static org.boardpack.recommendations.PlanStatus.OFF_TRACK;
import static org.boardpack.recommendations.PlanStatus.ON_TRACK;
import static org.boardpack.recommendations.RecommendationFixtures.rec;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates worked by hand. Period 2026-10 ends on Saturday 2026-10-31. September has 30 days, August 31.
 */
class RecommendationCalculatorTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private final RecommendationCalculator calc = new RecommendationCalculator();

    private RecommendationStatus one(YearMonth period, Recommendation r) {
        return calc.compute(period, List.of(r), null, Map.of()).items().get(0);
    }

    // ---- overdue ----

    @Test
    void dueOnThePeriodsLastDayIsNotOverdue() {
        RecommendationStatus s = one(OCT, rec("A", ON_TRACK, "2026-10-31", "2026-10-15"));
        assertThat(s.overdue()).isFalse();
        assertThat(s.daysOverdue()).isZero();
    }

    @Test
    void dueTheDayBeforeThePeriodEndIsOneDayOverdue() {
        RecommendationStatus s = one(OCT, rec("A", ON_TRACK, "2026-10-30", "2026-10-15"));
        assertThat(s.overdue()).isTrue();
        assertThat(s.daysOverdue()).isEqualTo(1);
    }

    @Test
    void dueAtTheEndOfSeptemberIs31DaysOverdueAtTheEndOfOctober() {
        // 30 Sep -> 31 Oct: the 31 days of October
        RecommendationStatus s = one(OCT, rec("A", OFF_TRACK, "2026-09-30", "2026-10-14"));
        assertThat(s.overdue()).isTrue();
        assertThat(s.daysOverdue()).isEqualTo(31);
    }

    @Test
    void dueAtTheEndOfMarchIs214DaysOverdueAtTheEndOfOctober() {
        // Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 31 = 214
        assertThat(one(OCT, rec("A", AT_RISK, "2026-03-31", "2026-10-21")).daysOverdue()).isEqualTo(214);
    }

    @Test
    void aCompleteRecommendationIsNeverOverdue() {
        RecommendationStatus s = one(OCT, rec("A", COMPLETE, "2026-01-31", "2026-10-01"));
        assertThat(s.overdue()).isFalse();
        assertThat(s.daysOverdue()).isZero();
    }

    @Test
    void notStartedPastItsDueDateIsOverdue() {
        assertThat(one(OCT, rec("A", NOT_STARTED, "2026-10-01", "2026-10-01")).daysOverdue()).isEqualTo(30);
    }

    @Test
    void overdueBoundaryInAShortMonth() {
        // February 2026 ends on the 28th (2026 is not a leap year); 2028 is
        YearMonth feb = YearMonth.of(2026, 2);
        assertThat(one(feb, rec("A", ON_TRACK, "2026-02-28", "2026-02-01")).overdue()).isFalse();
        assertThat(one(feb, rec("A", ON_TRACK, "2026-02-27", "2026-02-01")).daysOverdue()).isEqualTo(1);
        YearMonth leap = YearMonth.of(2028, 2);
        assertThat(one(leap, rec("A", ON_TRACK, "2028-02-28", "2028-02-01")).daysOverdue()).isEqualTo(1);
        assertThat(one(leap, rec("A", ON_TRACK, "2028-02-29", "2028-02-01")).overdue()).isFalse();
    }

    // ---- stale ----

    @Test
    void updatedExactly60DaysBeforeThePeriodEndIsNotStale() {
        // 1 Sep -> 30 Sep is 29 days, + 31 days of October = 60
        RecommendationStatus s = one(OCT, rec("A", ON_TRACK, "2027-03-31", "2026-09-01"));
        assertThat(s.daysSinceUpdate()).isEqualTo(60);
        assertThat(s.stale()).isFalse();
    }

    @Test
    void updated61DaysBeforeThePeriodEndIsStale() {
        // 31 Aug -> 30 Sep is 30 days, + 31 = 61
        RecommendationStatus s = one(OCT, rec("A", ON_TRACK, "2027-03-31", "2026-08-31"));
        assertThat(s.daysSinceUpdate()).isEqualTo(61);
        assertThat(s.stale()).isTrue();
    }

    @Test
    void updatedOnThePeriodEndIsZeroDays() {
        assertThat(one(OCT, rec("A", ON_TRACK, "2027-03-31", "2026-10-31")).daysSinceUpdate()).isZero();
    }

    @Test
    void updatedAfterThePeriodEndCountsAsZeroDays() {
        RecommendationStatus s = one(OCT, rec("A", ON_TRACK, "2027-03-31", "2026-11-03"));
        assertThat(s.daysSinceUpdate()).isZero();
        assertThat(s.stale()).isFalse();
    }

    @Test
    void aCompleteRecommendationIsNeverStale() {
        RecommendationStatus s = one(OCT, rec("A", COMPLETE, "2026-07-31", "2026-07-29"));
        assertThat(s.daysSinceUpdate()).isEqualTo(94); // 2 + 31 + 30 + 31
        assertThat(s.stale()).isFalse();
    }

    @Test
    void staleBoundaryAcrossTheYearEndInFebruary() {
        // period 2026-02 ends 28 Feb: 30 Dec -> 31 Dec 1 day, + 31 (Jan) + 28 (Feb) = 60
        YearMonth feb = YearMonth.of(2026, 2);
        assertThat(one(feb, rec("A", AT_RISK, "2027-01-01", "2025-12-30")).stale()).isFalse();
        assertThat(one(feb, rec("A", AT_RISK, "2027-01-01", "2025-12-29")).stale()).isTrue();
    }

    @Test
    void theStaleThresholdIsConfigurable() {
        RecommendationCalculator thirty = new RecommendationCalculator(30);
        assertThat(thirty.staleAfterDays()).isEqualTo(30);
        // 1 Oct -> 31 Oct = 30 days: not stale; 30 Sep -> 31 Oct = 31 days: stale
        assertThat(thirty.compute(OCT, List.of(rec("A", ON_TRACK, "2027-01-01", "2026-10-01")), null, Map.of())
                .items().get(0).stale()).isFalse();
        assertThat(thirty.compute(OCT, List.of(rec("A", ON_TRACK, "2027-01-01", "2026-09-30")), null, Map.of())
                .items().get(0).stale()).isTrue();
        assertThat(thirty.compute(OCT, List.of(), null, Map.of()).staleAfterDays()).isEqualTo(30);
        assertThat(new RecommendationCalculator().staleAfterDays()).isEqualTo(60);
        assertThatThrownBy(() -> new RecommendationCalculator(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- movement ----

    @Test
    void everyMovementKindBetweenTwoSnapshots() {
        List<Recommendation> september = List.of(
                rec("IMPROVED", AT_RISK, "2027-01-01", "2026-09-10"),
                rec("WORSENED", ON_TRACK, "2027-01-01", "2026-09-10"),
                rec("UNCHANGED", AT_RISK, "2027-01-01", "2026-09-10"),
                rec("COMPLETED", ON_TRACK, "2027-01-01", "2026-09-10"),
                rec("REOPENED", COMPLETE, "2027-01-01", "2026-09-10"),
                rec("STILL-COMPLETE", COMPLETE, "2027-01-01", "2026-09-10"),
                rec("STARTED-OFF-TRACK", NOT_STARTED, "2027-01-01", "2026-09-10"),
                rec("GONE", OFF_TRACK, "2026-09-30", "2026-09-10"));
        List<Recommendation> october = List.of(
                rec("NEW", ON_TRACK, "2027-01-01", "2026-10-10"),
                rec("IMPROVED", ON_TRACK, "2027-01-01", "2026-10-10"),
                rec("WORSENED", OFF_TRACK, "2027-01-01", "2026-10-10"),
                rec("UNCHANGED", AT_RISK, "2027-01-01", "2026-10-10"),
                rec("COMPLETED", COMPLETE, "2027-01-01", "2026-10-10"),
                rec("REOPENED", AT_RISK, "2027-01-01", "2026-10-10"),
                rec("STILL-COMPLETE", COMPLETE, "2027-01-01", "2026-10-10"),
                rec("STARTED-OFF-TRACK", OFF_TRACK, "2027-01-01", "2026-10-10"));
        RecommendationTracker t = calc.compute(OCT, october, september, Map.of());

        assertThat(t.previousSnapshotAvailable()).isTrue();
        assertThat(t.items()).extracting(RecommendationStatus::id, RecommendationStatus::movement, RecommendationStatus::previousStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NEW", Movement.NEW, null),
                        org.assertj.core.groups.Tuple.tuple("IMPROVED", Movement.IMPROVED, AT_RISK),
                        org.assertj.core.groups.Tuple.tuple("WORSENED", Movement.WORSENED, ON_TRACK),
                        org.assertj.core.groups.Tuple.tuple("UNCHANGED", Movement.UNCHANGED, AT_RISK),
                        org.assertj.core.groups.Tuple.tuple("COMPLETED", Movement.COMPLETED, ON_TRACK),
                        org.assertj.core.groups.Tuple.tuple("REOPENED", Movement.REOPENED, COMPLETE),
                        org.assertj.core.groups.Tuple.tuple("STILL-COMPLETE", Movement.UNCHANGED, COMPLETE),
                        org.assertj.core.groups.Tuple.tuple("STARTED-OFF-TRACK", Movement.IMPROVED, NOT_STARTED));
        assertThat(t.missingThisMonth()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("GONE");
            assertThat(m.lastKnown().status()).isEqualTo(OFF_TRACK);
            assertThat(m.lastSeen()).isEqualTo(YearMonth.of(2026, 9));
            assertThat(m.rowRejected()).isFalse();
            assertThat(m.movement()).isEqualTo(Movement.MISSING);
            assertThat(m.label()).isEqualTo("Missing from this month's snapshot");
        });
        assertThat(t.byMovement()).containsExactly(
                Map.entry(Movement.NEW, 1), Map.entry(Movement.IMPROVED, 2), Map.entry(Movement.WORSENED, 1),
                Map.entry(Movement.UNCHANGED, 2), Map.entry(Movement.COMPLETED, 1), Map.entry(Movement.REOPENED, 1),
                Map.entry(Movement.MISSING, 1), Map.entry(Movement.NOT_AVAILABLE, 0));
        // the missing one is not counted with this month's items
        assertThat(t.totals().total()).isEqualTo(8);
    }

    /** The whole movement table over the progress order not-started < off-track < at-risk < on-track < complete. */
    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource({
            "NOT_STARTED, NOT_STARTED, UNCHANGED", "NOT_STARTED, OFF_TRACK, IMPROVED", "NOT_STARTED, AT_RISK, IMPROVED",
            "NOT_STARTED, ON_TRACK, IMPROVED", "NOT_STARTED, COMPLETE, COMPLETED",
            "OFF_TRACK, NOT_STARTED, WORSENED", "OFF_TRACK, OFF_TRACK, UNCHANGED", "OFF_TRACK, AT_RISK, IMPROVED",
            "OFF_TRACK, ON_TRACK, IMPROVED", "OFF_TRACK, COMPLETE, COMPLETED",
            "AT_RISK, NOT_STARTED, WORSENED", "AT_RISK, OFF_TRACK, WORSENED", "AT_RISK, AT_RISK, UNCHANGED",
            "AT_RISK, ON_TRACK, IMPROVED", "AT_RISK, COMPLETE, COMPLETED",
            "ON_TRACK, NOT_STARTED, WORSENED", "ON_TRACK, OFF_TRACK, WORSENED", "ON_TRACK, AT_RISK, WORSENED",
            "ON_TRACK, ON_TRACK, UNCHANGED", "ON_TRACK, COMPLETE, COMPLETED",
            "COMPLETE, NOT_STARTED, REOPENED", "COMPLETE, OFF_TRACK, REOPENED", "COMPLETE, AT_RISK, REOPENED",
            "COMPLETE, ON_TRACK, REOPENED", "COMPLETE, COMPLETE, UNCHANGED"})
    void movementTable(PlanStatus before, PlanStatus after, Movement expected) {
        assertThat(Movement.between(before, after)).isEqualTo(expected);
    }

    @Test
    void withNoPreviousSnapshotMovementIsNotAvailable() {
        RecommendationTracker t = calc.compute(OCT, List.of(rec("A", ON_TRACK, "2027-01-01", "2026-10-10")), null, Map.of());
        assertThat(t.previousSnapshotAvailable()).isFalse();
        assertThat(t.items().get(0).movement()).isEqualTo(Movement.NOT_AVAILABLE);
        assertThat(t.items().get(0).previousStatus()).isNull();
        assertThat(t.missingThisMonth()).isEmpty();
        assertThat(Movement.NOT_AVAILABLE.label()).isEqualTo("No previous snapshot");
    }

    @Test
    void anEmptyPreviousSnapshotMakesEverythingNew() {
        RecommendationTracker t = calc.compute(OCT, List.of(rec("A", ON_TRACK, "2027-01-01", "2026-10-10")), List.of(), Map.of());
        assertThat(t.items().get(0).movement()).isEqualTo(Movement.NEW);
    }

    @Test
    void movementLabels() {
        assertThat(Movement.values()).extracting(Movement::label).containsExactly("New", "Improved", "Worsened",
                "Unchanged", "Completed this month", "Reopened", "Missing from this month's snapshot", "No previous snapshot");
    }

    // ---- evidence and the check flag ----

    private static IndicatorEvidence ev(String id, Rag rag, Direction d) {
        return new IndicatorEvidence(id, "Name of " + id, rag, d);
    }

    private RecommendationStatus checked(PlanStatus status, Map<String, IndicatorEvidence> evidence, String... linked) {
        return calc.compute(OCT, List.of(rec("A", status, "2027-01-01", "2026-10-10", linked)), null, evidence).items().get(0);
    }

    @Test
    void onTrackButTheOnlyLinkedIndicatorIsRedIsFlagged() {
        RecommendationStatus s = checked(ON_TRACK,
                Map.of("supervision_timescale", ev("supervision_timescale", Rag.RED, Direction.NO_CHANGE)),
                "supervision_timescale");
        assertThat(s.check()).isTrue();
        assertThat(s.checkReason()).isEqualTo("Reported on track but every linked indicator is red or worsening: "
                + "Name of supervision_timescale: Red, No change");
        assertThat(s.evidence()).containsExactly(ev("supervision_timescale", Rag.RED, Direction.NO_CHANGE));
    }

    @Test
    void completeButEveryLinkedIndicatorRedOrWorseningIsFlagged() {
        RecommendationStatus s = checked(COMPLETE, Map.of(
                        "cla_health_assessments", ev("cla_health_assessments", Rag.GREEN, Direction.WORSENING),
                        "cla_initial_health_20days", ev("cla_initial_health_20days", Rag.RED, Direction.IMPROVING)),
                "cla_health_assessments", "cla_initial_health_20days");
        assertThat(s.check()).isTrue();
        assertThat(s.checkReason()).isEqualTo("Reported complete but every linked indicator is red or worsening: "
                + "Name of cla_health_assessments: Green, Worsening; Name of cla_initial_health_20days: Red, Improving");
    }

    @Test
    void notFlaggedWhenOneLinkedIndicatorIsFine() {
        RecommendationStatus s = checked(ON_TRACK, Map.of(
                        "cla_health_assessments", ev("cla_health_assessments", Rag.GREEN, Direction.IMPROVING),
                        "cla_initial_health_20days", ev("cla_initial_health_20days", Rag.RED, Direction.WORSENING)),
                "cla_health_assessments", "cla_initial_health_20days");
        assertThat(s.check()).isFalse();
        assertThat(s.checkReason()).isEmpty();
        assertThat(s.evidence()).extracting(IndicatorEvidence::rag).containsExactly(Rag.GREEN, Rag.RED);
    }

    @Test
    void notFlaggedWhenNothingIsLinked() {
        assertThat(checked(ON_TRACK, Map.of()).check()).isFalse();
        assertThat(checked(ON_TRACK, Map.of()).evidence()).isEmpty();
    }

    @Test
    void notFlaggedWhenTheStatusAlreadySaysThereIsAProblem() {
        Map<String, IndicatorEvidence> red = Map.of("x", ev("x", Rag.RED, Direction.WORSENING));
        assertThat(checked(AT_RISK, red, "x").check()).isFalse();
        assertThat(checked(OFF_TRACK, red, "x").check()).isFalse();
        assertThat(checked(NOT_STARTED, red, "x").check()).isFalse();
    }

    @Test
    void aLinkedIndicatorWithNoFigurePreventsTheFlag() {
        RecommendationStatus s = checked(ON_TRACK, Map.of("x", ev("x", Rag.RED, Direction.WORSENING)), "x", "y");
        assertThat(s.check()).isFalse();
        assertThat(s.evidence().get(1)).isEqualTo(new IndicatorEvidence("y", "y", Rag.NONE, Direction.NOT_AVAILABLE));
    }

    @Test
    void anActivityIndicatorGoingUpIsNotWorsening() {
        assertThat(checked(ON_TRACK, Map.of("cpp_rate", ev("cpp_rate", Rag.NONE, Direction.UP)), "cpp_rate").check()).isFalse();
    }

    // ---- counts ----

    @Test
    void countsByBragSourceAndOwner() {
        List<Recommendation> items = List.of(
                rec("R1", "Ofsted 2017", "HoS CIC", OFF_TRACK, "2026-09-30", "2026-10-14"),       // overdue
                rec("R2", "Ofsted 2017", "HoS CIC", ON_TRACK, "2027-01-31", "2026-07-28", "x"),   // stale, check
                rec("R3", "Ofsted 2017", "PSW", COMPLETE, "2026-07-31", "2026-07-29"),
                rec("J1", "JTAI 2023", "HoS IFD", AT_RISK, "2026-03-31", "2026-10-21"),           // overdue, check (still Amber)
                rec("J2", "JTAI 2023", "HoS CIC", AT_RISK, "2027-03-31", "2026-10-28"),
                rec("J3", "JTAI 2023", "HoS IFD", NOT_STARTED, "2027-06-30", "2026-10-30"));
        RecommendationTracker t = calc.compute(OCT, items, null, Map.of("x", ev("x", Rag.RED, Direction.WORSENING)));

        assertThat(t.byBrag()).containsExactly(Map.entry(Brag.RED, 1), Map.entry(Brag.AMBER, 2), Map.entry(Brag.GREEN, 1),
                Map.entry(Brag.BLUE, 1), Map.entry(Brag.GREY, 1));
        assertThat(t.totals()).isEqualTo(new TrackerCounts(6,
                Map.of(Brag.RED, 1, Brag.AMBER, 2, Brag.GREEN, 1, Brag.BLUE, 1, Brag.GREY, 1), 2, 1, 2));
        assertThat(t.bySource()).containsOnlyKeys("Ofsted 2017", "JTAI 2023");
        assertThat(t.bySource().keySet()).containsExactly("Ofsted 2017", "JTAI 2023");
        assertThat(t.bySource().get("Ofsted 2017")).isEqualTo(new TrackerCounts(3,
                Map.of(Brag.RED, 1, Brag.GREEN, 1, Brag.BLUE, 1), 1, 1, 1));
        assertThat(t.bySource().get("JTAI 2023")).isEqualTo(new TrackerCounts(3,
                Map.of(Brag.AMBER, 2, Brag.GREY, 1), 1, 0, 1));
        assertThat(t.byOwner().keySet()).containsExactly("HoS CIC", "PSW", "HoS IFD");
        assertThat(t.byOwner().get("HoS CIC")).isEqualTo(new TrackerCounts(3,
                Map.of(Brag.RED, 1, Brag.AMBER, 1, Brag.GREEN, 1), 1, 1, 1));
        assertThat(t.byOwner().get("PSW").get(Brag.BLUE)).isEqualTo(1);
        assertThat(t.byOwner().get("PSW").total()).isEqualTo(1);
        assertThat(t.byOwner().get("HoS IFD")).isEqualTo(new TrackerCounts(2, Map.of(Brag.AMBER, 1, Brag.GREY, 1), 1, 0, 1));
        assertThat(t.overdue()).extracting(RecommendationStatus::id).containsExactly("R1", "J1");
        assertThat(t.stale()).extracting(RecommendationStatus::id).containsExactly("R2");
        assertThat(t.flaggedForCheck()).extracting(RecommendationStatus::id).containsExactly("R2", "J1");
        assertThat(t.period()).isEqualTo(OCT);
        assertThat(t.periodEnd()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void countsOfAnEmptyPlanAreZeros() {
        RecommendationTracker t = calc.compute(OCT, List.of(), null, Map.of());
        assertThat(t.byBrag()).containsOnlyKeys(Brag.values()).allSatisfy((b, n) -> assertThat(n).isZero());
        assertThat(t.totals().total()).isZero();
        assertThat(t.bySource()).isEmpty();
    }

    // ---- missing this month, from snapshots ----

    @Test
    void aRecommendationMissingThisMonthIsReportedNotDropped() {
        Recommendation gone = rec("R2017-08", ON_TRACK, "2027-01-31", "2026-07-28");
        RecommendationSnapshot sept = new RecommendationSnapshot(YearMonth.of(2026, 9), "recommendations/2026-09.csv",
                List.of(rec("R2017-01", ON_TRACK, "2026-09-30", "2026-09-22"), gone), List.of(), true);
        RecommendationSnapshot oct = new RecommendationSnapshot(OCT, "recommendations/2026-10.csv",
                List.of(rec("R2017-01", OFF_TRACK, "2026-09-30", "2026-10-14")), List.of(), true);
        RecommendationTracker t = calc.compute(OCT, new RecommendationInput(oct, sept), Map.of());
        assertThat(t.items()).extracting(RecommendationStatus::id).containsExactly("R2017-01");
        assertThat(t.missingThisMonth()).containsExactly(new MissingRecommendation(gone, YearMonth.of(2026, 9), false));
        assertThat(t.byMovement().get(Movement.MISSING)).isEqualTo(1);
    }

    @Test
    void aRowRejectedThisMonthIsReportedMissingWithTheReason() throws Exception {
        Recommendation before = rec("R2017-02", ON_TRACK, "2026-12-31", "2026-09-24");
        org.boardpack.input.CsvRow badRow = new org.boardpack.input.CsvRow("recommendations/2026-10.csv", 3,
                Map.of("id", 1), Map.of("id", "R2017-02"));
        RecommendationSnapshot sept = new RecommendationSnapshot(YearMonth.of(2026, 9), "s", List.of(before), List.of(), true);
        RecommendationSnapshot oct = new RecommendationSnapshot(OCT, "o", List.of(), List.of(badRow), true);
        RecommendationTracker t = calc.compute(OCT, oct, sept, Map.of());
        assertThat(t.missingThisMonth()).singleElement().satisfies(m -> {
            assertThat(m.rowRejected()).isTrue();
            assertThat(m.label()).isEqualTo("Missing from this month's snapshot (row rejected: see the validation report)");
        });
    }
}
