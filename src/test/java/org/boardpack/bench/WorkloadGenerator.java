package org.boardpack.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes synthetic but valid inputs of a given size (an {@code input/} and a {@code templates/} folder) for the
 * benchmark harness. The same workload and seed always give byte-identical files. Figures are random walks around
 * a target; team rows add up to the authority's row; benchmarks cover every local authority of the sample's
 * DfE files (their codes and names, with synthetic values) so the LAIT ranking works at full width.
 */
public final class WorkloadGenerator {

    private static final String[] AREAS = {"Help and protection", "Children looked after", "Care leavers",
            "Workforce", "Early help", "Youth justice"};
    private static final String[] UNITS = {"percent", "percent", "percent", "rate_per_10k", "count", "number", "days", "weeks"};
    private static final String[] STATUSES = {"not-started", "on-track", "on-track", "at-risk", "off-track", "complete"};
    private static final String AUTHORITY_CODE = "822";

    private final Workload w;
    private final Random random;
    private final Path sampleBenchmarks;

    /**
     * @param sampleBenchmarks the sample's {@code input/benchmarks} folder: its local-authority list and
     *                         neighbour file are reused, its values are not
     */
    public WorkloadGenerator(Workload workload, Path sampleBenchmarks) {
        this.w = workload;
        this.random = new Random(workload.seed());
        this.sampleBenchmarks = sampleBenchmarks;
    }

    /** Writes {@code input/} and {@code templates/} under the folder (which must be empty or absent). */
    public void writeTo(Path root) {
        try {
            List<IndicatorSpec> indicators = indicators();
            writeCatalogue(root.resolve("templates/indicators.csv"), indicators);
            List<String> boards = writeBoards(root.resolve("templates"), indicators);
            writeTargets(root.resolve("input/targets.csv"), indicators);
            writeScorecards(root.resolve("input/scorecards"), indicators);
            writeCommentary(root.resolve("input/commentary"), indicators);
            writeRecommendations(root.resolve("input/recommendations"), indicators);
            writeMembers(root.resolve("input/board-members.csv"), boards);
            writeBenchmarks(root.resolve("input/benchmarks"), indicators);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the workload with all its months' scorecards in one file, {@code input/scorecards/<last month>.csv}
     * (as a whole history exported at once), and returns that file.
     */
    public Path writeOneScorecardFileTo(Path root) {
        writeTo(root);
        Path dir = root.resolve("input/scorecards");
        Path merged = dir.resolve(lastMonth() + ".csv.merging");
        try (BufferedWriter out = writer(merged); Stream<Path> list = Files.list(dir)) {
            List<Path> months = list.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
            boolean header = true;
            for (Path m : months) {
                try (var lines = Files.lines(m, StandardCharsets.UTF_8)) {
                    for (String line : (Iterable<String>) lines.skip(header ? 0 : 1)::iterator) {
                        out.write(line);
                        out.write('\n');
                    }
                }
                header = false;
                Files.delete(m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.move(merged, dir.resolve(lastMonth() + ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last month with figures, e.g. 2026-10 for every workload (history runs back from it). */
    public static YearMonth lastMonth() {
        return YearMonth.of(2026, 10);
    }

    /** The board ids written, in order. */
    public List<String> boardIds() {
        List<String> ids = new ArrayList<>();
        for (int b = 1; b <= w.boards(); b++) ids.add(boardId(b));
        return ids;
    }

    private static String boardId(int b) {
        return b == 1 ? "improvement-board" : "board-" + b;
    }

    record IndicatorSpec(String id, String name, String area, String unit, String polarity, int decimals,
                         String aggregation, double level, double spread) {
    }

    private List<IndicatorSpec> indicators() {
        List<IndicatorSpec> list = new ArrayList<>();
        for (int i = 1; i <= w.indicators(); i++) {
            String unit = UNITS[(i - 1) % UNITS.length];
            String polarity = i % 7 == 0 ? "none" : (i % 2 == 0 ? "higher" : "lower");
            String aggregation = unit.equals("percent") && i % 3 == 0 ? (i % 2 == 0 ? "ytd" : "rolling12") : "snapshot";
            int decimals = unit.equals("count") ? 0 : 1;
            double level = switch (unit) {
                case "percent" -> 40 + random.nextInt(50);
                case "rate_per_10k" -> 30 + random.nextInt(50);
                case "count" -> 20 + random.nextInt(200);
                case "days" -> 10 + random.nextInt(30);
                case "weeks" -> 20 + random.nextInt(30);
                default -> 10 + random.nextInt(10);
            };
            list.add(new IndicatorSpec(String.format(Locale.ROOT, "ind_%03d", i), "Synthetic indicator " + i,
                    AREAS[(i - 1) % AREAS.length], unit, polarity, decimals, aggregation, level, level * 0.05));
        }
        return list;
    }

    private void writeCatalogue(Path file, List<IndicatorSpec> indicators) throws IOException {
        try (BufferedWriter out = writer(file)) {
            out.write("id,name,area,unit,polarity,decimals,definition,source,benchmark,aggregation\n");
            for (IndicatorSpec s : indicators) {
                out.write(String.join(",", s.id(), s.name(), s.area(), s.unit(), s.polarity(),
                        Integer.toString(s.decimals()), "\"A synthetic " + s.unit() + " indicator for benchmarking.\"",
                        "Generated", "", s.aggregation()) + "\n");
            }
        }
    }

    /** Board 1 carries every indicator; the others a rotating share of about a quarter, in two sections. */
    private List<String> writeBoards(Path templates, List<IndicatorSpec> indicators) throws IOException {
        List<String> ids = boardIds();
        for (int b = 1; b <= w.boards(); b++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                if (b == 1 || i % w.boards() == (b - 1) || i % 4 == b % 4) mine.add(indicators.get(i).id());
            }
            Map<String, List<String>> sections = new LinkedHashMap<>();
            for (String id : mine) {
                String area = indicators.get(Integer.parseInt(id.substring(4)) - 1).area();
                sections.computeIfAbsent(area, k -> new ArrayList<>()).add(id);
            }
            StringBuilder yml = new StringBuilder("title: Synthetic board " + b + "\n"
                    + "description: Generated board for the benchmark harness.\nsections:\n");
            sections.forEach((area, list) -> yml.append("  - title: ").append(area).append("\n    indicators: [")
                    .append(String.join(", ", list)).append("]\n"));
            Files.createDirectories(templates.resolve("boards"));
            Files.writeString(templates.resolve("boards/" + ids.get(b - 1) + ".yml"), yml, StandardCharsets.UTF_8);
            Files.createDirectories(templates.resolve("email"));
            Files.writeString(templates.resolve("email/" + ids.get(b - 1) + ".txt"),
                    "Dear {{member_name}},\n\nThe {{board_title}} pack for {{period}} is ready.{{revision_note}}\n\n"
                            + "{{attachment_note}}\n\nRed: {{red}}  Amber: {{amber}}  Green: {{green}}\n\n"
                            + "Performance and Intelligence, {{authority}}\n", StandardCharsets.UTF_8);
        }
        return ids;
    }

    private YearMonth firstMonth() {
        return lastMonth().minusMonths(w.months() - 1L);
    }

    private void writeTargets(Path file, List<IndicatorSpec> indicators) throws IOException {
        int firstYear = fyStart(firstMonth());
        int lastYear = fyStart(lastMonth());
        try (BufferedWriter out = writer(file)) {
            out.write("indicator_id,financial_year,target,tolerance\n");
            for (IndicatorSpec s : indicators) {
                if (s.polarity().equals("none")) continue;
                for (int y = firstYear; y <= lastYear; y++) {
                    double target = Math.min(clampForUnit(s, s.level() + (y - firstYear) * s.spread() * 0.5), 100);
                    out.write(String.format(Locale.ROOT, "%s,%d-%02d,%.1f,%.1f%n", s.id(), y, (y + 1) % 100,
                            s.unit().equals("count") ? Math.rint(target) : target, Math.max(1, s.spread())));
                }
            }
        }
    }

    private static int fyStart(YearMonth m) {
        return m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1;
    }

    private double clampForUnit(IndicatorSpec s, double v) {
        return s.unit().equals("percent") ? Math.max(0, Math.min(100, v)) : Math.max(0, v);
    }

    /** One file per month; each indicator's authority row is the sum of its team rows when it has teams. */
    private void writeScorecards(Path dir, List<IndicatorSpec> indicators) throws IOException {
        Map<String, Double> walk = new LinkedHashMap<>();
        indicators.forEach(s -> walk.put(s.id(), s.level()));
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            try (BufferedWriter out = writer(dir.resolve(m + ".csv"))) {
                out.write("indicator_id,period,numerator,denominator,value,team\n");
                for (IndicatorSpec s : indicators) {
                    double level = clampForUnit(s, walk.get(s.id()) + random.nextGaussian() * s.spread());
                    walk.put(s.id(), 0.8 * level + 0.2 * s.level());
                    boolean teams = w.teams() > 0 && s.unit().equals("percent");
                    if (teams) {
                        long num = 0;
                        long den = 0;
                        List<String> teamRows = new ArrayList<>();
                        for (int t = 1; t <= w.teams(); t++) {
                            long d = 10 + random.nextInt(30);
                            long n = Math.max(0, Math.min(d, Math.round(d * level / 100 + random.nextGaussian())));
                            num += n;
                            den += d;
                            teamRows.add(row(s, m, n, d, 100.0 * n / d, "Team " + t));
                        }
                        out.write(row(s, m, num, den, 100.0 * num / den, ""));
                        for (String r : teamRows) out.write(r);
                    } else {
                        out.write(authorityRow(s, m, level));
                    }
                }
            }
        }
    }

    private String authorityRow(IndicatorSpec s, YearMonth m, double level) {
        return switch (s.unit()) {
            case "percent" -> {
                long d = 150 + random.nextInt(250);
                long n = Math.max(0, Math.min(d, Math.round(d * level / 100)));
                yield row(s, m, n, d, 100.0 * n / d, "");
            }
            case "rate_per_10k" -> {
                long d = 37_900;
                long n = Math.round(level * d / 10_000);
                yield row(s, m, n, d, 10_000.0 * n / d, "");
            }
            case "count" -> String.format(Locale.ROOT, "%s,%s,,,%d,%n", s.id(), m, Math.round(level));
            default -> String.format(Locale.ROOT, "%s,%s,,,%.1f,%n", s.id(), m, level);
        };
    }

    private static String row(IndicatorSpec s, YearMonth m, long n, long d, double value, String team) {
        return String.format(Locale.ROOT, "%s,%s,%d,%d,%.1f,%s%n", s.id(), m, n, d, value, team);
    }

    private void writeCommentary(Path dir, List<IndicatorSpec> indicators) throws IOException {
        for (int back = 2; back >= 0; back--) {
            YearMonth m = lastMonth().minusMonths(back);
            try (BufferedWriter out = writer(dir.resolve(m + ".csv"))) {
                out.write("indicator_id,author,role,commentary\n");
                for (int i = 0; i < indicators.size(); i += 3) {
                    out.write(indicators.get(i).id() + ",\"Head of Service " + (i % 9 + 1) + "\",Service lead,\""
                            + "In " + m + " the figure moved within its usual range. " + "We are reviewing the cases "
                            + "behind it with the team managers and expect to report progress next month.\"\n");
                }
            }
        }
    }

    private void writeRecommendations(Path dir, List<IndicatorSpec> indicators) throws IOException {
        int[] status = new int[w.recommendations()];
        for (int r = 0; r < status.length; r++) status[r] = random.nextInt(STATUSES.length);
        for (int back = 5; back >= 0; back--) {
            YearMonth m = lastMonth().minusMonths(back);
            try (BufferedWriter out = writer(dir.resolve(m + ".csv"))) {
                out.write("id,source,source_date,theme,recommendation,owner,due_date,status,progress,last_updated,linked_indicators\n");
                for (int r = 0; r < status.length; r++) {
                    if (random.nextInt(4) == 0 && !STATUSES[status[r]].equals("complete")) {
                        status[r] = Math.min(STATUSES.length - 1, status[r] + 1);
                    }
                    LocalDate due = lastMonth().minusMonths(3).atDay(1).plusDays((r * 37L) % 540);
                    String linked = indicators.get(r % indicators.size()).id()
                            + (r % 2 == 0 ? ";" + indicators.get((r * 7 + 3) % indicators.size()).id() : "");
                    out.write(String.format(Locale.ROOT, "R%03d,Ofsted inspection 2024,2024-03-15,Theme %d,"
                                    + "\"Improve practice area %d so that children get timely help.\",\"Head of Service %d\","
                                    + "%s,%s,\"Progress reported for %s.\",%s,%s%n",
                            r + 1, r % 12 + 1, r + 1, r % 9 + 1, due, STATUSES[status[r]], m,
                            m.atDay(Math.min(20, m.lengthOfMonth())), linked));
                }
            }
        }
    }

    private void writeMembers(Path file, List<String> boards) throws IOException {
        try (BufferedWriter out = writer(file)) {
            out.write("name,email,role,boards,formats\n");
            for (int b = 0; b < boards.size(); b++) {
                for (int k = 1; k <= 4; k++) {
                    out.write(String.format(Locale.ROOT, "Member %d-%d,member%d.%d@council.example.org,Board member,%s,%s%n",
                            b + 1, k, b + 1, k, boards.get(b), k % 2 == 0 ? "pdf;xlsx" : "pdf"));
                }
            }
        }
    }

    /** Every LA of the sample's benchmark file and England, five published years, for every indicator. */
    private void writeBenchmarks(Path dir, List<IndicatorSpec> indicators) throws IOException {
        List<String[]> las = localAuthorities();
        Files.createDirectories(dir);
        Files.copy(sampleBenchmarks.resolve("neighbours.csv"), dir.resolve("neighbours.csv"));
        try (BufferedWriter out = writer(dir.resolve("benchmarks.csv"))) {
            out.write("indicator_id,year,geographic_level,la_code,new_la_code,la_name,value\n");
            for (IndicatorSpec s : indicators) {
                for (int year = 2021; year <= 2025; year++) {
                    out.write(String.format(Locale.ROOT, "%s,%d,National,,E92000001,England,%.1f%n", s.id(), year, s.level()));
                    for (String[] la : las) {
                        double v = clampForUnit(s, s.level() + random.nextGaussian() * s.spread() * 3);
                        out.write(String.format(Locale.ROOT, "%s,%d,Local authority,%s,%s,\"%s\",%.1f%n",
                                s.id(), year, la[0], la[1], la[2], v));
                    }
                }
            }
        }
    }

    /** (old code, new code, name) of every local authority in the sample's benchmark file, the authority included. */
    private List<String[]> localAuthorities() throws IOException {
        Map<String, String[]> byCode = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(sampleBenchmarks.resolve("benchmarks.csv"), StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(line -> {
                String[] f = line.split(",", -1);
                if (f.length >= 7 && f[2].equals("Local authority") && f[1].equals("2025")) {
                    String name = line.substring(line.indexOf(f[4] + ",") + f[4].length() + 1, line.lastIndexOf(','));
                    byCode.putIfAbsent(f[3], new String[] {f[3], f[4], name.replace("\"", "")});
                }
            });
        }
        if (!byCode.containsKey(AUTHORITY_CODE)) throw new IllegalStateException("the sample has no row for " + AUTHORITY_CODE);
        return new ArrayList<>(byCode.values());
    }

    private static BufferedWriter writer(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
