package org.boardpack.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample input/benchmarks/ is the import of the real DfE files for the sample catalogue's indicators.
 * Regenerate it with: {@code mvn -o test -Dtest=SampleBenchmarksTest -Dboardpack.generateSample=true}
 */
class SampleBenchmarksTest {

    static final Path SAMPLE = Path.of("input", "benchmarks");

    @TempDir
    Path tmp;

    @Test
    @EnabledIfSystemProperty(named = "boardpack.generateSample", matches = "true")
    void generateSample() {
        Path dfe = SampleBenchmarkSpecs.realData();
        assumeTrue(dfe != null, "DfE files not found in ../shared/data/dfe or /work/shared/data/dfe");
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(dfe, SampleBenchmarkSpecs.parsed(), SAMPLE,
                SampleBenchmarkSpecs.sampleOptions(dfe), problems);
        problems.all().forEach(System.out::println);
        r.indicators().forEach(System.out::println);
        assertThat(problems.errors()).isEmpty();
        assertThat(r.written()).isTrue();
    }

    @Test
    void sampleIsTheImportOfTheRealFiles() throws Exception {
        Path dfe = SampleBenchmarkSpecs.realData();
        assumeTrue(dfe != null, "skipped: DfE files not found in ../shared/data/dfe or /work/shared/data/dfe");
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(dfe, SampleBenchmarkSpecs.parsed(), tmp,
                SampleBenchmarkSpecs.sampleOptions(dfe), problems);
        assertThat(problems.errors()).isEmpty();
        assertThat(r.written()).isTrue();
        for (String f : new String[]{DfeImporter.BENCHMARKS_FILE, DfeImporter.NEIGHBOURS_FILE}) {
            assertThat(Files.readString(SAMPLE.resolve(f))).as(f + " is up to date (regenerate it, see the class comment)")
                    .isEqualTo(Files.readString(tmp.resolve(f)));
            assertThat(Files.size(SAMPLE.resolve(f))).isLessThan(2_000_000);
        }
    }

    @Test
    void sampleReadsBackCleanly() {
        assumeTrue(Files.isRegularFile(SAMPLE.resolve(DfeImporter.BENCHMARKS_FILE)), "no sample yet");
        Problems problems = new Problems();
        BenchmarkData data = BenchmarkData.read(SAMPLE, "input/benchmarks", SampleBenchmarkSpecs.SPECS.keySet(), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(data.indicatorIds()).containsExactlyElementsOf(SampleBenchmarkSpecs.SPECS.keySet());
        assertThat(data.neighboursOf("822")).extracting(Neighbour::neighbourCode)
                .containsExactly("303", "826", "941", "311", "937", "839", "886", "935", "881", "866");
    }
}
