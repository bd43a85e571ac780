package org.boardpack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness reads bin/jvm.options as the launcher does, so it times the JVM that cron starts. */
class JvmOptionsFileTest {

    @Test
    void commentsAndBlankLinesAreNotOptionsAndALineMayHoldSeveral(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("jvm.options"), """
                # a comment line
                -XX:TieredStopAtLevel=1   # after an option

                -XX:+UseSerialGC -Xss512k
                """);
        assertThat(BenchmarkHarness.jvmOptions(file))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");
    }

    @Test
    void theShippedFileHoldsTheTuningTheDocsDescribe() throws Exception {
        assertThat(BenchmarkHarness.jvmOptions(BenchmarkHarness.LAUNCHER_OPTIONS))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }
}
