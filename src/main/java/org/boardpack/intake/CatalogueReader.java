package org.boardpack.intake;

import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Fields;
import org.boardpack.input.FormulaText;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.boardpack.benchmarks.BenchmarkSpec;
import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;

/** Reads the indicator catalogue {@code templates/indicators.csv}. */
public final class CatalogueReader {

    public static final String FILE = "indicators.csv";
    public static final List<String> REQUIRED = List.of("id", "name", "area", "unit", "polarity", "decimals", "definition");
    public static final List<String> OPTIONAL = List.of("source", "benchmark", "aggregation");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]*");

    private CatalogueReader() {
    }

    public static Map<String, Indicator> read(Path templatesDir, Fields fields) {
        Problems problems = fields.problems();
        Path file = templatesDir.resolve(FILE);
        CsvTable table = CsvTableReader.read(file, InputPaths.display(file), REQUIRED, OPTIONAL, problems);
        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            int before = problems.errors().size();
            String id = fields.required(row, "id");
            if (id != null && !ID.matcher(id).matches()) {
                problems.error(row.file(), row.line(), row.column("id"), "id \"" + id + "\"",
                        "expected lower-case letters, digits, _ or - (no spaces)");
            }
            String name = fields.required(row, "name");
            FormulaText.flag(row, "name", problems);
            FormulaText.flag(row, "definition", problems);
            String area = fields.required(row, "area");
            Unit unit = Unit.parse(row.get("unit"));
            if (unit == null) {
                problems.error(row.file(), row.line(), row.column("unit"), "unit \"" + row.get("unit") + "\"",
                        "expected one of " + Unit.vocabulary());
            }
            Polarity polarity = Polarity.parse(row.get("polarity"));
            if (polarity == null) {
                problems.error(row.file(), row.line(), row.column("polarity"), "polarity \"" + row.get("polarity") + "\"",
                        "expected one of " + Polarity.VOCABULARY);
            }
            Integer decimals = fields.integer(row, "decimals");
            if (decimals != null && (decimals < 0 || decimals > 4)) {
                problems.error(row.file(), row.line(), row.column("decimals"), "decimals " + decimals,
                        "expected 0 to 4");
                decimals = null;
            }
            Aggregation aggregation = Aggregation.parse(row.get("aggregation"));
            if (aggregation == null) {
                problems.error(row.file(), row.line(), row.column("aggregation"), "aggregation \"" + row.get("aggregation") + "\"",
                        "expected one of " + Aggregation.VOCABULARY + " (blank means snapshot)");
            }
            if (id != null && firstLine.containsKey(id)) {
                problems.error(row.file(), row.line(), row.column("id"), "indicator id \"" + id + "\" is defined twice (also line " + firstLine.get(id) + ")",
                        "each indicator id must appear once in the catalogue");
                continue;
            }
            if (!row.get("benchmark").isEmpty()) {
                BenchmarkSpec.parse(row.get("benchmark"), row.file(), row.line(), row.column("benchmark"), problems);
            }
            if (problems.errors().size() > before) {
                if (id != null && ID.matcher(id).matches()) problems.brokenDefinition(id, problems.errors().get(before));
                continue;
            }
            firstLine.put(id, row.line());
            catalogue.put(id, new Indicator(id, name, area, unit, polarity, decimals, row.get("definition"),
                    row.get("source"), row.get("benchmark"), aggregation));
        }
        return catalogue;
    }
}
