package org.boardpack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.boardpack.support.Cli;

/**
 * The benchmark harness: generates a workload (or takes the shipped sample), then times whole runs of the built
 * jar as cron would start them, one process per command, printing wall time, CPU time, peak resident memory and
 * each step's time from the job repository. See docs/benchmark.md.
 */
public final class BenchmarkHarness {

    /** What one process cost. */
    public record Measurement(String command, int exitCode, Duration wall, Duration cpu, long peakKb) {
    }

    /** A whole benchmark: the processes run and the summed step times read from the job repository. */
    public record Report(String workload, List<Measurement> processes, Map<String, Duration> steps) {

        public Duration wall() {
            return processes.stream().map(Measurement::wall).reduce(Duration.ZERO, Duration::plus);
        }

        public Duration cpu() {
            return processes.stream().map(Measurement::cpu).reduce(Duration.ZERO, Duration::plus);
        }

        public long peakKb() {
            return processes.stream().mapToLong(Measurement::peakKb).max().orElse(0);
        }

        public boolean allSucceeded() {
            return processes.stream().allMatch(m -> m.exitCode() == 0);
        }
    }

    /** The launcher's tuning file: bin/boardpack passes its options to every start, so the harness does too. */
    static final Path LAUNCHER_OPTIONS = Path.of("bin/jvm.options");

    private final Path jar;
    private final String maxHeap;
    private final List<String> jvmOptions;

    /** Times the jar as {@code bin/boardpack} starts it: with the options of {@link #LAUNCHER_OPTIONS}. */
    public BenchmarkHarness(Path jar, String maxHeap) throws IOException {
        this(jar, maxHeap, jvmOptions(LAUNCHER_OPTIONS));
    }

    public BenchmarkHarness(Path jar, String maxHeap, List<String> jvmOptions) {
        this.jar = jar.toAbsolutePath();
        this.maxHeap = maxHeap;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The options of a {@code jvm.options} file: blank-separated, '#' to the end of a line is a comment. */
    static List<String> jvmOptions(Path file) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.replaceAll("#.*", "").trim();
            if (!text.isEmpty()) options.addAll(Arrays.asList(text.split("\\s+")));
        }
        return options;
    }

    /**
     * Runs each command (its arguments after {@code java -jar boardpack.jar}) as its own process in the folder,
     * in order, then reads the step times of the executions they made from the folder's job repository.
     */
    public Report run(String workload, Path folder, List<List<String>> commands) throws IOException, InterruptedException {
        long executionsBefore = lastExecutionId(folder);
        List<Measurement> processes = new ArrayList<>();
        for (List<String> args : commands) {
            processes.add(measure(folder, args));
        }
        return new Report(workload, processes, stepTimes(folder, executionsBefore));
    }

    private Measurement measure(Path folder, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Djava.awt.headless=true", "-Xmx" + maxHeap, "-jar", jar.toString()));
        cmd.addAll(args);
        Path log = folder.resolve("logs/bench-" + System.nanoTime() + ".out");
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ProcFile sampler = new ProcFile(p.pid());
        while (p.isAlive()) {
            sampler.sample();
            Thread.sleep(20);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        int exit = p.waitFor();
        if (exit != 0) {
            System.err.println("exit " + exit + " from " + String.join(" ", args) + "; its output:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Measurement(String.join(" ", args), exit, wall, sampler.cpu(), sampler.peakKb());
    }

    /**
     * CPU time (utime + stime) and peak resident set (VmHWM) of a live process, from Linux's /proc, kept as the
     * last values seen: sampled every 20 ms, so the last few milliseconds of a run can be missed.
     */
    private static final class ProcFile {
        private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
        private final Path stat;
        private final Path status;
        private long ticks;
        private long peakKb;

        ProcFile(long pid) {
            this.stat = Path.of("/proc", Long.toString(pid), "stat");
            this.status = Path.of("/proc", Long.toString(pid), "status");
        }

        void sample() {
            try {
                String s = Files.readString(stat);
                String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between isAlive() and the read: keep the last sample
            }
        }

        Duration cpu() {
            return Duration.ofMillis(Math.round(ticks / TICKS_PER_SECOND * 1000));
        }

        long peakKb() {
            return peakKb;
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("data/boardpack") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    }

    private static long lastExecutionId(Path folder) {
        if (!Files.exists(folder.resolve("data/boardpack.mv.db"))) return 0;
        try (Connection c = DriverManager.getConnection(url(folder), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Each step's time summed over the executions after {@code after}, in the order the steps first ran. */
    private static Map<String, Duration> stepTimes(Path folder, long after) {
        Map<String, Duration> steps = new LinkedHashMap<>();
        if (!Files.exists(folder.resolve("data/boardpack.mv.db"))) return steps;
        try (Connection c = DriverManager.getConnection(url(folder), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION "
                     + "WHERE JOB_EXECUTION_ID > " + after + " AND END_TIME IS NOT NULL ORDER BY STEP_EXECUTION_ID")) {
            while (rs.next()) {
                Duration d = Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant());
                steps.merge(rs.getString(1), d, Duration::plus);
            }
        } catch (SQLException e) {
            System.err.println("step times unavailable: " + e.getMessage());
        }
        return steps;
    }

    /** The report as the table the README quotes. */
    public static void print(Report r, PrintStream out) {
        out.printf(Locale.ROOT, "%nworkload %s%n", r.workload());
        out.printf(Locale.ROOT, "%-60s %8s %8s %9s %5s%n", "process", "wall s", "cpu s", "peak MB", "exit");
        for (Measurement m : r.processes()) {
            out.printf(Locale.ROOT, "%-60s %8.2f %8.2f %9.0f %5d%n", abbreviate(m.command()), seconds(m.wall()),
                    seconds(m.cpu()), m.peakKb() / 1024.0, m.exitCode());
        }
        out.printf(Locale.ROOT, "%-60s %8.2f %8.2f %9.0f%n", "total (peak = largest process)", seconds(r.wall()),
                seconds(r.cpu()), r.peakKb() / 1024.0);
        if (!r.steps().isEmpty()) {
            out.printf(Locale.ROOT, "steps (s, summed over the runs):");
            r.steps().forEach((name, d) -> out.printf(Locale.ROOT, "  %s %.2f", name, seconds(d)));
            out.println();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /**
     * {@code BenchmarkHarness [--workload small|large|sample] [--doubled] [--xmx 512m] [--jar target/boardpack.jar]
     * [--work DIR] [--command "run --no-mail ..."] [--indicators N --teams N --months N --boards N
     * --recommendations N --seed N] [--jvm-options FILE|none]}.
     */
    public static void main(String[] argv) throws Exception {
        if (argv.length > 0 && (argv[0].equals("--help") || argv[0].equals("-h"))) {
            System.out.println("bench/run [--workload small|large|sample] [--doubled] [--xmx 512m] [--jar target/boardpack.jar]\n"
                    + "          [--work DIR] [--command \"run --no-mail ...\"] [--jvm-options FILE|none]\n"
                    + "          [--indicators N --teams N --months N --boards N --recommendations N --seed N]\n"
                    + "See docs/benchmark.md.");
            return;
        }
        Map<String, String> opts = options(argv);
        Path jar = Path.of(opts.getOrDefault("jar", "target/boardpack.jar"));
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " is missing: build it first (mvn -DskipTests package)");
            System.exit(2);
        }
        String optionsFile = opts.getOrDefault("jvm-options", LAUNCHER_OPTIONS.toString());
        List<String> jvm = optionsFile.equals("none") ? List.of() : jvmOptions(Path.of(optionsFile));
        System.out.println("JVM options: " + (jvm.isEmpty() ? "(none)" : String.join(" ", jvm)) + " -Xmx"
                + opts.getOrDefault("xmx", "512m"));
        BenchmarkHarness harness = new BenchmarkHarness(jar, opts.getOrDefault("xmx", "512m"), jvm);
        Path work = Path.of(opts.getOrDefault("work", "target/bench"));
        String name = opts.getOrDefault("workload", "large");
        List<Report> reports = new ArrayList<>();
        if (name.equals("sample")) {
            Path folder = fresh(work.resolve("sample"));
            Cli.copyTree(Path.of("input"), folder.resolve("input"));
            Cli.copyTree(Path.of("templates"), folder.resolve("templates"));
            reports.add(harness.run("sample (the shipped input/ and templates/)", folder,
                    commands(opts, List.of("improvement-board", "corporate-parenting"))));
        } else {
            Workload w = sized(Workload.named(opts.getOrDefault("preset", name.equals("custom") ? "large" : name)), opts);
            List<Workload> loads = opts.containsKey("doubled") ? List.of(w, w.doubled()) : List.of(w);
            for (Workload load : loads) {
                Path folder = fresh(work.resolve(load.name()));
                long t0 = System.nanoTime();
                WorkloadGenerator generator = new WorkloadGenerator(load, Path.of("input/benchmarks"));
                generator.writeTo(folder);
                System.out.printf(Locale.ROOT, "generated %s in %.1f s (%d MB of input)%n", load,
                        (System.nanoTime() - t0) / 1e9, size(folder) / (1024 * 1024));
                reports.add(harness.run(load.toString(), folder, commands(opts, generator.boardIds())));
            }
        }
        reports.forEach(r -> print(r, System.out));
        if (reports.size() == 2) {
            System.out.printf(Locale.ROOT, "%ndoubling months and indicators cost %.2f times the wall time%n",
                    seconds(reports.get(1).wall()) / seconds(reports.get(0).wall()));
        }
        System.exit(reports.stream().allMatch(Report::allSucceeded) ? 0 : 1);
    }

    /** One process per board (or the one command given), each for the workload's last month, without mail. */
    static List<List<String>> commands(Map<String, String> opts, List<String> boards) {
        if (opts.containsKey("command")) {
            return List.of(Arrays.asList(opts.get("command").trim().split("\\s+")));
        }
        String period = WorkloadGenerator.lastMonth().toString();
        return boards.stream().map(b -> List.of("run", "--no-mail", "--board", b, "--period", period)).toList();
    }

    private static Workload sized(Workload base, Map<String, String> o) {
        return new Workload(o.containsKey("indicators") || o.containsKey("months") ? "custom" : base.name(),
                intOpt(o, "indicators", base.indicators()), intOpt(o, "teams", base.teams()),
                intOpt(o, "months", base.months()), intOpt(o, "boards", base.boards()),
                intOpt(o, "recommendations", base.recommendations()), Long.parseLong(o.getOrDefault("seed", "" + base.seed())));
    }

    private static int intOpt(Map<String, String> o, String key, int dflt) {
        return o.containsKey(key) ? Integer.parseInt(o.get(key)) : dflt;
    }

    private static Map<String, String> options(String[] argv) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + argv[i] + " (see --help)");
            String key = argv[i].substring(2);
            if (key.equals("doubled")) o.put(key, "true");
            else if (i + 1 < argv.length) o.put(key, argv[++i]);
            else throw new IllegalArgumentException("--" + key + " needs a value (see --help)");
        }
        return o;
    }

    static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(folder);
        return folder;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
