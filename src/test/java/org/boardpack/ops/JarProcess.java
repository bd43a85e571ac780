package org.boardpack.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real application jar run as a child process, as cron runs it. */
final class JarProcess {

    static final Path JAR = Path.of("target/boardpack.jar");

    private final Process process;
    private final Path log;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param workDir    the working directory (the data, logs and relative folders live there)
     * @param properties -D settings (fault injection, mail, fixed clock)
     */
    static JarProcess start(Path workDir, Map<String, String> properties, String... args) throws IOException {
        return startUnder(List.of(), workDir, properties, args);
    }

    /**
     * As {@link #start}, with the java command run by a wrapper, e.g. {@code bash -c 'ulimit -f 100; exec "$@"' bash}
     * (a file size limit) or {@code setpriv} (another user).
     */
    static JarProcess startUnder(List<String> wrapper, Path workDir, Map<String, String> properties, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx512m"));
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(JAR.toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "process-", ".log");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new JarProcess(p, log);
    }

    /** Waits until the output contains the text (e.g. the fault-injection pause), up to the timeout. */
    boolean awaitOutput(String text, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (output().contains(text)) return true;
            if (!process.isAlive()) return output().contains(text);
            Thread.sleep(100);
        }
        return false;
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    long pid() {
        return process.pid();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void terminate() {
        process.destroy(); // SIGTERM
    }

    int waitFor() throws InterruptedException {
        return waitFor(300);
    }

    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the run did not finish in " + seconds + " seconds");
        }
        return process.exitValue();
    }
}
