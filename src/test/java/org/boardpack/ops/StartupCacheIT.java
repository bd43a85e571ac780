package org.boardpack.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.boardpack.support.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up cache (README, Installing): {@code bin/boardpack optimise} on an installation of the
 * built jar makes the extracted jar and a CDS archive (an AOT cache on Java 24+), the next run uses them, and a
 * damaged or out-of-date cache never stops a command. The wall times are printed, not asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupCacheIT {

    /** One installation for the class: the tests share its cache (JUnit injects a static @TempDir before @BeforeAll). */
    @TempDir
    static Path install;

    /** The Java running this test, so that the cache is made and used by one JVM. */
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Outcome(int exitCode, String output, long millis) {
    }

    @BeforeAll
    void installAndOptimise() throws Exception {
        Files.copy(Path.of("target/boardpack.jar"), install.resolve("boardpack.jar"));
        Path launcher = Files.createDirectories(install.resolve("bin")).resolve("boardpack");
        Files.copy(Path.of("bin/boardpack"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(Path.of("bin/jvm.options"), install.resolve("bin/jvm.options"));
        Cli.copyTree(Path.of("input"), install.resolve("input"));
        Cli.copyTree(Path.of("templates"), install.resolve("templates"));

        Outcome optimise = launch(Map.of(), "optimise");
        System.out.printf("StartupCacheIT: bin/boardpack optimise took %.1f s wall%n", optimise.millis() / 1000.0);
        assertThat(optimise.exitCode()).as(optimise.output() + log()).isZero();
        assertThat(install.resolve("startup-cache/app/boardpack.jar")).isRegularFile();
        assertThat(install.resolve("startup-cache/app/lib")).isDirectory();
        assertThat(install.resolve("startup-cache/stamp")).isRegularFile();
        assertThat(archive()).isRegularFile();
        try (var left = Files.list(install)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .as("the training run writes nothing into the installation's output or data folders")
                    .doesNotContain("output", "data");
        }
    }

    @Test
    @Order(1)
    void theRunAfterOptimiseLoadsTheApplicationsClassesFromTheArchive() throws Exception {
        Path classLog = install.resolve("class-load.txt");
        Outcome run = launch(Map.of("JAVA_OPTS", "-Xmx1g -Xlog:class+load=info:file=" + classLog), "run", "--no-mail");
        System.out.printf("StartupCacheIT: bin/boardpack run --no-mail on the sample with the cache took %.1f s wall%n",
                run.millis() / 1000.0);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Board pack COMPLETED: improvement-board 2026-10, revision 1");
        Path pack = install.resolve("output/improvement-board/2026-10");
        assertThat(pack.resolve("improvement-board-2026-10.pdf")).isRegularFile();
        assertThat(pack.resolve("improvement-board-2026-10.xlsx")).isRegularFile();
        // -Xlog:class+load names each class's source; an archived class's is the "shared objects file"
        String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
        assertThat(loaded).containsPattern("org\\.boardpack\\.cli\\.Main source: shared objects file");
        assertThat(loaded).containsPattern("org\\.springframework\\.boot\\.SpringApplication source: shared objects file");
    }

    @Test
    @Order(2)
    void aCacheForAnotherJarIsNotUsed() throws Exception {
        // as after an upgrade unpacked over the old installation: the stamp names another boardpack.jar
        Path stamp = install.resolve("startup-cache/stamp");
        List<String> lines = Files.readAllLines(stamp);
        String saved = Files.readString(stamp);
        Files.write(stamp, List.of("1 2", lines.get(1), lines.get(2)));
        try {
            Path classLog = install.resolve("class-load-stale.txt");
            Outcome status = launch(Map.of("JAVA_OPTS", "-Xmx1g -Xlog:class+load=info:file=" + classLog), "status");
            assertThat(status.exitCode()).as(status.output()).isZero();
            assertThat(status.output()).contains("EXECUTION", "COMPLETED");
            String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
            assertThat(loaded).contains("org.boardpack.cli.Main").doesNotContainPattern("org\\.boardpack\\.cli\\.Main source: shared objects file");
            assertThat(loaded).doesNotContain("startup-cache");
        } finally {
            Files.writeString(stamp, saved);
        }
    }

    @Test
    @Order(3)
    void aDamagedArchiveCostsSpeedNotTheCommand() throws Exception {
        Path archive = archive();
        byte[] bytes = Files.readAllBytes(archive);
        // the header's magic and version overwritten, then the file cut short
        for (int i = 0; i < 64; i++) bytes[i] = (byte) 0x5a;
        Files.write(archive, Arrays.copyOf(bytes, bytes.length / 3));
        Outcome status = launch(Map.of(), "status");
        System.out.printf("StartupCacheIT: bin/boardpack status with a damaged archive took %.1f s wall%n",
                status.millis() / 1000.0);
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("EXECUTION", "COMPLETED").doesNotContain("warning", "error", "Error");

        Files.delete(archive);
        Outcome missing = launch(Map.of(), "status");
        assertThat(missing.exitCode()).as(missing.output()).isZero();
        assertThat(missing.output()).contains("EXECUTION", "COMPLETED").doesNotContain("warning", "error", "Error");

        // and a usage error keeps its exit code
        Outcome usage = launch(Map.of(), "run", "--period", "not-a-month");
        assertThat(usage.exitCode()).isEqualTo(org.boardpack.cli.ExitCodes.USAGE);
    }

    @Test
    @Order(4)
    void everyStartUsesTheLaunchersTuningAndJavaOptsOverridesIt() throws Exception {
        // bin/jvm.options holds -XX:TieredStopAtLevel=1 and -XX:+UseSerialGC; the JVM prints the flags it was given
        Outcome tuned = launch(Map.of("JAVA_OPTS", "-Xmx1g -XX:+PrintCommandLineFlags"), "--version");
        assertThat(tuned.exitCode()).as(tuned.output()).isZero();
        assertThat(tuned.output()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        Outcome overridden = launch(Map.of("JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4 -XX:+PrintCommandLineFlags"),
                "--version");
        assertThat(overridden.exitCode()).as(overridden.output()).isZero();
        assertThat(overridden.output()).contains("-XX:TieredStopAtLevel=4").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    private Path archive() throws IOException {
        Path cds = install.resolve("startup-cache/boardpack.jsa");
        return Files.exists(cds) ? cds : install.resolve("startup-cache/boardpack.aot");
    }

    private String log() throws IOException {
        Path log = install.resolve("startup-cache/optimise.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private Outcome launch(Map<String, String> env, String... args) throws Exception {
        Path out = Files.createTempFile(install, "launch", ".out");
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add(install.resolve("bin/boardpack").toString());
        pb.command().addAll(List.of(args));
        pb.environment().put("JAVA", java);
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        pb.directory(install.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(900, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/boardpack " + String.join(" ", args) + " did not finish: " + Files.readString(out));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), millis);
    }
}
