package org.boardpack.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Problems;

/**
 * The canonical benchmark inputs, written by {@link DfeImporter} or by hand, read and validated, and indexed for
 * {@link LaitCalculator}.
 *
 * <p>{@code benchmarks.csv}: {@value DfeImporter#BENCHMARKS_HEADER}
 * <ul>
 *   <li>{@code indicator_id}: required; when known ids are given, an unknown one is a warning (its rows are unused);</li>
 *   <li>{@code year}: required, 4 digits, the year the reporting period ends in (2025 for 2024-25 / 31 March 2025);</li>
 *   <li>{@code geographic_level}: {@value GeographicLevel#VOCABULARY};</li>
 *   <li>{@code la_code}: 3-digit old LA code, required for Local authority rows, empty otherwise;</li>
 *   <li>{@code new_la_code}: optional ONS code (E06000055); lets the authority be configured by ONS code;</li>
 *   <li>{@code la_name}: optional, display only;</li>
 *   <li>{@code value}: a number, or empty when not published; DfE's suppression codes (c, z, x, low, u, k, :) are
 *       accepted as empty;</li>
 *   <li>one row per indicator, year, level and area (la_code, or new_la_code for a region; one National row).</li>
 * </ul>
 * {@code neighbours.csv}: {@value DfeImporter#NEIGHBOURS_HEADER}: 3-digit codes, position a whole number from
 * 1, closeness free text (optional); one row per LA and position, no neighbour twice, no LA its own neighbour.
 */
public final class BenchmarkData {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    public static final List<String> BENCHMARK_COLUMNS = List.of(DfeImporter.BENCHMARKS_HEADER.split(","));
    public static final List<String> NEIGHBOUR_COLUMNS = List.of(DfeImporter.NEIGHBOURS_HEADER.split(","));
    private static final List<String> BENCHMARK_REQUIRED = List.of("indicator_id", "year", "geographic_level", "la_code", "value");
    private static final List<String> BENCHMARK_OPTIONAL = List.of("new_la_code", "la_name");
    private static final List<String> NEIGHBOUR_REQUIRED = List.of("la_code", "neighbour_code", "position");
    private static final List<String> NEIGHBOUR_OPTIONAL = List.of("closeness");

    /** The figures of one indicator and year. */
    static final class YearData {
        BenchmarkValue national;
        final Map<String, BenchmarkValue> regions = new LinkedHashMap<>();
        final Map<String, BenchmarkValue> las = new TreeMap<>();
    }

    private final Map<String, TreeMap<Integer, YearData>> byIndicator = new LinkedHashMap<>();
    private final Map<String, List<Neighbour>> neighbours = new HashMap<>();
    private final Map<String, String> onsToOld = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final int valueCount;

    private BenchmarkData(Collection<BenchmarkValue> values, Collection<Neighbour> neighbourRows) {
        for (BenchmarkValue v : values) {
            YearData y = byIndicator.computeIfAbsent(v.indicatorId(), k -> new TreeMap<>())
                    .computeIfAbsent(v.year(), k -> new YearData());
            switch (v.level()) {
                case NATIONAL -> y.national = v;
                case REGIONAL -> y.regions.put(v.newLaCode(), v);
                case LOCAL_AUTHORITY -> {
                    y.las.put(v.laCode(), v);
                    if (!v.newLaCode().isEmpty()) onsToOld.putIfAbsent(v.newLaCode(), v.laCode());
                    if (!v.laName().isEmpty()) names.putIfAbsent(v.laCode(), v.laName());
                }
            }
        }
        for (Neighbour n : neighbourRows) neighbours.computeIfAbsent(n.laCode(), k -> new ArrayList<>()).add(n);
        for (List<Neighbour> l : neighbours.values()) l.sort((a, b) -> Integer.compare(a.position(), b.position()));
        this.valueCount = values.size();
    }

    /** Builds the data from rows already validated (tests, or figures held in memory). No checks are made. */
    public static BenchmarkData of(Collection<BenchmarkValue> values, Collection<Neighbour> neighbours) {
        return new BenchmarkData(values, neighbours);
    }

    /** Reads {@code dir/benchmarks.csv} and {@code dir/neighbours.csv}; files are named "dirName/benchmarks.csv". */
    public static BenchmarkData read(Path dir, String dirName, Set<String> knownIndicators, Problems problems) {
        String prefix = dirName == null || dirName.isEmpty() ? "" : (dirName.endsWith("/") ? dirName : dirName + "/");
        return read(dir.resolve(DfeImporter.BENCHMARKS_FILE), prefix + DfeImporter.BENCHMARKS_FILE,
                dir.resolve(DfeImporter.NEIGHBOURS_FILE), prefix + DfeImporter.NEIGHBOURS_FILE, knownIndicators, problems);
    }

    /**
     * Reads and validates both canonical files. Rows in error are left out; every problem is reported with file,
     * line and column.
     *
     * @param knownIndicators the catalogue's indicator ids, or null to accept any id
     */
    public static BenchmarkData read(Path benchmarks, String benchmarksName, Path neighbourFile, String neighboursName,
                                     Set<String> knownIndicators, Problems problems) {
        List<BenchmarkValue> values = readValues(benchmarks, benchmarksName, knownIndicators, problems);
        List<Neighbour> ns = readNeighbours(neighbourFile, neighboursName, problems);
        return new BenchmarkData(values, ns);
    }

    static List<BenchmarkValue> readValues(Path path, String name, Set<String> known, Problems problems) {
        CsvTable t = CsvTableReader.read(path, name, BENCHMARK_REQUIRED, BENCHMARK_OPTIONAL, problems);
        List<BenchmarkValue> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Set<String> unknownReported = new TreeSet<>();
        for (CsvRow r : t.rows()) {
            boolean ok = true;
            String id = r.get("indicator_id");
            if (id.isEmpty()) {
                problems.error(name, r.line(), r.column("indicator_id"), "indicator_id is blank", "give the catalogue's indicator id");
                ok = false;
            } else if (known != null && !known.contains(id) && unknownReported.add(id)) {
                problems.warning(name, r.line(), r.column("indicator_id"), "indicator_id \"" + id + "\" is not in the catalogue",
                        "its benchmark rows are not used; check the spelling or add the indicator to the catalogue");
            }
            String yearText = r.get("year");
            int year = 0;
            if (!FOUR_DIGITS.matcher(yearText).matches()) {
                Integer cy = EesValues.canonicalYear(yearText);
                problems.error(name, r.line(), r.column("year"), "year \"" + yearText + "\" is not a 4-digit year",
                        cy != null ? "write " + cy + " (the year the period ends in)" : "expected e.g. 2025 for 2024-25 or 31 March 2025");
                ok = false;
            } else {
                year = Integer.parseInt(yearText);
            }
            GeographicLevel level = GeographicLevel.parse(r.get("geographic_level"));
            if (level == null) {
                problems.error(name, r.line(), r.column("geographic_level"),
                        "unknown geographic_level \"" + r.get("geographic_level") + "\"", "expected one of " + GeographicLevel.VOCABULARY);
                ok = false;
            }
            String la = r.get("la_code");
            String ons = r.get("new_la_code");
            if (level == GeographicLevel.LOCAL_AUTHORITY && !EesValues.isOldLaCode(la)) {
                problems.error(name, r.line(), r.column("la_code"),
                        la.isEmpty() ? "la_code is blank on a Local authority row" : "la_code \"" + la + "\" is not a 3-digit old LA code",
                        "expected e.g. 822 for Bedford (DfE's old_la_code)");
                ok = false;
            } else if (level != null && level != GeographicLevel.LOCAL_AUTHORITY && !la.isEmpty()) {
                problems.error(name, r.line(), r.column("la_code"), "la_code \"" + la + "\" on a " + level.label() + " row",
                        "leave la_code blank on National and Regional rows (put the ONS code in new_la_code)");
                ok = false;
            }
            if (!ons.isEmpty() && !EesValues.isOnsCode(ons)) {
                problems.error(name, r.line(), r.column("new_la_code"), "new_la_code \"" + ons + "\" is not an ONS code",
                        "expected a letter and 8 digits, e.g. E06000055, or leave it blank");
                ok = false;
            }
            if (level == GeographicLevel.REGIONAL && ons.isEmpty()) {
                problems.error(name, r.line(), r.column("new_la_code"), "new_la_code is blank on a Regional row",
                        "give the region's ONS code, e.g. E12000006 for the East of England");
                ok = false;
            }
            String v = r.get("value");
            BigDecimal value = null;
            if (!v.isEmpty() && !EesValues.isSuppressed(v)) {
                value = EesValues.parseNumber(v);
                if (value == null) {
                    problems.error(name, r.line(), r.column("value"), "value \"" + v + "\" is not a number",
                            "expected a number such as 23.3, or a blank cell when the figure is not published");
                    ok = false;
                }
            }
            if (!ok) continue;
            String key = id + "|" + year + "|" + level + "|" + (level == GeographicLevel.LOCAL_AUTHORITY ? la : level == GeographicLevel.REGIONAL ? ons : "");
            Long before = seen.putIfAbsent(key, r.line());
            if (before != null) {
                String area = level == GeographicLevel.NATIONAL ? "England" : level == GeographicLevel.REGIONAL ? "region " + ons : "LA " + la;
                problems.error(name, r.line(), "", "a second row for " + id + " " + year + " " + area + " (also line " + before + ")",
                        "keep one row per indicator, year and area");
                continue;
            }
            out.add(new BenchmarkValue(id, year, level, la, ons, r.get("la_name"), value, r.line()));
        }
        return out;
    }

    static List<Neighbour> readNeighbours(Path path, String name, Problems problems) {
        CsvTable t = CsvTableReader.read(path, name, NEIGHBOUR_REQUIRED, NEIGHBOUR_OPTIONAL, problems);
        List<Neighbour> out = new ArrayList<>();
        Map<String, Long> positions = new HashMap<>();
        Map<String, Long> pairs = new HashMap<>();
        for (CsvRow r : t.rows()) {
            boolean ok = true;
            String la = r.get("la_code");
            String n = r.get("neighbour_code");
            if (!EesValues.isOldLaCode(la)) {
                problems.error(name, r.line(), r.column("la_code"), "la_code \"" + la + "\" is not a 3-digit old LA code", "expected e.g. 822");
                ok = false;
            }
            if (!EesValues.isOldLaCode(n)) {
                problems.error(name, r.line(), r.column("neighbour_code"), "neighbour_code \"" + n + "\" is not a 3-digit old LA code", "expected e.g. 303");
                ok = false;
            }
            int pos = 0;
            try {
                pos = Integer.parseInt(r.get("position"));
                if (pos < 1) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.error(name, r.line(), r.column("position"), "position \"" + r.get("position") + "\" is not a whole number from 1",
                        "expected the neighbour's rank in the group, 1 = closest");
                ok = false;
            }
            if (ok && la.equals(n)) {
                problems.error(name, r.line(), r.column("neighbour_code"), "LA " + la + " is its own neighbour", "remove the row");
                ok = false;
            }
            if (!ok) continue;
            Long p = positions.putIfAbsent(la + "|" + pos, r.line());
            if (p != null) {
                problems.error(name, r.line(), r.column("position"), "LA " + la + " has two neighbours at position " + pos + " (also line " + p + ")",
                        "give each neighbour its own position");
                continue;
            }
            Long q = pairs.putIfAbsent(la + "|" + n, r.line());
            if (q != null) {
                problems.error(name, r.line(), r.column("neighbour_code"), "LA " + n + " is listed twice as a neighbour of " + la + " (also line " + q + ")",
                        "remove one of the rows");
                continue;
            }
            out.add(new Neighbour(la, n, pos, r.get("closeness"), r.line()));
        }
        return out;
    }

    // ---------------------------------------------------------------- queries

    public boolean isEmpty() {
        return valueCount == 0;
    }

    /** @return the indicator ids with at least one row, in file order */
    public Set<String> indicatorIds() {
        return Collections.unmodifiableSet(byIndicator.keySet());
    }

    /** @return the years with at least one row for the indicator, ascending */
    public SortedSet<Integer> years(String indicatorId) {
        TreeMap<Integer, YearData> m = byIndicator.get(indicatorId);
        return m == null ? new TreeSet<>() : Collections.unmodifiableSortedSet(new TreeSet<>(m.keySet()));
    }

    /** @return England's row (the National row) */
    public Optional<BenchmarkValue> england(String indicatorId, int year) {
        YearData y = year(indicatorId, year);
        return y == null ? Optional.empty() : Optional.ofNullable(y.national);
    }

    /** @return the LA's row, by 3-digit old LA code */
    public Optional<BenchmarkValue> localAuthority(String indicatorId, int year, String laCode) {
        YearData y = year(indicatorId, year);
        return y == null ? Optional.empty() : Optional.ofNullable(y.las.get(laCode));
    }

    /** @return every Local authority row of the indicator and year (with or without a value), by LA code */
    public List<BenchmarkValue> localAuthorities(String indicatorId, int year) {
        YearData y = year(indicatorId, year);
        return y == null ? List.of() : List.copyOf(y.las.values());
    }

    /** @return the Regional rows of the indicator and year */
    public List<BenchmarkValue> regions(String indicatorId, int year) {
        YearData y = year(indicatorId, year);
        return y == null ? List.of() : List.copyOf(y.regions.values());
    }

    /** @return the LA's statistical neighbours by position (empty when the LA has no group) */
    public List<Neighbour> neighboursOf(String laCode) {
        return Collections.unmodifiableList(neighbours.getOrDefault(laCode, List.of()));
    }

    /**
     * Resolves how an authority was configured: a 3-digit old LA code (822) is returned as it is; an ONS code
     * (E06000055) is looked up in the Local authority rows' new_la_code.
     *
     * @return the old LA code, or empty when the text is neither or the ONS code is not in the data
     */
    public Optional<String> resolveLaCode(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (EesValues.isOldLaCode(c)) return Optional.of(c);
        if (EesValues.isOnsCode(c)) return Optional.ofNullable(onsToOld.get(c));
        return Optional.empty();
    }

    /** @return the LA's published name (first seen), or "" */
    public String laName(String laCode) {
        return names.getOrDefault(laCode, "");
    }

    /** @return whether the LA appears in the benchmark rows or the neighbour groups */
    public boolean knows(String laCode) {
        return names.containsKey(laCode) || neighbours.containsKey(laCode)
                || byIndicator.values().stream().anyMatch(m -> m.values().stream().anyMatch(y -> y.las.containsKey(laCode)));
    }

    YearData year(String indicatorId, int year) {
        TreeMap<Integer, YearData> m = byIndicator.get(indicatorId);
        return m == null ? null : m.get(year);
    }
}
