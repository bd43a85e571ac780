package org.boardpack.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.boardpack.indicators.Polarity;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import and the LAIT figures on DfE's real published files (../shared/data/dfe), for Bedford (822) and its
 * 2025 statistical neighbours. Skipped, with a message, when the files are absent.
 *
 * <p>Expected values other than the re-referral figures quoted in DOMAIN.md were derived independently with
 * {@code src/test/resources/benchmarks/lait_expected.py}: Python's csv module over the raw files, exact fractions
 * for the means, numpy.percentile (R type 7) for the quartiles, and its own counting for ranks and bands. Its
 * output (2025 unless said):
 * <pre>
 * rereferrals 2025: LA 822 = 23.3, England = 22.6, SN mean = 20.21 from 10 of 10, rank 120 of 153, Q1 16.9 median 20.0 Q3 23.0, band D
 * sw_caseload 2025: LA 822 = 19.5, England = 15.2, SN mean = 15.65 from 10 of 10, rank 146 of 151, Q1 14.0 median 15.2 Q3 16.75, band D
 * cpp_2years 2025: LA 822 = 7.1, England = 2.3, SN mean = 2.35 from 8 of 10, rank 87 of 94, Q1 0.0 median 2.9 Q3 4.55, band D
 * cla_longterm_stability 2025: LA 822 = 66, England = 69, SN mean = 70.4 from 10 of 10, rank 92 of 150, Q1 63 median 68 Q3 72, band C
 * care_leavers_eet 2024: LA 822 = 57, England = 54, SN mean = 51.8 from 10 of 10, rank 55 of 152, Q1 49.75 median 54 Q3 60, band B
 * cla_rate 2025: LA 822 = 59, England = 67, SN mean = 55.8 from 10 of 10, no rank (no polarity), Q1 53 median 67 Q3 90
 * </pre>
 */
class DfeRealFilesTest {

    static final String ABSENT = "skipped: DfE's published files are not in ../shared/data/dfe (nor /work/shared/data/dfe)";
    static BenchmarkData data;
    private static LaitCalculator calculator;

    /** Imports the real files once, when they are there; each test then skips with {@link #ABSENT} if not. */
    @BeforeAll
    static void importRealFiles(@TempDir Path out) {
        Path dfe = SampleBenchmarkSpecs.realData();
        if (dfe == null) return;
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(dfe, SampleBenchmarkSpecs.parsed(), out,
                SampleBenchmarkSpecs.sampleOptions(dfe), problems);
        assertThat(problems.errors()).isEmpty();
        assertThat(r.written()).isTrue();
        Problems p2 = new Problems();
        data = BenchmarkData.read(out, "", SampleBenchmarkSpecs.SPECS.keySet(), p2);
        assertThat(p2.all()).isEmpty();
        calculator = LaitCalculator.forAuthority(data, "E06000055", "test", p2).orElseThrow();
        assertThat(calculator.authorityCode()).isEqualTo("822");
    }

    static LaitCalculator bedford() {
        assumeTrue(calculator != null, ABSENT);
        return calculator;
    }

    static void num(BigDecimal actual, String expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.compareTo(new BigDecimal(expected))).as(actual + " = " + expected).isZero();
    }

    @Test
    void bedfordRereferrals2025AsInLait() {
        BenchmarkComparison c = bedford().compare("rereferrals", Polarity.LOWER, new BigDecimal("21.0"), 1);
        assertThat(c.year()).isEqualTo(2025);
        num(c.authorityValue(), "23.3");
        num(c.england(), "22.6");
        num(c.neighbourMean(), "20.21");       // shown as 20.2
        assertThat(c.neighbourMean().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("20.2");
        assertThat(c.neighbourCount()).isEqualTo(10);
        assertThat(c.neighbourTotal()).isEqualTo(10);
        // independently derived: rank 120 of 153, quartiles 16.9 / 20.0 / 23.0, 23.3 > Q3 -> band D
        assertThat(c.rank()).isEqualTo(120);
        assertThat(c.rankedCount()).isEqualTo(153);
        num(c.q1(), "16.9");
        num(c.median(), "20.0");
        num(c.q3(), "23.0");
        assertThat(c.band()).isEqualTo(Band.D);
        // a monthly 21.0: worse than the neighbours' 20.2 (gap 0.79), better than England's 22.6 (gap -1.6)
        assertThat(c.vsNeighbours()).isEqualTo(Verdict.WORSE);
        num(c.gapNeighbours(), "0.79");
        assertThat(c.vsEngland()).isEqualTo(Verdict.BETTER);
        num(c.gapEngland(), "-1.6");
    }

    @Test
    void caseload2025CountsJointlyPublishedNeighbours() {
        // West Northamptonshire (941) publishes jointly with 940 ("940 / 941" = 14.8): 10 neighbours, mean 15.65
        BenchmarkComparison c = bedford().compare("sw_caseload", Polarity.LOWER);
        assertThat(c.year()).isEqualTo(2025);
        num(c.authorityValue(), "19.5");
        num(c.england(), "15.2");
        num(c.neighbourMean(), "15.65");
        assertThat(c.neighbourCount()).isEqualTo(10);
        assertThat(c.rank()).isEqualTo(146);
        assertThat(c.rankedCount()).isEqualTo(151);
        num(c.q1(), "14.0");
        num(c.median(), "15.2");
        num(c.q3(), "16.75");
        assertThat(c.band()).isEqualTo(Band.D);
    }

    @Test
    void cpPlansTwoYearsOrMore2025LeavesSuppressedNeighboursOut() {
        // 941 and 937 are "c": mean of the 8 others, 18.8 / 8 = 2.35
        BenchmarkComparison c = bedford().compare("cpp_2years", Polarity.LOWER);
        num(c.authorityValue(), "7.1");
        num(c.england(), "2.3");
        num(c.neighbourMean(), "2.35");
        assertThat(c.neighbourCount()).isEqualTo(8);
        assertThat(c.neighbourTotal()).isEqualTo(10);
        assertThat(c.rank()).isEqualTo(87);
        assertThat(c.rankedCount()).isEqualTo(94);
        num(c.q1(), "0");
        num(c.median(), "2.9");
        num(c.q3(), "4.55");
        assertThat(c.band()).isEqualTo(Band.D);
    }

    @Test
    void longTermStability2025HigherIsBetter() {
        BenchmarkComparison c = bedford().compare("cla_longterm_stability", Polarity.HIGHER);
        num(c.authorityValue(), "66");
        num(c.england(), "69");
        num(c.neighbourMean(), "70.4");
        assertThat(c.rank()).isEqualTo(92);
        assertThat(c.rankedCount()).isEqualTo(150);
        num(c.q1(), "63");
        num(c.median(), "68");
        num(c.q3(), "72");
        assertThat(c.band()).isEqualTo(Band.C);      // 63 <= 66 < 68
    }

    @Test
    void careLeaversEet2024AnEarlierYear() {
        BenchmarkComparison c = bedford().compareYear("care_leavers_eet", 2024, Polarity.HIGHER, null, 0);
        num(c.authorityValue(), "57");
        num(c.england(), "54");
        num(c.neighbourMean(), "51.8");
        assertThat(c.neighbourCount()).isEqualTo(10);
        assertThat(c.rank()).isEqualTo(55);
        assertThat(c.rankedCount()).isEqualTo(152);
        num(c.q1(), "49.75");
        num(c.median(), "54");
        num(c.q3(), "60");
        assertThat(c.band()).isEqualTo(Band.B);      // 54 <= 57 < 60
    }

    @Test
    void claRate2025HasNoRankOrBand() {
        BenchmarkComparison c = bedford().compare("cla_rate", Polarity.NONE, new BigDecimal("61"), 0);
        num(c.authorityValue(), "59");
        num(c.england(), "67");
        num(c.neighbourMean(), "55.8");
        assertThat(c.rank()).isNull();
        assertThat(c.rankedCount()).isNull();
        assertThat(c.band()).isNull();
        num(c.median(), "67");
        assertThat(c.vsNeighbours()).isEqualTo(Verdict.ABOVE);
        assertThat(c.vsEngland()).isEqualTo(Verdict.BELOW);
    }

    @Test
    void publishedValuesOfDomainTableFor2025() {
        // DOMAIN.md, "Published 2024-25 values (England / Bedford / SN mean)", SN mean shown to the table's decimals
        // half-up. sw_caseload's 15.65 shows as 15.7 half-up; the table's 15.6 comes from binary floating point
        // (15.649999999999997), see caseload2025CountsJointlyPublishedNeighbours.
        String[][] table = {
                {"rereferrals", "22.6", "23.3", "20.2", "1"},
                {"cpp_rate", "40.6", "31.7", "38.5", "1"},
                {"cpp_2years", "2.3", "7.1", "2.4", "1"},
                {"cpp_subsequent", "24.5", "16.8", "24.4", "1"},
                {"cla_rate", "67", "59", "55.8", "1"},
                {"cla_3plus_placements", "10", "8", "12.3", "1"},
                {"cla_longterm_stability", "69", "66", "70.4", "1"},
                {"care_leavers_eet", "54", "56", "51.1", "1"},
                {"care_leavers_accommodation", "89", "93", "85.6", "1"},
                {"sw_caseload", "15.2", "19.5", "15.7", "1"},
                {"sw_agency", "13.0", "25.0", "17.4", "1"},
                {"sw_turnover", "11.8", "3.6", "14.4", "1"},
                {"sw_vacancy", "14.2", "18.7", "19.7", "1"}};
        for (String[] row : table) {
            BenchmarkComparison c = bedford().compare(row[0], Polarity.NONE);
            assertThat(c.year()).as(row[0]).isEqualTo(2025);
            num(c.england(), row[1]);
            num(c.authorityValue(), row[2]);
            assertThat(c.neighbourMean().setScale(Integer.parseInt(row[4]), java.math.RoundingMode.HALF_UP))
                    .as(row[0] + " SN mean " + c.neighbourMean()).isEqualByComparingTo(row[3]);
        }
    }
}
