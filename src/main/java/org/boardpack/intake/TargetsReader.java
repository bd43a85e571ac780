package org.boardpack.intake;

import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Fields;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Target;
import org.boardpack.indicators.Unit;

/** Reads {@code input/targets.csv}: one target and tolerance per indicator per financial year. */
public final class TargetsReader {

    public static final String FILE = "targets.csv";
    public static final List<String> REQUIRED = List.of("indicator_id", "financial_year", "target", "tolerance");

    private TargetsReader() {
    }

    public static List<Target> read(Path inputDir, Map<String, Indicator> catalogue, Fields fields) {
        Problems problems = fields.problems();
        Path file = inputDir.resolve(FILE);
        CsvTable table = CsvTableReader.read(file, InputPaths.display(file), REQUIRED, List.of(), problems);
        List<Target> targets = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            int before = problems.errors().size();
            String id = fields.required(row, "indicator_id");
            if (id != null && !catalogue.isEmpty() && !catalogue.containsKey(id)) {
                if (problems.rejectedWithDefinition(row, id)) continue;
                problems.error(row.file(), row.line(), row.column("indicator_id"), "unknown indicator id \"" + id + "\"",
                        Hints.unknownIdExpected(id, catalogue.keySet(), "an indicator id"));
            }
            FinancialYear fy = fields.financialYear(row, "financial_year");
            Double target = fields.number(row, "target");
            Double tolerance = fields.number(row, "tolerance");
            Indicator indicator = id == null ? null : catalogue.get(id);
            if (target != null && indicator != null && indicator.unit() == Unit.PERCENT && (target < 0 || target > 100)) {
                problems.error(row.file(), row.line(), row.column("target"),
                        "target " + row.get("target") + " is outside 0-100 for " + id + ", a percentage",
                        "a percentage target is 0 to 100, e.g. 85 for 85%");
            }
            if (tolerance != null && tolerance < 0) {
                problems.error(row.file(), row.line(), row.column("tolerance"), "tolerance " + row.get("tolerance") + " is negative",
                        "expected 0 or more, in the indicator's unit");
            }
            if (problems.errors().size() > before) continue;
            String key = id + "|" + fy;
            if (seen.containsKey(key)) {
                problems.error(row.file(), row.line(), row.column("indicator_id"),
                        "second target for " + id + " in " + fy + " (also line " + seen.get(key) + ")",
                        "give one target per indicator per financial year");
                continue;
            }
            seen.put(key, row.line());
            targets.add(new Target(id, fy, target, tolerance));
        }
        return targets;
    }
}
