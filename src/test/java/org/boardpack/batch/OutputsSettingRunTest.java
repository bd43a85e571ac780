package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** boardpack.outputs chooses the editions a run writes; the HTML edition is written and recorded like the others. */
class OutputsSettingRunTest {

    @TempDir
    Path work;

    @Test
    void aRunWritesOnlyTheNamedEditionsAndRecordsTheHtmlEditionInItsManifest() throws Exception {
        Path output = work.resolve("output");
        Cli.Result result;
        System.setProperty("boardpack.outputs", "xlsx,html");
        try {
            result = Cli.run(work.resolve("data"), "run", "--period", "2026-10", "--input", "input", "--templates",
                    "templates", "--output", output.toString(), "--no-mail");
        } finally {
            System.clearProperty("boardpack.outputs");
        }
        assertThat(result.exitCode()).as(result.all()).isZero();
        Path folder = output.resolve("improvement-board/2026-10");
        Path html = folder.resolve("improvement-board-2026-10.html");
        assertThat(html).isRegularFile();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("lang=\"en-GB\"");
        assertThat(folder.resolve("improvement-board-2026-10.xlsx")).isRegularFile();
        assertThat(folder.resolve("improvement-board-2026-10.pdf")).doesNotExist();
        assertThat(folder.resolve("improvement-board-2026-10-accessible.pdf")).doesNotExist();
        RunManifest manifest = ManifestTasklet.json().readValue(folder.resolve("manifest.json").toFile(), RunManifest.class);
        assertThat(manifest.outputs()).extracting(RunManifest.FileRecord::path)
                .anyMatch(p -> p.endsWith("improvement-board-2026-10.html"))
                .noneMatch(p -> p.endsWith(".pdf"));
    }

    @Test
    void anUnknownOutputStopsTheStartNamingTheSetting() {
        Cli.Result result;
        System.setProperty("boardpack.outputs", "xlsx,word");
        try {
            result = Cli.run(work.resolve("data"), "run", "--period", "2026-10", "--input", "input", "--templates",
                    "templates", "--output", work.resolve("output").toString(), "--no-mail");
        } finally {
            System.clearProperty("boardpack.outputs");
        }
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.all()).contains("boardpack.outputs").contains("word");
    }
}
