package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.boardpack.BoardPackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job repository outlives the JVM: two separate processes on the same H2 file see each other's runs. */
class RepositoryPersistenceIT {

    @TempDir
    Path work;

    @Test
    void aSecondProcessSeesTheFirstProcessRun() throws Exception {
        Path data = work.resolve("data");
        String fixtures = "src/test/resources/fixtures/small/";
        Process first = java(data, "run", "--board", "test-board", "--input", fixtures + "input", "--templates",
                fixtures + "templates", "--output", work.resolve("output").toString(), "--no-mail");
        String firstOut = output(first);
        assertThat(first.exitValue()).as(firstOut).isZero();

        Process second = java(data, "status", "--board", "test-board");
        String secondOut = output(second);
        assertThat(second.exitValue()).as(secondOut).isZero();
        assertThat(secondOut).containsPattern("1\\s+2026-10\\s+test-board\\s+1\\s+COMPLETED");
    }

    private static Process java(Path data, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dboardpack.data-dir=" + data, "-cp", System.getProperty("java.class.path"),
                BoardPackApplication.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String output(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
