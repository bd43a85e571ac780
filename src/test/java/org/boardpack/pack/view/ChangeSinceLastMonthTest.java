package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boardpack.indicators.Rag;
import org.boardpack.pack.PackModel;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's October 2026 pack against September 2026 (worked by hand from input/scorecards and input/targets.csv),
 * the act and watch lists (their SPC facts checked against an XmR computation made here from the scorecard files),
 * and the small-numbers flags and movers exclusion.
 */
class ChangeSinceLastMonthTest {

    static PackModel model;
    static PackView oct;
    static Map<String, IndicatorView> byId;

    @BeforeAll
    static void build() {
        model = SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board", YearMonth.of(2026, 10));
        oct = PackView.of(model);
        byId = oct.indicators().stream().collect(Collectors.toMap(IndicatorView::id, Function.identity()));
    }

    @Test
    void previousRagIsSeptembersByTheSameRules() {
        // Initial health assessments (year to date, target 85.0 +/- 5.0): Sep 53 of 66 = 80.3% (Amber: within 5.0),
        // Oct 60 of 78 = 76.9% (Red)
        assertRag("cla_initial_health_20days", Rag.AMBER, Rag.RED);
        assertThat(byId.get("cla_initial_health_20days").ratedCounts()).isEqualTo("60 of 78");
        // Agency social workers (month, target 16.0 +/- 2.0, lower better): Sep 40 of 208 = 19.2% (Red), Oct 36 of 203 = 17.7% (Amber)
        assertRag("sw_agency", Rag.RED, Rag.AMBER);
        // ICPCs (year to date, 85.0 +/- 3.0): Sep 101 of 119 = 84.9% (Amber), Oct 124 of 143 = 86.7% (Green)
        assertRag("icpc_15days", Rag.AMBER, Rag.GREEN);
        // Return home interviews (year to date, 85.0 +/- 5.0): Sep 180 of 217 = 82.9% (Amber), Oct 223 of 261 = 85.4% (Green)
        assertRag("return_interviews_72h", Rag.AMBER, Rag.GREEN);
        // Re-referrals (rolling 12 months, 22.0 +/- 2.0, lower better): Sep 22.2% (Amber), Oct 21.9% (Green)
        assertRag("rereferrals", Rag.AMBER, Rag.GREEN);
        // every other indicator kept its RAG
        long changed = oct.indicators().stream().filter(v -> v.previousRag() != v.rag()).count();
        assertThat(changed).isEqualTo(5);
    }

    @Test
    void theActAndWatchListsAreTheMakingDataCountOnes() {
        // act: Red (cpp_2years 7.4% against 4.0; initial health 76.9% against 85.0; care proceedings 40.2 weeks
        // against 32.0), or not Green and the process consistently fails its target (long-term stability 69.0%
        // against 71.0, caseload 16.3 against 16.0, agency 17.7% against 16.0: Amber, target beyond the limit on the
        // bad side)
        assertThat(oct.act()).extracting(IndicatorView::id).containsExactly("cpp_2years", "cla_longterm_stability",
                "cla_initial_health_20days", "care_proceedings_weeks", "sw_caseload", "sw_agency");
        // watch: Amber without a signal (child protection reviews 93.2% against 95.0 +/- 2.0), and Green with a special
        // cause of concern in October (turnover 6.6%, above its upper process limit)
        assertThat(oct.watch()).extracting(IndicatorView::id).containsExactly("cp_reviews_timescale", "sw_turnover");
        // act first, then watch, in every edition
        List<IndicatorView> expected = new ArrayList<>(oct.act());
        expected.addAll(oct.watch());
        assertThat(oct.exceptions()).containsExactlyElementsOf(expected);
        // Green indicators that only worsened two months running are on neither list (health assessments 95.5%, EET 56.3%)
        assertThat(byId.get("cla_health_assessments").isException()).isFalse();
        assertThat(byId.get("care_leavers_eet").isException()).isFalse();

        // the SPC facts, from an XmR computation over the last 24 months made here from the scorecards
        Xmr agency = Xmr.of("sw_agency");
        assertThat(agency.lower()).as("agency lower limit above the 16.0 target: consistently fails").isGreaterThan(16.0);
        Xmr caseload = Xmr.of("sw_caseload");
        assertThat(caseload.lower()).as("caseload lower limit above 16.0").isGreaterThan(16.0);
        Xmr stability = Xmr.of("cla_longterm_stability");
        assertThat(stability.upper()).as("stability upper limit below 71.0 (higher is better)").isLessThan(71.0);
        Xmr turnover = Xmr.of("sw_turnover");
        assertThat(turnover.last()).as("turnover's October point above its upper limit").isGreaterThan(turnover.upper());
        Xmr reviews = Xmr.of("cp_reviews_timescale");
        assertThat(reviews.last()).isBetween(reviews.lower(), reviews.upper());
        assertThat(95.0).as("reviews: target inside the limits (hit and miss)").isBetween(reviews.lower(), reviews.upper());
    }

    @Test
    void exceptionsAreNewContinuingOrClosedAgainstSeptember() {
        // September's lists by the same rules: act cpp_2years, cla_longterm_stability, care_proceedings_weeks,
        // sw_caseload, sw_agency (Red); watch rereferrals, icpc_15days, cp_reviews_timescale, cla_initial_health_20days,
        // return_interviews_72h (all Amber) and sw_turnover (Green, concern). Every October exception was one then.
        assertThat(oct.exceptions()).allSatisfy(v -> assertThat(v.exceptionStatus()).as(v.id()).isEqualTo("continuing"));
        assertThat(oct.closedExceptions()).extracting(IndicatorView::id)
                .containsExactly("rereferrals", "icpc_15days", "return_interviews_72h");
        assertThat(byId.get("sw_vacancy").exceptionStatus()).isEmpty();
    }

    @Test
    void theSummaryOpensWithWhatChangedWorstFirst() {
        assertThat(oct.headlines()).containsExactly(
                "Initial health assessments within 20 working days moved from Amber to Red: 76.9% (60 of 78) in the year to date "
                        + "against a target of 85.0%; October alone: 58.3% (7 of 12), small numbers: read with care.",
                "Agency social workers moved from Red to Amber: 17.7% (36 of 203) in October against a target of 16.0%.",
                "Re-referrals within 12 months moved from Amber to Green: 21.9% (502 of 2,291) over the rolling 12 months "
                        + "against a target of 22.0%; October alone: 21.1% (44 of 209).",
                "Initial child protection conferences within 15 working days moved from Amber to Green: 86.7% (124 of 143) "
                        + "in the year to date against a target of 85.0%; October alone: 95.8% (23 of 24).",
                "Return home interviews within 72 hours moved from Amber to Green: 85.4% (223 of 261) in the year to date "
                        + "against a target of 85.0%; October alone: 97.7% (43 of 44).");
    }

    @Test
    void smallNumbersAreFlaggedAndLeftOutOfTheMovers() {
        // October: initial health assessments 7 of 12 (below 20); the year to date, 60 of 78, is not small
        IndicatorView iha = byId.get("cla_initial_health_20days");
        assertThat(iha.valueWithCounts()).isEqualTo("58.3% (7 of 12), small numbers: read with care");
        assertThat(iha.ratedWithCounts()).isEqualTo("76.9% (60 of 78)");
        // second plans: 2 of 21 this month (not small); ICPCs 23 of 24 (not small)
        assertThat(byId.get("cpp_subsequent").smallNumbers()).isFalse();
        assertThat(byId.get("icpc_15days").valueWithCounts()).isEqualTo("95.8% (23 of 24)");
        assertThat(oct.indicators().stream().filter(IndicatorView::smallNumbers)).extracting(IndicatorView::id)
                .containsExactly("cla_initial_health_20days");
        // a move rests on both months: second plans had 1 of 15 in September, ICPCs 12 of 16, initial health 7 of 12 now
        assertThat(oct.moversExcluded()).extracting(IndicatorView::id)
                .containsExactly("cpp_subsequent", "icpc_15days", "cla_initial_health_20days");
        assertThat(oct.movers()).extracting(m -> m.indicator().id())
                .doesNotContain("cpp_subsequent", "icpc_15days", "cla_initial_health_20days").hasSize(5);
        assertThat(oct.moversExcludedText()).contains(
                "Initial child protection conferences within 15 working days: 75.0% (12 of 16) to 95.8% (23 of 24)");

        // with the threshold at 10 nothing in October is small; ICPCs (20.8 points against usual variation) moves again
        PackView ten = PackView.of(withThreshold(10));
        assertThat(ten.moversExcluded()).isEmpty();
        assertThat(ten.indicators()).noneMatch(IndicatorView::smallNumbers);
        assertThat(ten.movers()).extracting(m -> m.indicator().id()).contains("icpc_15days", "cla_initial_health_20days");
    }

    private static PackModel withThreshold(int t) {
        PackModel p = model;
        return new PackModel(p.boardId(), p.boardTitle(), p.boardDescription(), p.authority(), p.period(), p.revision(),
                p.producedAt(), p.marking(), p.sections(), p.restatements(), p.inputWarnings(), p.recommendations(),
                p.style(), t);
    }

    private static void assertRag(String id, Rag before, Rag now) {
        IndicatorView v = byId.get(id);
        assertThat(v.previousRag()).as(id + " in September").isEqualTo(before);
        assertThat(v.rag()).as(id + " in October").isEqualTo(now);
        assertThat(v.previousRagWord()).isEqualTo(before.label());
    }

    /** XmR limits over Nov 2024 - Oct 2026 (the pack's 24 months), read straight from the scorecard files. */
    record Xmr(double mean, double lower, double upper, double last) {
        static Xmr of(String id) {
            List<Double> values = new ArrayList<>();
            YearMonth m = YearMonth.of(2024, 11);
            for (int i = 0; i < 24; i++, m = m.plusMonths(1)) {
                values.add(authorityValue(id, m));
            }
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double mr = 0;
            for (int i = 1; i < values.size(); i++) mr += Math.abs(values.get(i) - values.get(i - 1));
            mr /= values.size() - 1;
            return new Xmr(mean, mean - 2.66 * mr, mean + 2.66 * mr, values.get(values.size() - 1));
        }

        static double authorityValue(String id, YearMonth m) {
            try {
                for (String line : Files.readAllLines(Path.of("input/scorecards/" + m + ".csv"))) {
                    String[] f = line.split(",", -1);
                    if (f[0].equals(id) && f[1].equals(m.toString()) && f[5].isEmpty()) return Double.parseDouble(f[4]);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("no figure for " + id + " " + m);
        }
    }

    @Test
    void theXmrHelperMatchesAKnownSeries() {
        // a guard on the helper itself: turnover's mean over the 24 months lies between its limits
        Xmr t = Xmr.of("sw_turnover");
        assertThat(t.mean()).isBetween(t.lower(), t.upper());
        assertThat(t.upper() - t.mean()).isCloseTo(t.mean() - t.lower(), within(1e-9));
    }
}
