package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.boardpack.cli.ExitCodes;
import org.boardpack.output.FileHashes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder cleared (or a file edited) while a run awaits its restart: the restart writes the completed
 * write steps' files again from the pack model and says so, instead of failing forever on a missing pack.
 */
@Outputs("xlsx,pdf")
class RewriteOnRestartTest {

    @TempDir
    Path work;

    static final Map<String, String> PROPERTIES = Map.of("boardpack.mail.mode", "files",
            "boardpack.fixed-time", "2026-11-02T06:00:00Z");

    @BeforeEach
    void setUp() {
        PROPERTIES.forEach(System::setProperty);
    }

    @AfterEach
    void tearDown() {
        PROPERTIES.keySet().forEach(System::clearProperty);
        System.clearProperty("boardpack.fault-injection.fail-at");
    }

    @Test
    void aRestartWritesMissingAndChangedPackFilesAgainAndLeavesUnchangedOnes() throws Exception {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), work);
        Files.writeString(work.resolve("input/board-members.csv"), "name,email,role,boards,formats\n"
                + "Chair,chair@council.example.org,Independent chair,test-board,pdf\n");
        Path data = work.resolve("data");
        Path folder = work.resolve("output/test-board/2026-10");
        String[] run = {"run", "--board", "test-board", "--period", "2026-10", "--input", work.resolve("input").toString(),
                "--templates", work.resolve("templates").toString(), "--output", work.resolve("output").toString()};
        System.setProperty("boardpack.fault-injection.fail-at", "distribute");
        Cli.Result failed = Cli.run(data, run);
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.FAILED);
        Path pdf = folder.resolve("test-board-2026-10.pdf");
        Path xlsx = folder.resolve("test-board-2026-10.xlsx");
        Path results = folder.resolve("results.csv");
        String pdfSha = FileHashes.sha256(pdf);
        String xlsxSha = FileHashes.sha256(xlsx);
        String resultsSha = FileHashes.sha256(results);
        long resultsModified = Files.getLastModifiedTime(results).toMillis();

        Files.delete(pdf);
        Files.writeString(xlsx, "not a workbook any more");
        System.clearProperty("boardpack.fault-injection.fail-at");
        Cli.Result restart = Cli.run(data, "restart", "--board", "test-board", "--period", "2026-10");

        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(restart.all()).containsPattern("test-board-2026-10\\.pdf is missing since execution 1 wrote it: writing it again from the pack model")
                .containsPattern("test-board-2026-10\\.xlsx was changed since execution 1 wrote it: writing it again")
                .containsPattern("results\\.csv is as execution 1 wrote it: not written again");
        // written again from the same model with the same fixed time: the very same bytes as before
        assertThat(FileHashes.sha256(pdf)).isEqualTo(pdfSha);
        assertThat(FileHashes.sha256(xlsx)).isEqualTo(xlsxSha);
        assertThat(FileHashes.sha256(results)).isEqualTo(resultsSha);
        assertThat(Files.getLastModifiedTime(results).toMillis()).isEqualTo(resultsModified);

        RunManifest manifest = ManifestTasklet.json().readValue(folder.resolve("manifest.json").toFile(), RunManifest.class);
        assertThat(manifest.executions()).extracting(RunManifest.ExecutionRecord::id).containsExactly(1L, 2L);
        assertThat(manifest.outputs()).filteredOn(f -> f.path().equals("test-board/2026-10/test-board-2026-10.pdf"))
                .singleElement().satisfies(f -> assertThat(f.writtenBy()).isEqualTo(2L));
        assertThat(manifest.outputs()).filteredOn(f -> f.path().equals("test-board/2026-10/results.csv"))
                .singleElement().satisfies(f -> assertThat(f.writtenBy()).isEqualTo(1L));
        assertThat(manifest.steps()).filteredOn(s -> s.step().equals("compute")).extracting(RunManifest.StepTiming::execution)
                .containsExactly(1L);
    }
}
