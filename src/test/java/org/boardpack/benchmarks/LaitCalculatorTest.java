package org.boardpack.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.boardpack.indicators.Polarity;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;

/** The LAIT method, with every expected value worked by hand in the comments. */
class LaitCalculatorTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static List<BigDecimal> ds(String... s) {
        List<BigDecimal> out = new ArrayList<>();
        for (String x : s) out.add(d(x));
        return out;
    }

    static void assertNum(BigDecimal actual, String expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.compareTo(d(expected))).as(actual + " = " + expected).isZero();
    }

    // ------------------------------------------------------------------ quartiles (R type 7)

    @Test
    void quartilesInterpolateLikeRType7() {
        // n=4, 1 2 3 4: h = 3p; Q1 h=0.75 -> 1 + .75(2-1) = 1.75; median h=1.5 -> 2.5; Q3 h=2.25 -> 3 + .25(4-3) = 3.25
        Quartiles q = LaitCalculator.quartiles(ds("4", "2", "1", "3"));
        assertNum(q.q1(), "1.75");
        assertNum(q.median(), "2.5");
        assertNum(q.q3(), "3.25");
        // n=6, 2 4 4 5 7 9: h = 5p; Q1 h=1.25 -> 4 + .25(4-4) = 4; median h=2.5 -> 4 + .5(5-4) = 4.5; Q3 h=3.75 -> 5 + .75(7-5) = 6.5
        q = LaitCalculator.quartiles(ds("9", "4", "2", "7", "4", "5"));
        assertNum(q.q1(), "4");
        assertNum(q.median(), "4.5");
        assertNum(q.q3(), "6.5");
        assertNum(q.min(), "2");
        assertNum(q.max(), "9");
        assertThat(q.count()).isEqualTo(6);
        // n=1: all three are the value; n=0: none
        q = LaitCalculator.quartiles(ds("7.5"));
        assertNum(q.q1(), "7.5");
        assertNum(q.q3(), "7.5");
        assertThat(LaitCalculator.quartiles(List.of())).isNull();
    }

    // ------------------------------------------------------------------ rank

    @Test
    void rankSharesTheLowestRankOnTiesInBothDirections() {
        List<BigDecimal> all = ds("10", "20", "20", "30", "40");
        // lower is better: 10 -> 1; 20, 20 -> 2, 2; 30 -> 4; 40 -> 5
        assertThat(LaitCalculator.rank(d("10"), all, Polarity.LOWER)).isEqualTo(1);
        assertThat(LaitCalculator.rank(d("20"), all, Polarity.LOWER)).isEqualTo(2);
        assertThat(LaitCalculator.rank(d("30"), all, Polarity.LOWER)).isEqualTo(4);
        assertThat(LaitCalculator.rank(d("40"), all, Polarity.LOWER)).isEqualTo(5);
        // higher is better: 40 -> 1; 30 -> 2; 20, 20 -> 3, 3; 10 -> 5
        assertThat(LaitCalculator.rank(d("40"), all, Polarity.HIGHER)).isEqualTo(1);
        assertThat(LaitCalculator.rank(d("30"), all, Polarity.HIGHER)).isEqualTo(2);
        assertThat(LaitCalculator.rank(d("20"), all, Polarity.HIGHER)).isEqualTo(3);
        assertThat(LaitCalculator.rank(d("10"), all, Polarity.HIGHER)).isEqualTo(5);
        // 20.0 ties with 20 (numeric comparison, not text)
        assertThat(LaitCalculator.rank(d("20.0"), all, Polarity.LOWER)).isEqualTo(2);
        assertThat(LaitCalculator.rank(d("20"), all, Polarity.NONE)).isNull();
    }

    // ------------------------------------------------------------------ bands, values exactly on a quartile

    @Test
    void bandsForLowerIsBetterPutAValueOnAQuartileInTheBetterBand() {
        // 10 20 30 40 50: h = 4p -> Q1 = 20, median = 30, Q3 = 40 exactly
        Quartiles q = LaitCalculator.quartiles(ds("10", "20", "30", "40", "50"));
        assertNum(q.q1(), "20");
        assertNum(q.median(), "30");
        assertNum(q.q3(), "40");
        // A = [min, Q1], B = (Q1, median], C = (median, Q3], D = (Q3, max]
        String[][] cases = {{"10", "A"}, {"20", "A"}, {"20.01", "B"}, {"30", "B"}, {"30.01", "C"}, {"40", "C"},
                {"40.01", "D"}, {"50", "D"}};
        for (String[] c : cases) {
            assertThat(LaitCalculator.band(d(c[0]), q, Polarity.LOWER)).as("lower " + c[0]).isEqualTo(Band.valueOf(c[1]));
        }
    }

    @Test
    void bandsForHigherIsBetterPutAValueOnAQuartileInTheBetterBand() {
        Quartiles q = LaitCalculator.quartiles(ds("10", "20", "30", "40", "50"));
        // A = [Q3, max], B = [median, Q3), C = [Q1, median), D = [min, Q1)
        String[][] cases = {{"50", "A"}, {"40", "A"}, {"39.99", "B"}, {"30", "B"}, {"29.99", "C"}, {"20", "C"},
                {"19.99", "D"}, {"10", "D"}};
        for (String[] c : cases) {
            assertThat(LaitCalculator.band(d(c[0]), q, Polarity.HIGHER)).as("higher " + c[0]).isEqualTo(Band.valueOf(c[1]));
        }
    }

    @Test
    void aValueOnAnInterpolatedQuartileIsOnItExactly() {
        // n=2, 10.2 and 10.6: h = p; Q1 = 10.2 + .25 x .4 = 10.3, median 10.4, Q3 = 10.2 + .75 x .4 = 10.5.
        // In binary floating point (numpy.percentile([10.2, 10.6], 25) too) Q1 is 10.299999999999999, which would
        // push a published 10.3 out of band A; exact decimals keep 10.3 on Q1: band A (lower is better) and band C
        // (higher is better).
        Quartiles q = LaitCalculator.quartiles(ds("10.2", "10.6"));
        assertNum(q.q1(), "10.3");
        assertNum(q.median(), "10.4");
        assertNum(q.q3(), "10.5");
        assertThat(LaitCalculator.band(d("10.3"), q, Polarity.LOWER)).isEqualTo(Band.A);
        assertThat(LaitCalculator.band(d("10.3"), q, Polarity.HIGHER)).isEqualTo(Band.C);
        assertThat(LaitCalculator.band(d("10.5"), q, Polarity.HIGHER)).isEqualTo(Band.A);
        assertThat(LaitCalculator.band(d("10.5"), q, Polarity.LOWER)).isEqualTo(Band.C);
        assertThat(LaitCalculator.band(d("10.4"), q, Polarity.LOWER)).isEqualTo(Band.B);
        assertThat(LaitCalculator.band(d("10.4"), q, Polarity.HIGHER)).isEqualTo(Band.B);
    }

    @Test
    void noBandWithoutPolarity() {
        Quartiles q = LaitCalculator.quartiles(ds("10", "20", "30", "40", "50"));
        assertThat(LaitCalculator.band(d("10"), q, Polarity.NONE)).isNull();
        assertThat(LaitCalculator.band(d("10"), q, null)).isNull();
    }

    // ------------------------------------------------------------------ a whole comparison

    /**
     * 2025 rereferrals (hand-made): 822 (the authority) 23.3; its neighbours 303 21.9, 311 16.3, 821 suppressed,
     * 826 20.3, 999 (no row at all); other LAs 881 15.4, 935 20.1, 866 23.3, 886 25.0; England 22.6.
     * 2026: only 303 has a value (so 2026 is not the latest benchmark year: neither 822 nor England has one).
     */
    static BenchmarkData data() {
        List<BenchmarkValue> v = new ArrayList<>();
        v.add(new BenchmarkValue("rereferrals", 2025, GeographicLevel.NATIONAL, "", "E92000001", "England", d("22.6")));
        String[][] las = {{"822", "23.3"}, {"303", "21.9"}, {"311", "16.3"}, {"821", null}, {"826", "20.3"},
                {"881", "15.4"}, {"935", "20.1"}, {"866", "23.3"}, {"886", "25.0"}};
        for (String[] la : las) {
            v.add(new BenchmarkValue("rereferrals", 2025, GeographicLevel.LOCAL_AUTHORITY, la[0],
                    la[0].equals("822") ? "E06000055" : "", "", la[1] == null ? null : d(la[1])));
        }
        v.add(new BenchmarkValue("rereferrals", 2026, GeographicLevel.NATIONAL, "", "E92000001", "England", null));
        v.add(new BenchmarkValue("rereferrals", 2026, GeographicLevel.LOCAL_AUTHORITY, "822", "E06000055", "", null));
        v.add(new BenchmarkValue("rereferrals", 2026, GeographicLevel.LOCAL_AUTHORITY, "303", "", "", d("19")));
        List<Neighbour> n = List.of(new Neighbour("822", "303", 1, "Very close"), new Neighbour("822", "311", 2, ""),
                new Neighbour("822", "821", 3, ""), new Neighbour("822", "826", 4, ""), new Neighbour("822", "999", 5, ""));
        return BenchmarkData.of(v, n);
    }

    @Test
    void lowerIsBetterComparisonWorkedByHand() {
        LaitCalculator calc = new LaitCalculator(data(), "822");
        assertThat(calc.latestYear("rereferrals")).hasValue(2025);
        BenchmarkComparison c = calc.compare("rereferrals", Polarity.LOWER, d("21.14"), 1);
        assertThat(c.status()).isEqualTo(BenchmarkComparison.Status.PUBLISHED);
        assertThat(c.year()).isEqualTo(2025);
        assertNum(c.authorityValue(), "23.3");
        // neighbours present: 21.9 + 16.3 + 20.3 = 58.5; 58.5 / 3 = 19.5; 821 suppressed and 999 absent are left out
        assertNum(c.neighbourMean(), "19.5");
        assertThat(c.neighbourCount()).isEqualTo(3);
        assertThat(c.neighbourTotal()).isEqualTo(5);
        assertNum(c.england(), "22.6");
        // 8 LA values; sorted 15.4 16.3 20.1 20.3 21.9 23.3 23.3 25.0; h = 7p
        // Q1: h=1.75 -> 16.3 + .75(20.1-16.3) = 19.15; median: h=3.5 -> 20.3 + .5(21.9-20.3) = 21.1; Q3: h=5.25 -> 23.3 + .25(0) = 23.3
        assertNum(c.q1(), "19.15");
        assertNum(c.median(), "21.1");
        assertNum(c.q3(), "23.3");
        // five values are lower than 23.3 -> rank 6 (shared with 866), of 8 ranked
        assertThat(c.rank()).isEqualTo(6);
        assertThat(c.rankedCount()).isEqualTo(8);
        // 23.3 is exactly Q3: (median, Q3] -> C
        assertThat(c.band()).isEqualTo(Band.C);
        // monthly 21.14 -> 21.1 shown: above the neighbours' 19.5 -> worse, gap 21.14 - 19.5 = 1.64;
        // below England's 22.6 -> better, gap 21.14 - 22.6 = -1.46
        assertThat(c.vsNeighbours()).isEqualTo(Verdict.WORSE);
        assertNum(c.gapNeighbours(), "1.64");
        assertThat(c.vsEngland()).isEqualTo(Verdict.BETTER);
        assertNum(c.gapEngland(), "-1.46");
    }

    @Test
    void higherIsBetterComparisonWorkedByHand() {
        BenchmarkComparison c = new LaitCalculator(data(), "822").compare("rereferrals", Polarity.HIGHER, d("19.46"), 1);
        // one value (25.0) is higher than 23.3 -> rank 2; 23.3 >= Q3 (23.3) -> A
        assertThat(c.rank()).isEqualTo(2);
        assertThat(c.band()).isEqualTo(Band.A);
        // 19.46 shows as 19.5, as does the neighbours' mean 19.5 -> similar, gap -0.04 (unrounded)
        assertThat(c.vsNeighbours()).isEqualTo(Verdict.SIMILAR);
        assertNum(c.gapNeighbours(), "-0.04");
        // 19.5 < 22.6 with higher better -> worse
        assertThat(c.vsEngland()).isEqualTo(Verdict.WORSE);
    }

    @Test
    void noRankOrBandWithoutPolarityButQuartilesAndAboveBelow() {
        BenchmarkComparison c = new LaitCalculator(data(), "822").compare("rereferrals", Polarity.NONE, d("20"), 0);
        assertThat(c.rank()).isNull();
        assertThat(c.rankedCount()).isNull();
        assertThat(c.band()).isNull();
        assertNum(c.median(), "21.1");
        // 20 vs 19.5 at 0 decimals: 20 vs 20 (half-up) -> similar; 20 vs 22.6 -> 20 vs 23 -> below
        assertThat(c.vsNeighbours()).isEqualTo(Verdict.SIMILAR);
        assertThat(c.vsEngland()).isEqualTo(Verdict.BELOW);
        assertThat(new LaitCalculator(data(), "822").compare("rereferrals", null).band()).isNull();
    }

    @Test
    void withoutMonthlyFigureThereIsNoVerdict() {
        BenchmarkComparison c = new LaitCalculator(data(), "822").compare("rereferrals", Polarity.LOWER);
        assertThat(c.monthly()).isNull();
        assertThat(c.vsNeighbours()).isNull();
        assertThat(c.gapEngland()).isNull();
        assertThat(c.rank()).isEqualTo(6);
    }

    @Test
    void aSuppressedAuthorityValueGivesNoRankOrBandButStillComparators() {
        // 2026: 822 and England missing; only 303 = 19. Asked for explicitly.
        BenchmarkComparison c = new LaitCalculator(data(), "822").compareYear("rereferrals", 2026, Polarity.LOWER, null, 1);
        assertThat(c.authorityValue()).isNull();
        assertThat(c.rank()).isNull();
        assertThat(c.band()).isNull();
        assertThat(c.rankedCount()).isEqualTo(1);
        assertNum(c.neighbourMean(), "19");
        assertThat(c.neighbourCount()).isEqualTo(1);
        assertThat(c.england()).isNull();
    }

    @Test
    void latestYearIsTheLatestWithAnAuthorityOrEnglandValue() {
        List<BenchmarkValue> v = List.of(
                new BenchmarkValue("x", 2023, GeographicLevel.LOCAL_AUTHORITY, "822", "", "", d("1")),
                new BenchmarkValue("x", 2024, GeographicLevel.NATIONAL, "", "", "", d("2")),     // England only
                new BenchmarkValue("x", 2025, GeographicLevel.LOCAL_AUTHORITY, "822", "", "", null),
                new BenchmarkValue("x", 2025, GeographicLevel.NATIONAL, "", "", "", null));
        LaitCalculator calc = new LaitCalculator(BenchmarkData.of(v, List.of()), "822");
        assertThat(calc.latestYear("x")).hasValue(2024);
        BenchmarkComparison c = calc.compare("x", Polarity.LOWER);
        assertThat(c.year()).isEqualTo(2024);
        assertNum(c.england(), "2");
        assertThat(c.authorityValue()).isNull();
        assertThat(c.neighbourMean()).isNull();
        assertThat(c.neighbourTotal()).isZero();
    }

    @Test
    void noPublishedBenchmarkAndNoData() {
        BenchmarkComparison none = BenchmarkComparison.noPublishedBenchmark("return_interviews", "822");
        assertThat(none.published()).isFalse();
        assertThat(none.note()).isEqualTo("no published benchmark");
        assertThat(none.year()).isNull();
        BenchmarkComparison noData = new LaitCalculator(data(), "822").compare("sw_caseload", Polarity.LOWER);
        assertThat(noData.status()).isEqualTo(BenchmarkComparison.Status.NO_DATA);
        assertThat(noData.note()).contains("no published figures");
    }

    @Test
    void meanOfThreeIsExactTo34Digits() {
        // (1 + 1 + 2) / 3 = 1.333..; the mean is not rounded to display decimals
        assertThat(LaitCalculator.mean(ds("1", "1", "2")).toPlainString()).isEqualTo("1.333333333333333333333333333333333");
        // 156.5 / 10 = 15.65 exactly (binary floating point would give 15.649999999999997)
        assertNum(LaitCalculator.mean(ds("15.2", "15.6", "14.8", "15", "14.8", "14.6", "17", "16.3", "13.6", "19.6")), "15.65");
        assertThat(LaitCalculator.mean(List.of())).isNull();
    }

    @Test
    void verdictRoundsHalfUpAtTheDisplayedDecimals() {
        // 22.65 -> 22.7 and 22.7 -> similar; 22.64 -> 22.6 -> below 22.7: better when lower is better
        assertThat(LaitCalculator.verdict(d("22.65"), d("22.7"), 1, Polarity.LOWER)).isEqualTo(Verdict.SIMILAR);
        assertThat(LaitCalculator.verdict(d("22.64"), d("22.7"), 1, Polarity.LOWER)).isEqualTo(Verdict.BETTER);
        assertThat(LaitCalculator.verdict(d("22.64"), d("22.7"), 1, Polarity.HIGHER)).isEqualTo(Verdict.WORSE);
        assertThat(LaitCalculator.verdict(d("22.64"), d("22.7"), 2, Polarity.NONE)).isEqualTo(Verdict.BELOW);
        assertThat(LaitCalculator.verdict(d("22.64"), null, 1, Polarity.LOWER)).isNull();
    }

    @Test
    void theAuthorityCanBeConfiguredByOnsCode() {
        Problems p = new Problems();
        Optional<LaitCalculator> calc = LaitCalculator.forAuthority(data(), "e06000055", "application.yml boardpack.authority", p);
        assertThat(calc).isPresent();
        assertThat(calc.get().authorityCode()).isEqualTo("822");
        assertThat(p.all()).isEmpty();

        assertThat(LaitCalculator.forAuthority(data(), "E06000099", "application.yml boardpack.authority", p)).isEmpty();
        assertThat(p.errors()).hasSize(1);
        assertThat(p.errors().get(0).file()).isEqualTo("application.yml boardpack.authority");
        assertThat(p.errors().get(0).found()).contains("E06000099").contains("new_la_code");
        assertThat(p.errors().get(0).expected()).contains("822").contains("E06000055");

        Problems p2 = new Problems();
        assertThat(LaitCalculator.forAuthority(data(), "Bedford", "cfg", p2)).isEmpty();
        assertThat(p2.errors().get(0).found()).isEqualTo("authority \"Bedford\" is not an LA code");

        Problems p3 = new Problems();
        assertThat(LaitCalculator.forAuthority(data(), "881", "cfg", p3)).isPresent();
        assertThat(p3.warnings()).extracting(w -> w.found()).containsExactly("authority 881 has no statistical neighbours in neighbours.csv");
    }
}
