package org.boardpack.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.boardpack.input.Problems;

/**
 * Where an indicator's published benchmark comes from: the catalogue's {@code benchmark} column, one string per
 * indicator. A blank cell means the indicator has no published benchmark.
 *
 * <h2>Syntax</h2>
 * {@code ;}-separated {@code key=value} pairs; blanks around keys, values and separators are ignored; keys are
 * case-insensitive; a trailing {@code ;} is allowed. Values cannot contain {@code ;}.
 * <pre>
 * file=c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv; measure=rereferral_percent
 * file=cla_number_and_rate_per_10k_children.csv; measure=rate_per_10000; filter.population_type=Children looked after on 31 March each year
 * </pre>
 * <table>
 *   <caption>keys</caption>
 *   <tr><td>{@code file}</td><td>required: the EES tidy CSV's file name in the import folder</td></tr>
 *   <tr><td>{@code measure}</td><td>required: the column holding the figure (case-insensitive)</td></tr>
 *   <tr><td>{@code filter.COLUMN}</td><td>optional, repeatable: keep only rows whose COLUMN equals the value
 *       exactly (case-sensitive, after trimming). Together the filters must select one row per area and year.
 *       time_period, geographic_level and the area code columns cannot be filtered: the importer selects those.</td></tr>
 *   <tr><td>{@code denominator.file}, {@code denominator.measure}, {@code denominator.filter.COLUMN},
 *       {@code denominator.year_offset}</td><td>optional: for a rate DfE publishes in no available file, divide
 *       the measure by the same area's denominator measure (in the same or another EES file) of year
 *       {@code year + year_offset} (default 0)</td></tr>
 *   <tr><td>{@code scale}</td><td>with a denominator: multiply the ratio by this (e.g. 10000 for a rate per 10,000)</td></tr>
 *   <tr><td>{@code decimals}</td><td>with a denominator, required: round the derived value half-up to this many
 *       decimals, as DfE publishes it (0 to 6)</td></tr>
 * </table>
 *
 * @param file     EES file name
 * @param measure  measure column, lower-cased
 * @param filters  filter column (lower-cased) to exact value, in the order written
 * @param denominator the denominator for a derived rate, or null
 * @param scale    multiplier for a derived rate (1 when not given); null without a denominator
 * @param decimals decimals a derived rate is rounded to; null without a denominator
 * @param text     the spec as written
 */
public record BenchmarkSpec(String file, String measure, Map<String, String> filters, Source denominator,
                            BigDecimal scale, Integer decimals, String text) {

    /** A file, measure and filters selecting one figure per area and year. */
    public record Source(String file, String measure, Map<String, String> filters, int yearOffset) {
    }

    /** The outcome of parsing: a spec (null when the text is blank or has errors) and the errors found. */
    public record Parsed(BenchmarkSpec spec, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Columns the importer selects on itself; filters on them are refused. */
    public static final Set<String> RESERVED_COLUMNS = Set.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name");

    public BenchmarkSpec {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** The numerator (or the only source): file, measure and filters, year offset 0. */
    public Source source() {
        return new Source(file, measure, filters, 0);
    }

    public boolean derived() {
        return denominator != null;
    }

    /**
     * Parses a benchmark spec, reporting every mistake as an error at the given place (e.g. the catalogue's
     * file, line and "benchmark (column 9)").
     *
     * @return the spec; empty when the text is blank (no published benchmark) or has errors
     */
    public static Optional<BenchmarkSpec> parse(String text, String file, long line, String column, Problems problems) {
        Parsed parsed = parse(text);
        for (String error : parsed.errors()) {
            problems.error(file, line, column, error, "benchmark syntax: file=NAME.csv; measure=COLUMN; "
                    + "filter.COLUMN=VALUE ... (see docs/benchmarks.md); leave blank for no published benchmark");
        }
        return Optional.ofNullable(parsed.spec());
    }

    /** Parses a benchmark spec; blank text gives no spec and no error. */
    public static Parsed parse(String text) {
        List<String> errors = new ArrayList<>();
        if (text == null || text.isBlank()) return new Parsed(null, errors);
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        String[] parts = text.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                if (i != parts.length - 1) errors.add("empty part " + (i + 1) + " in \"" + text.strip() + "\" (two ';' in a row)");
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                errors.add("\"" + part + "\" is not key=value");
                continue;
            }
            String rawKey = part.substring(0, eq).strip();
            String key = rawKey.toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            if (key.isEmpty()) {
                errors.add("\"" + part + "\" has no key before '='");
                continue;
            }
            if (value.isEmpty()) {
                errors.add("\"" + rawKey + "\" has no value after '='");
                continue;
            }
            if (!isKnownKey(key)) {
                errors.add("unknown key \"" + rawKey + "\"; known keys are file, measure, filter.COLUMN, "
                        + "denominator.file, denominator.measure, denominator.filter.COLUMN, denominator.year_offset, "
                        + "scale, decimals");
                continue;
            }
            if (pairs.containsKey(key)) {
                errors.add("\"" + rawKey + "\" is given twice (\"" + pairs.get(key) + "\" and \"" + value + "\")");
                continue;
            }
            pairs.put(key, value);
            spelled.put(key, rawKey);
        }
        String file = pairs.get("file");
        String measure = pairs.get("measure");
        if (file == null) errors.add("\"file\" is missing (the EES CSV to read, e.g. file=c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)");
        if (measure == null) errors.add("\"measure\" is missing (the column holding the figure, e.g. measure=rereferral_percent)");
        checkFile(file, "file", errors);
        Map<String, String> filters = filters(pairs, "filter.", spelled, errors);

        boolean anyDenominator = pairs.keySet().stream().anyMatch(k -> k.startsWith("denominator."));
        Source denominator = null;
        BigDecimal scale = null;
        Integer decimals = null;
        if (anyDenominator) {
            String dFile = pairs.get("denominator.file");
            String dMeasure = pairs.get("denominator.measure");
            if (dFile == null) errors.add("\"denominator.file\" is missing (a denominator needs its file, measure and filters)");
            if (dMeasure == null) errors.add("\"denominator.measure\" is missing (a denominator needs its file, measure and filters)");
            checkFile(dFile, "denominator.file", errors);
            Map<String, String> dFilters = filters(pairs, "denominator.filter.", spelled, errors);
            int offset = 0;
            String off = pairs.get("denominator.year_offset");
            if (off != null) {
                try {
                    offset = Integer.parseInt(off);
                    if (Math.abs(offset) > 10) errors.add("denominator.year_offset " + off + " is out of range; expected a whole number from -10 to 10");
                } catch (NumberFormatException e) {
                    errors.add("denominator.year_offset \"" + off + "\" is not a whole number; expected e.g. -1 for the previous year's denominator");
                }
            }
            scale = BigDecimal.ONE;
            String sc = pairs.get("scale");
            if (sc != null) {
                scale = EesValues.parseNumber(sc);
                if (scale == null || scale.signum() <= 0) {
                    errors.add("scale \"" + sc + "\" is not a positive number; expected e.g. scale=10000 for a rate per 10,000");
                    scale = BigDecimal.ONE;
                }
            }
            String dec = pairs.get("decimals");
            if (dec == null) {
                errors.add("\"decimals\" is missing: a derived rate must be rounded as DfE publishes it, e.g. decimals=1");
            } else {
                try {
                    decimals = Integer.parseInt(dec);
                    if (decimals < 0 || decimals > 6) {
                        errors.add("decimals " + dec + " is out of range; expected 0 to 6");
                    }
                } catch (NumberFormatException e) {
                    errors.add("decimals \"" + dec + "\" is not a whole number; expected 0 to 6");
                }
            }
            if (dFile != null && dMeasure != null) {
                denominator = new Source(dFile, dMeasure.toLowerCase(Locale.ROOT), dFilters, offset);
            }
        } else {
            if (pairs.containsKey("scale")) errors.add("\"scale\" is only used with a denominator (denominator.file, denominator.measure)");
            if (pairs.containsKey("decimals")) errors.add("\"decimals\" is only used with a denominator (denominator.file, denominator.measure)");
        }
        if (!errors.isEmpty()) return new Parsed(null, errors);
        return new Parsed(new BenchmarkSpec(file, measure.toLowerCase(Locale.ROOT), filters, denominator, scale,
                decimals, text.strip()), errors);
    }

    private static boolean isKnownKey(String key) {
        return switch (key) {
            case "file", "measure", "denominator.file", "denominator.measure", "denominator.year_offset", "scale",
                 "decimals" -> true;
            default -> (key.startsWith("filter.") && key.length() > "filter.".length())
                    || (key.startsWith("denominator.filter.") && key.length() > "denominator.filter.".length());
        };
    }

    private static void checkFile(String file, String key, List<String> errors) {
        if (file == null) return;
        if (file.contains("/") || file.contains("\\") || file.equals("..") || file.equals(".")) {
            errors.add(key + " \"" + file + "\" must be a file name in the import folder, without a folder path");
        } else if (!file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            errors.add(key + " \"" + file + "\" is not a .csv file; expected the EES tidy CSV's file name");
        }
    }

    private static Map<String, String> filters(Map<String, String> pairs, String prefix, Map<String, String> spelled,
                                               List<String> errors) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            String column = e.getKey().substring(prefix.length()).strip();
            if (RESERVED_COLUMNS.contains(column)) {
                errors.add("\"" + spelled.get(e.getKey()) + "\" filters on " + column
                        + ", which the importer selects itself (years, geographic levels and areas); remove it");
                continue;
            }
            filters.put(column, e.getValue());
        }
        return filters;
    }

    @Override
    public String toString() {
        return text;
    }
}
