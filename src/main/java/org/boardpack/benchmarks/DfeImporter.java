package org.boardpack.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.boardpack.input.Problems;

/**
 * Imports DfE Explore Education Statistics (EES) tidy CSVs and a statistical-neighbour file into the canonical
 * benchmark inputs {@code benchmarks.csv} ({@value #BENCHMARKS_HEADER}) and {@code neighbours.csv}
 * ({@value #NEIGHBOURS_HEADER}).
 *
 * <p>What it handles, as the real files do it:
 * <ul>
 *   <li>UTF-8 with or without a BOM, CRLF or LF; columns in any order and any case; files read as a stream, so
 *       size does not matter;</li>
 *   <li>{@code geographic_level}: National rows (England, coded with {@code country_code}, E92000001) and
 *       Local authority rows are kept; Regional rows only with {@link Options#includeRegional()} (coded with
 *       {@code region_code}); other levels are ignored;</li>
 *   <li>suppression codes {@link EesValues#SUPPRESSION_CODES} (c, z, x, low, u, k, :) are written as an empty
 *       value (missing), never as zero; any other non-number is reported as a warning and written as missing;</li>
 *   <li>{@code time_period} 2025 or 202425 becomes the canonical year 2025 (the year the period ends in,
 *       {@link EesValues#canonicalYear});</li>
 *   <li>LAs that publish jointly (workforce: {@code 940 / 941} North and West Northamptonshire, {@code 314 / 318}
 *       Kingston and Richmond) give one row per LA, each with the joint figure, as LAIT shows them; an LA's own
 *       row, when a file has one too, wins over the joint one;</li>
 *   <li>both statistical-neighbour layouts ({@link NeighbourFile}), detected in the folder or named.</li>
 * </ul>
 * Every problem goes to {@link Problems} with file, line and column; nothing is thrown for bad data. Both output
 * files are written to temporary files in the output folder and then moved over the old ones, and only when no
 * error was found (unless {@link Options#skipInvalid()}), so a failed import leaves the previous files intact.
 */
public final class DfeImporter {

    public static final String BENCHMARKS_FILE = "benchmarks.csv";
    public static final String NEIGHBOURS_FILE = "neighbours.csv";
    public static final String BENCHMARKS_HEADER = "indicator_id,year,geographic_level,la_code,new_la_code,la_name,value";
    public static final String NEIGHBOURS_HEADER = "la_code,neighbour_code,position,closeness";

    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final int MAX_DUPLICATE_REPORTS = 5;

    /**
     * @param fromYear        first canonical year to import, or null for all
     * @param toYear          last canonical year to import, or null for all
     * @param neighbourFile   the statistical-neighbour file, or null to detect it in the source folder
     * @param includeRegional also write Regional rows (not used by the LAIT comparisons)
     * @param skipInvalid     write the files even when errors were found (without the rows in error)
     */
    public record Options(Integer fromYear, Integer toYear, Path neighbourFile, boolean includeRegional,
                          boolean skipInvalid) {

        public static Options defaults() {
            return new Options(null, null, null, false, false);
        }

        public Options withYears(Integer from, Integer to) {
            return new Options(from, to, neighbourFile, includeRegional, skipInvalid);
        }

        public Options withNeighbourFile(Path file) {
            return new Options(fromYear, toYear, file, includeRegional, skipInvalid);
        }

        public Options withRegional(boolean regional) {
            return new Options(fromYear, toYear, neighbourFile, regional, skipInvalid);
        }

        public Options withSkipInvalid(boolean skip) {
            return new Options(fromYear, toYear, neighbourFile, includeRegional, skip);
        }
    }

    /** What one indicator got: rows written, rows with a value, and the years covered (0 when none). */
    public record IndicatorSummary(String indicatorId, int rows, int values, int firstYear, int lastYear) {
    }

    /**
     * @param written        whether the two files were written (false when errors stopped the import)
     * @param indicators     per indicator, in the order of the specs given
     * @param neighbourFile  the neighbour file read (its name), or "" when none
     * @param neighbourLayout which layout it had
     */
    public record Result(boolean written, Path benchmarksFile, Path neighboursFile, List<IndicatorSummary> indicators,
                         int benchmarkRows, int neighbourRows, String neighbourFile, String neighbourLayout) {
    }

    private DfeImporter() {
    }

    /**
     * Imports the benchmarks.
     *
     * @param sourceDir the folder holding the EES files the specs name and (unless named in the options) the
     *                  statistical-neighbour file
     * @param specs     indicator id to its benchmark spec; indicators without a published benchmark are left out
     * @param outputDir where benchmarks.csv and neighbours.csv are written (created when absent)
     */
    public static Result run(Path sourceDir, Map<String, BenchmarkSpec> specs, Path outputDir, Options options,
                             Problems problems) {
        Objects.requireNonNull(options, "options");
        int errorsBefore = problems.errors().size();
        String dirName = sourceDir.toString();
        List<Row> rows = new ArrayList<>();
        List<IndicatorSummary> summaries = new ArrayList<>();
        Path benchmarksOut = outputDir.resolve(BENCHMARKS_FILE);
        Path neighboursOut = outputDir.resolve(NEIGHBOURS_FILE);
        if (!Files.isDirectory(sourceDir)) {
            problems.error(dirName, 0, "", "the folder does not exist", "give the folder holding DfE's EES CSV files");
            return new Result(false, benchmarksOut, neighboursOut, List.of(), 0, 0, "", "");
        }

        // one target per (indicator, numerator or denominator), grouped by file so each file is read once
        Map<String, List<Target>> byFile = new LinkedHashMap<>();
        Map<String, Target[]> byIndicator = new LinkedHashMap<>();
        for (Map.Entry<String, BenchmarkSpec> e : specs.entrySet()) {
            BenchmarkSpec spec = e.getValue();
            Target num = new Target(e.getKey(), spec.source(), false, options);
            byFile.computeIfAbsent(spec.file(), f -> new ArrayList<>()).add(num);
            Target den = null;
            if (spec.derived()) {
                den = new Target(e.getKey(), spec.denominator(), true, options);
                byFile.computeIfAbsent(spec.denominator().file(), f -> new ArrayList<>()).add(den);
            }
            byIndicator.put(e.getKey(), new Target[]{num, den});
        }
        for (Map.Entry<String, List<Target>> e : byFile.entrySet()) {
            readFile(sourceDir.resolve(e.getKey()), e.getKey(), e.getValue(), options, problems);
        }

        for (Map.Entry<String, Target[]> e : byIndicator.entrySet()) {
            String id = e.getKey();
            Target num = e.getValue()[0];
            Target den = e.getValue()[1];
            if (!num.usable || (den != null && !den.usable)) {
                summaries.add(new IndicatorSummary(id, 0, 0, 0, 0));
                continue;
            }
            reportNoMatch(num, options, problems);
            if (den != null) reportNoMatch(den, options, problems);
            BenchmarkSpec spec = specs.get(id);
            List<Row> mine = new ArrayList<>();
            for (Map.Entry<Key, Cell> c : num.cells.entrySet()) {
                Key k = c.getKey();
                Cell cell = c.getValue();
                BigDecimal value = cell.value;
                if (den != null) value = derive(cell, den.cells.get(new Key(k.year + spec.denominator().yearOffset(), k.level, k.code)), spec);
                mine.add(new Row(id, k.year, k.level, cell.laCode, cell.newLaCode, cell.laName, value));
            }
            mine.sort(ROW_ORDER);
            rows.addAll(mine);
            int values = (int) mine.stream().filter(r -> r.value != null).count();
            int first = mine.stream().mapToInt(Row::year).min().orElse(0);
            int last = mine.stream().mapToInt(Row::year).max().orElse(0);
            summaries.add(new IndicatorSummary(id, mine.size(), values, first, last));
        }

        NeighbourFile.Result neighbours;
        String neighbourName = "";
        Path nf = options.neighbourFile() != null ? options.neighbourFile() : NeighbourFile.detect(sourceDir, dirName, problems);
        if (nf != null) {
            neighbourName = nf.getFileName().toString();
            neighbours = NeighbourFile.read(nf, neighbourName, problems);
            if (neighbours.neighbours().isEmpty() && !neighbours.layout().isEmpty()) {
                problems.error(neighbourName, 0, "", "no statistical neighbours in the file", "expected one row per LA with SN_1..SN_10");
            }
        } else {
            neighbours = new NeighbourFile.Result(List.of(), "", 0);
        }

        boolean errors = problems.errors().size() > errorsBefore;
        if (errors && !options.skipInvalid()) {
            return new Result(false, benchmarksOut, neighboursOut, summaries, rows.size(), neighbours.neighbours().size(),
                    neighbourName, neighbours.layout());
        }
        boolean written = write(outputDir, rows, neighbours.neighbours(), problems);
        return new Result(written, benchmarksOut, neighboursOut, summaries, rows.size(), neighbours.neighbours().size(),
                neighbourName, neighbours.layout());
    }

    private static BigDecimal derive(Cell num, Cell den, BenchmarkSpec spec) {
        if (num.value == null || den == null || den.value == null || den.value.signum() == 0) return null;
        BigDecimal ratio = num.value.multiply(spec.scale()).divide(den.value, MathContext.DECIMAL128);
        return ratio.setScale(spec.decimals(), RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- reading one EES file for its targets

    private static void readFile(Path path, String name, List<Target> targets, Options options, Problems problems) {
        try (EesCsvReader r = EesCsvReader.open(path, name, problems)) {
            if (r == null) {
                for (Target t : targets) t.usable = false;
                return;
            }
            int period = r.index("time_period");
            int level = r.index("geographic_level");
            int oldCode = r.index("old_la_code");
            int newCode = r.index("new_la_code");
            int laName = r.index("la_name");
            int country = r.index("country_code");
            int countryName = r.index("country_name");
            int region = r.index("region_code");
            int regionName = r.index("region_name");
            List<String> missing = new ArrayList<>();
            if (period < 0) missing.add("time_period");
            if (level < 0) missing.add("geographic_level");
            if (oldCode < 0) missing.add("old_la_code");
            if (!missing.isEmpty()) {
                String ids = String.join(", ", targets.stream().map(t -> t.indicatorId).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
                problems.error(name, r.headerLine(), String.join(", ", missing),
                        "not an EES tidy file: column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                                + " absent (benchmark for " + ids + ")",
                        "expected DfE's Explore Education Statistics CSV with time_period, geographic_level, old_la_code, new_la_code, la_name");
                for (Target t : targets) t.usable = false;
                return;
            }
            for (Target t : targets) t.bind(r, problems);
            List<Target> live = targets.stream().filter(t -> t.usable).toList();
            if (live.isEmpty()) return;
            Set<String> badPeriods = new LinkedHashSet<>();
            EesCsvReader.Record rec;
            while ((rec = r.next()) != null) {
                for (Target t : live) t.observe(rec);
                GeographicLevel lvl = GeographicLevel.parse(rec.get(level));
                if (lvl == null || (lvl == GeographicLevel.REGIONAL && !options.includeRegional())) continue;
                String tp = rec.get(period);
                Integer year = EesValues.canonicalYear(tp);
                if (year == null) {
                    if (badPeriods.add(tp)) {
                        problems.warning(name, rec.line(), r.column("time_period"),
                                "time_period \"" + tp + "\" is not a year (2025) or a two-year span (202425); rows with it are ignored",
                                "benchmarks are annual: check the file is an annual EES table");
                    }
                    continue;
                }
                List<Area> areas = areas(lvl, rec, oldCode, newCode, laName, country, countryName, region, regionName, r, problems);
                if (areas.isEmpty()) continue;
                for (Target t : live) {
                    if (!t.matches(rec)) continue;
                    t.matchedAnyYear++;
                    if (!t.inRange(year)) continue;
                    BigDecimal value = t.value(rec, r, problems);
                    for (Area a : areas) t.put(year, lvl, a, value, rec, r, problems);
                }
            }
        }
    }

    private record Area(String laCode, String newLaCode, String laName, String key, boolean joint) {
    }

    private static List<Area> areas(GeographicLevel lvl, EesCsvReader.Record rec, int oldCode, int newCode, int laName,
                                    int country, int countryName, int region, int regionName, EesCsvReader r,
                                    Problems problems) {
        switch (lvl) {
            case NATIONAL: {
                String code = country >= 0 && !rec.get(country).isEmpty() ? rec.get(country) : EesValues.ENGLAND_CODE;
                String nm = countryName >= 0 && !rec.get(countryName).isEmpty() ? rec.get(countryName) : "England";
                return List.of(new Area("", code, nm, code, false));
            }
            case REGIONAL: {
                String code = region >= 0 ? rec.get(region) : "";
                if (code.isEmpty()) {
                    problems.warning(r.file(), rec.line(), r.column("region_code"), "Regional row without a region_code",
                            "row ignored");
                    return List.of();
                }
                return List.of(new Area("", code, regionName >= 0 ? rec.get(regionName) : "", code, false));
            }
            default: {
                String olds = rec.get(oldCode);
                String[] codes = olds.split("/", -1);
                String[] news = newCode >= 0 ? rec.get(newCode).split("/", -1) : new String[0];
                String[] names = laName >= 0 ? rec.get(laName).split(" / ", -1) : new String[0];
                List<Area> out = new ArrayList<>();
                boolean joint = codes.length > 1;
                for (int i = 0; i < codes.length; i++) {
                    String code = codes[i].strip();
                    if (!EesValues.isOldLaCode(code)) {
                        problems.warning(r.file(), rec.line(), r.column("old_la_code"),
                                "old_la_code \"" + olds + "\" is not a 3-digit LA code (or codes joined by \" / \")",
                                "row ignored");
                        return List.of();
                    }
                    String nc = news.length == codes.length ? news[i].strip() : (codes.length == 1 && news.length > 0 ? rec.get(newCode) : "");
                    String nm = names.length == codes.length ? names[i].strip() : (laName >= 0 ? rec.get(laName) : "");
                    out.add(new Area(code, nc, nm, code, joint));
                }
                return out;
            }
        }
    }

    private record Key(int year, GeographicLevel level, String code) {
    }

    private static final class Cell {
        final long line;
        final List<String> cells;
        final String laCode;
        final String newLaCode;
        final String laName;
        final BigDecimal value;
        final boolean joint;

        Cell(long line, List<String> cells, Area a, BigDecimal value) {
            this.line = line;
            this.cells = cells;
            this.laCode = a.laCode;
            this.newLaCode = a.newLaCode;
            this.laName = a.laName;
            this.value = value;
            this.joint = a.joint;
        }
    }

    /** One source (an indicator's measure, or its denominator) being read from one file. */
    private static final class Target {
        final String indicatorId;
        final BenchmarkSpec.Source source;
        final boolean denominator;
        final Integer from;
        final Integer to;
        boolean usable = true;
        int measureCol = -1;
        /** The columns summed when the measure is "A + B" (a count DfE splits into bands); else just measureCol. */
        final List<Integer> measureCols = new ArrayList<>();
        final Map<Integer, String> filterCols = new LinkedHashMap<>();
        final Map<Integer, String> filterNames = new LinkedHashMap<>();
        final Map<Integer, Set<String>> seenFilterValues = new HashMap<>();
        final Map<Key, Cell> cells = new LinkedHashMap<>();
        int matchedAnyYear;
        int duplicates;
        String file;

        Target(String indicatorId, BenchmarkSpec.Source source, boolean denominator, Options options) {
            this.indicatorId = indicatorId;
            this.source = source;
            this.denominator = denominator;
            this.from = options.fromYear() == null ? null : options.fromYear() + source.yearOffset();
            this.to = options.toYear() == null ? null : options.toYear() + source.yearOffset();
        }

        String what() {
            return (denominator ? "denominator of the benchmark for " : "benchmark for ") + indicatorId;
        }

        String key(String k) {
            return denominator ? "denominator." + k : k;
        }

        boolean inRange(int year) {
            return (from == null || year >= from) && (to == null || year <= to);
        }

        void bind(EesCsvReader r, Problems problems) {
            file = r.file();
            for (String column : source.measure().split("\\s+\\+\\s+")) {
                int col = r.index(column);
                if (col < 0) {
                    problems.error(r.file(), r.headerLine(), column,
                            what() + ": " + key("measure") + " column \"" + column + "\" is not in the file",
                            "the file's other columns are " + String.join(", ", otherColumns(r.header())));
                    usable = false;
                }
                measureCols.add(col);
            }
            measureCol = measureCols.get(0);
            for (Map.Entry<String, String> f : source.filters().entrySet()) {
                int col = r.index(f.getKey());
                if (col < 0) {
                    problems.error(r.file(), r.headerLine(), f.getKey(),
                            what() + ": " + key("filter." + f.getKey()) + " names a column that is not in the file",
                            "the file's other columns are " + String.join(", ", otherColumns(r.header())));
                    usable = false;
                } else {
                    filterCols.put(col, f.getValue());
                    filterNames.put(col, f.getKey());
                    seenFilterValues.put(col, new TreeSet<>());
                }
            }
        }

        void observe(EesCsvReader.Record rec) {
            for (Map.Entry<Integer, Set<String>> e : seenFilterValues.entrySet()) {
                if (e.getValue().size() < 40) e.getValue().add(rec.get(e.getKey()));
            }
        }

        boolean matches(EesCsvReader.Record rec) {
            for (Map.Entry<Integer, String> f : filterCols.entrySet()) {
                if (!rec.get(f.getKey()).equals(f.getValue())) return false;
            }
            return true;
        }

        BigDecimal value(EesCsvReader.Record rec, EesCsvReader r, Problems problems) {
            if (measureCols.size() > 1) {
                // a sum of columns is missing when any part is (suppressed or blank): never a partial sum
                BigDecimal sum = BigDecimal.ZERO;
                for (int col : measureCols) {
                    BigDecimal part = cellValue(rec, r, col, problems);
                    if (part == null) return null;
                    sum = sum.add(part);
                }
                return sum;
            }
            return cellValue(rec, r, measureCol, problems);
        }

        private BigDecimal cellValue(EesCsvReader.Record rec, EesCsvReader r, int measureCol, Problems problems) {
            String cell = rec.get(measureCol);
            if (cell.isEmpty() || EesValues.isSuppressed(cell)) return null;
            BigDecimal v = EesValues.parseNumber(cell);
            if (v == null) {
                problems.warning(r.file(), rec.line(), r.header().get(measureCol) + " (column " + (measureCol + 1) + ")",
                        what() + ": \"" + cell + "\" is not a number",
                        "expected a number or a DfE suppression code (" + String.join(", ", EesValues.SUPPRESSION_CODES)
                                + "); written as missing");
            }
            return v;
        }

        void put(int year, GeographicLevel level, Area a, BigDecimal value, EesCsvReader.Record rec, EesCsvReader r,
                 Problems problems) {
            Key key = new Key(year, level, a.key);
            Cell now = new Cell(rec.line(), rec.cells(), a, value);
            Cell before = cells.get(key);
            if (before == null) {
                cells.put(key, now);
                return;
            }
            if (before.joint && !now.joint) {
                cells.put(key, now);    // the LA's own figure wins over a joint one
                return;
            }
            if (!before.joint && now.joint) return;
            duplicates++;
            if (duplicates <= MAX_DUPLICATE_REPORTS) {
                List<String> differ = new ArrayList<>();
                for (int i = 0; i < r.header().size(); i++) {
                    if (measureCols.contains(i)) continue;
                    String h = r.header().get(i);
                    String was = before.cells.get(i);
                    String is = rec.get(i);
                    if (!Objects.equals(was, is) && !(isFigure(was) && isFigure(is))) {
                        differ.add(h + " (\"" + was + "\" / \"" + is + "\")");
                    }
                }
                String where = level.label() + " " + a.key + " " + year;
                problems.error(r.file(), rec.line(), "",
                        what() + ": a second row for " + where + " (also line " + before.line + ")",
                        differ.isEmpty() ? "the two rows are the same apart from figures; remove one"
                                : "the spec's filters must pick one row per area and year; the rows differ in "
                                + String.join(", ", differ) + ": add " + key("filter.COLUMN=VALUE") + " for one of them");
            } else if (duplicates == MAX_DUPLICATE_REPORTS + 1) {
                problems.error(r.file(), rec.line(), "", what() + ": more rows for the same area and year (not listed)",
                        "fix the filters as above");
            }
        }

        /** Figures (numbers or suppression codes) differ between rows of course: only other columns are filters. */
        private static boolean isFigure(String cell) {
            return cell.isEmpty() || EesValues.isSuppressed(cell) || EesValues.parseNumber(cell) != null;
        }
    }

    private static List<String> otherColumns(List<String> header) {
        List<String> out = new ArrayList<>();
        for (String h : header) {
            if (!h.isEmpty() && !BenchmarkSpec.RESERVED_COLUMNS.contains(h)) out.add(h);
        }
        return out;
    }

    private static void reportNoMatch(Target t, Options options, Problems problems) {
        if (!t.cells.isEmpty()) return;
        if (t.matchedAnyYear > 0) {
            problems.error(t.file, 0, "", t.what() + ": the file has matching rows, but none in the years asked for ("
                            + (options.fromYear() == null ? "" : options.fromYear()) + "-" + (options.toYear() == null ? "" : options.toYear()) + ")",
                    "widen the year range or use a file that covers these years");
            return;
        }
        List<String> hints = new ArrayList<>();
        for (Map.Entry<Integer, String> f : t.filterCols.entrySet()) {
            Set<String> seen = t.seenFilterValues.get(f.getKey());
            if (!seen.contains(f.getValue())) {
                String column = t.filterNames.get(f.getKey());
                hints.add(t.key("filter." + column) + "=\"" + f.getValue() + "\" matches no row; the values in "
                        + column + " are " + String.join(" | ", seen.stream().map(s -> "\"" + s + "\"").toList()));
            }
        }
        problems.error(t.file, 0, "", t.what() + ": no row of the file matches the spec",
                hints.isEmpty() ? "no row has all the filter values together; check them against the file"
                        : String.join("; ", hints));
    }

    // ---------------------------------------------------------------- writing

    private record Row(String indicatorId, int year, GeographicLevel level, String laCode, String newLaCode,
                       String laName, BigDecimal value) {
    }

    private static final Comparator<Row> ROW_ORDER = Comparator.comparingInt(Row::year)
            .thenComparing(Row::level)
            .thenComparing(Row::laCode)
            .thenComparing(Row::newLaCode);

    private static boolean write(Path outputDir, List<Row> rows, List<Neighbour> neighbours, Problems problems) {
        Path tmpB = null;
        Path tmpN = null;
        try {
            Files.createDirectories(outputDir);
            tmpB = Files.createTempFile(outputDir, ".benchmarks-", ".csv.tmp");
            tmpN = Files.createTempFile(outputDir, ".neighbours-", ".csv.tmp");
            try (Writer w = Files.newBufferedWriter(tmpB, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, OUT)) {
                p.printRecord((Object[]) BENCHMARKS_HEADER.split(","));
                for (Row r : rows) {
                    p.printRecord(r.indicatorId, r.year, r.level.label(), r.laCode, r.newLaCode, r.laName,
                            r.value == null ? "" : r.value.toPlainString());
                }
            }
            try (Writer w = Files.newBufferedWriter(tmpN, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, OUT)) {
                p.printRecord((Object[]) NEIGHBOURS_HEADER.split(","));
                for (Neighbour n : neighbours) p.printRecord(n.laCode(), n.neighbourCode(), n.position(), n.closeness());
            }
            move(tmpB, outputDir.resolve(BENCHMARKS_FILE));
            move(tmpN, outputDir.resolve(NEIGHBOURS_FILE));
            return true;
        } catch (IOException e) {
            problems.error(outputDir.toString(), 0, "", "cannot write the benchmark files (" + e.getMessage() + ")",
                    "check the folder is writable and the disk not full");
            return false;
        } finally {
            deleteQuietly(tmpB);
            deleteQuietly(tmpN);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            // temporary files are created owner-only; the canonical files are ordinary shared inputs
            Files.setPosixFilePermissions(from, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default permissions
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
