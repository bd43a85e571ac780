package org.boardpack.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.recommendations.RecommendationFixtures.CATALOGUE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Rag;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;

/** The sample improvement plan in input/recommendations: clean, and showing every feature in 2026-10. */
class RecommendationSampleDataTest {

    private static final Path INPUT = Path.of("input");
    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @Test
    void everySnapshotIsCleanAndHoldsTheRealRecommendations() {
        for (int m = 5; m <= 10; m++) {
            YearMonth month = YearMonth.of(2026, m);
            Problems p = new Problems();
            RecommendationSnapshot s = RecommendationReader.readMonth(INPUT, month, CATALOGUE, p);
            assertThat(p.all()).as(month.toString()).isEmpty();
            assertThat(s.rejected()).isEmpty();
            assertThat(s.items()).hasSize(m == 5 ? 15 : 16);
            assertThat(s.items()).allSatisfy(r -> {
                assertThat(r.dueDate()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
                assertThat(r.lastUpdated()).isBeforeOrEqualTo(month.atEndOfMonth());
                assertThat(r.formulaLikeColumns()).isEmpty();
            });
        }
        RecommendationSnapshot oct = RecommendationReader.readMonth(INPUT, OCT, CATALOGUE, new Problems());
        assertThat(oct.items()).extracting(Recommendation::id).containsExactly(
                "R2017-01", "R2017-02", "R2017-03", "R2017-04", "R2017-05", "R2017-06", "R2017-07", "R2017-08",
                "R2017-09", "R2017-10", "LSCB2017-01", "LSCB2017-02", "JTAI2023-01", "JTAI2023-02", "JTAI2023-03",
                "JTAI2023-04");
        assertThat(oct.items()).filteredOn(r -> r.id().startsWith("R2017") || r.id().startsWith("LSCB"))
                .allSatisfy(r -> assertThat(r.sourceDate()).isEqualTo(LocalDate.of(2017, 4, 7)));
        assertThat(oct.items()).filteredOn(r -> r.id().startsWith("JTAI"))
                .allSatisfy(r -> assertThat(r.sourceDate()).isEqualTo(LocalDate.of(2023, 3, 31)));
    }

    @Test
    void theFirstMonthHasNoPreviousSnapshotAndLaterMonthsHaveNoWarnings() {
        Problems p = new Problems();
        RecommendationReader.readPeriod(INPUT, YearMonth.of(2026, 5), CATALOGUE, p);
        assertThat(p.warnings()).singleElement().extracting(w -> w.file()).isEqualTo("input/recommendations/2026-04.csv");
        for (int m = 6; m <= 10; m++) {
            Problems q = new Problems();
            RecommendationReader.readPeriod(INPUT, YearMonth.of(2026, m), CATALOGUE, q);
            assertThat(q.all()).isEmpty();
        }
    }

    @Test
    void october2026ShowsOverdueStaleReopenedAndTheCheckFlag() {
        Problems p = new Problems();
        RecommendationInput in = RecommendationReader.readPeriod(INPUT, OCT, CATALOGUE, p);
        Map<String, IndicatorEvidence> evidence = new HashMap<>();
        evidence.put("supervision_timescale",
                new IndicatorEvidence("supervision_timescale", "Supervision within timescale", Rag.RED, Direction.WORSENING));
        evidence.put("return_interviews_72h",
                new IndicatorEvidence("return_interviews_72h", "Return home interviews within 72 hours", Rag.RED, Direction.WORSENING));
        evidence.put("rereferrals", new IndicatorEvidence("rereferrals", "Re-referrals within 12 months", Rag.AMBER, Direction.IMPROVING));
        RecommendationTracker t = new RecommendationCalculator().compute(OCT, in, evidence);

        assertThat(t.overdue()).extracting(RecommendationStatus::id, RecommendationStatus::daysOverdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R2017-01", 31L),    // due 2026-09-30
                org.assertj.core.groups.Tuple.tuple("R2017-05", 61L),    // due 2026-08-31, reopened
                org.assertj.core.groups.Tuple.tuple("JTAI2023-01", 214L)); // due 2026-03-31
        assertThat(t.find("R2017-10").orElseThrow().overdue()).isFalse(); // due 2026-10-31, the period's last day
        assertThat(t.stale()).extracting(RecommendationStatus::id, RecommendationStatus::daysSinceUpdate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R2017-08", 95L)); // 2026-07-28: 3 + 31 + 30 + 31
        // R2017-03: on track (Green) with red evidence; R2017-05 and JTAI2023-01: overdue and still reported at risk
        // (Amber); R2017-01 is overdue but reported off track (Red): no flag
        assertThat(t.flaggedForCheck()).extracting(RecommendationStatus::id)
                .containsExactly("R2017-03", "R2017-05", "JTAI2023-01");
        // R2017-02 is linked to a red indicator but reports at risk: no flag
        assertThat(t.find("R2017-02").orElseThrow().check()).isFalse();

        assertThat(t.find("R2017-05").orElseThrow().movement()).isEqualTo(Movement.REOPENED);
        assertThat(t.find("R2017-02").orElseThrow().movement()).isEqualTo(Movement.WORSENED);
        assertThat(t.find("R2017-10").orElseThrow().movement()).isEqualTo(Movement.WORSENED);
        assertThat(t.find("JTAI2023-01").orElseThrow().movement()).isEqualTo(Movement.IMPROVED);
        assertThat(t.missingThisMonth()).isEmpty();

        assertThat(t.byBrag()).containsExactly(Map.entry(Brag.RED, 1), Map.entry(Brag.AMBER, 5), Map.entry(Brag.GREEN, 6),
                Map.entry(Brag.BLUE, 4), Map.entry(Brag.GREY, 0));
        assertThat(t.bySource()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().total()).containsExactly(
                "Ofsted inspection 2017=10", "Ofsted review of the LSCB 2017=2", "Joint targeted area inspection 2023=4");
        assertThat(t.byOwner().get("Head of Service, Integrated Front Door").total()).isEqualTo(2);
    }

    @Test
    void overTheSixMonthsEveryMovementKindOccurs() {
        Set<Movement> seen = EnumSet.noneOf(Movement.class);
        for (int m = 5; m <= 10; m++) {
            RecommendationInput in = RecommendationReader.readPeriod(INPUT, YearMonth.of(2026, m), CATALOGUE, new Problems());
            new RecommendationCalculator().compute(YearMonth.of(2026, m), in, Map.of()).items()
                    .forEach(s -> seen.add(s.movement()));
        }
        assertThat(seen).containsAll(List.of(Movement.NEW, Movement.IMPROVED, Movement.WORSENED, Movement.UNCHANGED,
                Movement.COMPLETED, Movement.REOPENED, Movement.NOT_AVAILABLE));
    }
}
