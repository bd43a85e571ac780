package org.boardpack.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;

class BenchmarkSpecTest {

    @Test
    void parsesFileMeasureAndFilters() {
        BenchmarkSpec.Parsed p = BenchmarkSpec.parse(" file = la_care_leavers_activity.csv ;Measure=Care_Leaver_Percent;"
                + " filter.care_leaver_age=19 to 21 years; FILTER.Breakdown=Total in education, employment or training; ");
        assertThat(p.errors()).isEmpty();
        BenchmarkSpec s = p.spec();
        assertThat(s.file()).isEqualTo("la_care_leavers_activity.csv");
        assertThat(s.measure()).isEqualTo("care_leaver_percent");       // columns are matched lower-case
        assertThat(s.filters()).containsExactly(                          // values kept exactly, commas included
                Map.entry("care_leaver_age", "19 to 21 years"),
                Map.entry("breakdown", "Total in education, employment or training"));
        assertThat(s.derived()).isFalse();
        assertThat(s.denominator()).isNull();
    }

    @Test
    void blankMeansNoPublishedBenchmark() {
        assertThat(BenchmarkSpec.parse("  ").spec()).isNull();
        assertThat(BenchmarkSpec.parse("  ").errors()).isEmpty();
        assertThat(BenchmarkSpec.parse(null).ok()).isTrue();
    }

    @Test
    void parsesADerivedRate() {
        BenchmarkSpec s = BenchmarkSpec.parse("file=a.csv; measure=CPP_At31; denominator.file=b.csv; "
                + "denominator.measure=population_estimate; denominator.filter.age_group=Children aged 0 to 17 years; "
                + "denominator.year_offset=-1; scale=10000; decimals=1").spec();
        assertThat(s.derived()).isTrue();
        assertThat(s.denominator()).isEqualTo(new BenchmarkSpec.Source("b.csv", "population_estimate",
                Map.of("age_group", "Children aged 0 to 17 years"), -1));
        assertThat(s.scale()).isEqualByComparingTo(new BigDecimal("10000"));
        assertThat(s.decimals()).isEqualTo(1);
        assertThat(s.filters()).isEmpty();
    }

    @Test
    void reportsEveryMistakeClearly() {
        assertThat(BenchmarkSpec.parse("measure=x").errors()).containsExactly(
                "\"file\" is missing (the EES CSV to read, e.g. file=c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)");
        assertThat(BenchmarkSpec.parse("file=a.csv").errors()).containsExactly(
                "\"measure\" is missing (the column holding the figure, e.g. measure=rereferral_percent)");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=x; colour=red").errors()).hasSize(1)
                .first().asString().startsWith("unknown key \"colour\"; known keys are file, measure, filter.COLUMN");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=x; measure=y").errors()).containsExactly(
                "\"measure\" is given twice (\"x\" and \"y\")");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure x").errors()).containsExactly(
                "\"measure x\" is not key=value", "\"measure\" is missing (the column holding the figure, e.g. measure=rereferral_percent)");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=").errors()).contains("\"measure\" has no value after '='");
        assertThat(BenchmarkSpec.parse("file=a.csv;; measure=x").errors()).containsExactly(
                "empty part 2 in \"file=a.csv;; measure=x\" (two ';' in a row)");
        assertThat(BenchmarkSpec.parse("file=../a.csv; measure=x").errors()).containsExactly(
                "file \"../a.csv\" must be a file name in the import folder, without a folder path");
        assertThat(BenchmarkSpec.parse("file=a.xlsx; measure=x").errors()).containsExactly(
                "file \"a.xlsx\" is not a .csv file; expected the EES tidy CSV's file name");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=x; filter.time_period=2025").errors()).containsExactly(
                "\"filter.time_period\" filters on time_period, which the importer selects itself (years, geographic levels and areas); remove it");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=x; scale=100").errors()).containsExactly(
                "\"scale\" is only used with a denominator (denominator.file, denominator.measure)");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=x; denominator.file=b.csv; denominator.measure=y").errors()).containsExactly(
                "\"decimals\" is missing: a derived rate must be rounded as DfE publishes it, e.g. decimals=1");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=x; denominator.file=b.csv; decimals=one; scale=-1; denominator.year_offset=last").errors())
                .containsExactly(
                        "\"denominator.measure\" is missing (a denominator needs its file, measure and filters)",
                        "denominator.year_offset \"last\" is not a whole number; expected e.g. -1 for the previous year's denominator",
                        "scale \"-1\" is not a positive number; expected e.g. scale=10000 for a rate per 10,000",
                        "decimals \"one\" is not a whole number; expected 0 to 6");
    }

    @Test
    void reportsToProblemsAtTheCataloguesPlace() {
        Problems problems = new Problems();
        assertThat(BenchmarkSpec.parse("file=a.csv", "templates/indicators.csv", 7, "benchmark (column 9)", problems)).isEmpty();
        assertThat(problems.errors()).hasSize(1);
        assertThat(problems.errors().get(0).location()).isEqualTo("templates/indicators.csv:7 [benchmark (column 9)]");
        assertThat(problems.errors().get(0).expected()).contains("docs/benchmarks.md");
        assertThat(BenchmarkSpec.parse("file=a.csv; measure=m", "t", 1, "b", problems)).isPresent();
        assertThat(BenchmarkSpec.parse("", "t", 1, "b", problems)).isEmpty();
        assertThat(problems.errors()).hasSize(1);
    }
}
