package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.Test;

/** The two benchmarks added from the real DfE files, for Bedford (822), and how the pack words the comparison. */
class PublishedBenchmarksTest {

    @Test
    void icpcsWithin15DaysAndHealthAssessmentsAreBenchmarkedForBedford() {
        PackView v = PackView.of(SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board",
                YearMonth.of(2026, 10)));
        // c4 file, Bedford 2025: (Duration_0-10_days 9 + Duration_11-15_days 156) / ICPC 201 = 82.09% -> 82.1
        BenchmarkView icpc = v.indicators().stream().filter(i -> i.id().equals("icpc_15days")).findFirst().orElseThrow().benchmark();
        assertThat(icpc.published()).isTrue();
        assertThat(icpc.year()).isEqualTo(2025);
        assertThat(icpc.authorityValue().text()).isEqualTo("82.1");
        // England 2025 in the same file: published as 81.4 (DOMAIN.md's table)
        assertThat(icpc.england().text()).isEqualTo("81.4");
        // la_conviction_health_outcome_cla.csv, "Had their annual health assessment", Bedford 2025: 96; England 90
        BenchmarkView health = v.indicators().stream().filter(i -> i.id().equals("cla_health_assessments")).findFirst()
                .orElseThrow().benchmark();
        assertThat(health.authorityValue().number().doubleValue()).isEqualTo(96.0);
        assertThat(health.england().number().doubleValue()).isEqualTo(90.0);
        assertThat(health.comparedWith(v.periodLabel())).isEqualTo("October 2026 compared with 2024-25");
    }
}
