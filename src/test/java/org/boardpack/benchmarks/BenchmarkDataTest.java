package org.boardpack.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.boardpack.input.InputProblem;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written canonical files (src/test/resources/benchmarks/canonical/), one mistake per line. */
class BenchmarkDataTest {

    @TempDir
    Path tmp;

    @Test
    void validatesHandWrittenCanonicalFilesWithLineAndColumn() {
        Problems problems = new Problems();
        BenchmarkData data = BenchmarkData.read(DfeImporterTest.fixture("canonical"), "input/benchmarks",
                Set.of("rereferrals", "cla_rate"), problems);

        assertThat(problems.all()).extracting(InputProblem::toString).containsExactly(
                "ERROR input/benchmarks/benchmarks.csv:6 [geographic_level (column 3)]: unknown geographic_level \"County\"; expected one of National, Regional, Local authority",
                "ERROR input/benchmarks/benchmarks.csv:7 [value (column 7)]: value \"12,5\" is not a number; expected a number such as 23.3, or a blank cell when the figure is not published",
                "ERROR input/benchmarks/benchmarks.csv:8 [la_code (column 4)]: la_code \"82\" is not a 3-digit old LA code; expected e.g. 822 for Bedford (DfE's old_la_code)",
                "ERROR input/benchmarks/benchmarks.csv:9: a second row for rereferrals 2025 LA 822 (also line 3); keep one row per indicator, year and area",
                "ERROR input/benchmarks/benchmarks.csv:10 [year (column 2)]: year \"2024-25\" is not a 4-digit year; write 2025 (the year the period ends in)",
                "ERROR input/benchmarks/benchmarks.csv:11 [la_code (column 4)]: la_code \"999\" on a National row; leave la_code blank on National and Regional rows (put the ONS code in new_la_code)",
                "ERROR input/benchmarks/benchmarks.csv:12 [new_la_code (column 5)]: new_la_code is blank on a Regional row; give the region's ONS code, e.g. E12000006 for the East of England",
                "ERROR input/benchmarks/benchmarks.csv:13 [new_la_code (column 5)]: new_la_code \"E6000030\" is not an ONS code; expected a letter and 8 digits, e.g. E06000055, or leave it blank",
                "WARNING input/benchmarks/benchmarks.csv:15 [indicator_id (column 1)]: indicator_id \"unknown_id\" is not in the catalogue; its benchmark rows are not used; check the spelling or add the indicator to the catalogue",
                "ERROR input/benchmarks/neighbours.csv:4 [neighbour_code (column 2)]: LA 822 is its own neighbour; remove the row",
                "ERROR input/benchmarks/neighbours.csv:5 [position (column 3)]: LA 822 has two neighbours at position 2 (also line 3); give each neighbour its own position",
                "ERROR input/benchmarks/neighbours.csv:6 [neighbour_code (column 2)]: LA 303 is listed twice as a neighbour of 822 (also line 2); remove one of the rows",
                "ERROR input/benchmarks/neighbours.csv:7 [la_code (column 1)]: la_code \"82\" is not a 3-digit old LA code; expected e.g. 822",
                "ERROR input/benchmarks/neighbours.csv:8 [position (column 3)]: position \"first\" is not a whole number from 1; expected the neighbour's rank in the group, 1 = closest");

        // the valid rows are kept: "local authority" in any case, "c" read as missing, a blank value as missing
        assertThat(data.england("rereferrals", 2025).orElseThrow().value()).isEqualByComparingTo("22.6");
        assertThat(data.localAuthority("rereferrals", 2025, "822").orElseThrow().line()).isEqualTo(3);
        assertThat(data.localAuthority("rereferrals", 2025, "303").orElseThrow().value()).isNull();
        assertThat(data.localAuthority("rereferrals", 2025, "311").orElseThrow().hasValue()).isFalse();
        assertThat(data.localAuthorities("rereferrals", 2025)).extracting(BenchmarkValue::laCode).containsExactly("303", "311", "822");
        assertThat(data.localAuthority("cla_rate", 2025, "822").orElseThrow().value()).isEqualTo(new BigDecimal("59"));
        assertThat(data.neighboursOf("822")).extracting(Neighbour::neighbourCode).containsExactly("303", "311");
        assertThat(data.neighboursOf("303")).containsExactly(new Neighbour("303", "822", 1, "Very close", 9));
        assertThat(data.resolveLaCode("E06000055")).hasValue("822");
        assertThat(data.resolveLaCode("822")).hasValue("822");
        assertThat(data.resolveLaCode("E09000004")).isEmpty();
        assertThat(data.laName("822")).isEqualTo("Bedford");
        assertThat(data.indicatorIds()).containsExactly("rereferrals", "cla_rate", "unknown_id");
        assertThat(data.years("rereferrals")).containsExactly(2025);
    }

    @Test
    void missingFilesAndHeadersAreReported() throws Exception {
        Problems problems = new Problems();
        BenchmarkData data = BenchmarkData.read(tmp, "input/benchmarks", null, problems);
        assertThat(data.isEmpty()).isTrue();
        assertThat(problems.errors()).extracting(InputProblem::location)
                .containsExactly("input/benchmarks/benchmarks.csv", "input/benchmarks/neighbours.csv");

        Files.writeString(tmp.resolve("benchmarks.csv"), "indicator,year,value\nx,2025,1\n");
        Files.writeString(tmp.resolve("neighbours.csv"), "la_code,neighbour_code,position\n");
        Problems p2 = new Problems();
        BenchmarkData.read(tmp, "in", null, p2);
        assertThat(p2.errors()).extracting(InputProblem::found)
                .contains("required column \"indicator_id\" is absent", "required column \"geographic_level\" is absent");
    }

    @Test
    void importedFilesReadBackWithoutProblems() {
        Problems problems = new Problems();
        DfeImporter.run(DfeImporterTest.fixture("ees"),
                java.util.Map.of("rereferrals", DfeImporterTest.spec("file=referrals.csv; measure=rereferral_percent")),
                tmp, DfeImporter.Options.defaults().withRegional(true), problems);
        assertThat(problems.errors()).isEmpty();
        Problems p2 = new Problems();
        BenchmarkData data = BenchmarkData.read(tmp, "", Set.of("rereferrals"), p2);
        assertThat(p2.all()).isEmpty();
        assertThat(data.regions("rereferrals", 2025)).extracting(BenchmarkValue::newLaCode).containsExactly("E12000006");
        assertThat(data.localAuthority("rereferrals", 2025, "884").orElseThrow().laName()).isEqualTo("Herefordshire, County of");
    }
}
