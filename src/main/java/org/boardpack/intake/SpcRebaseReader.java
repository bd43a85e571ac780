package org.boardpack.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.boardpack.indicators.Figure;
import org.boardpack.indicators.spc.SpcRebase;
import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Fields;
import org.boardpack.input.FormulaText;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

/**
 * Reads the optional {@code input/spc-rebase.csv}: the months from which an indicator's SPC limits are
 * recalculated, after a known change in the process. No file, or a file with only its header, means no rebase.
 */
public final class SpcRebaseReader {

    public static final String FILE = "spc-rebase.csv";
    public static final List<String> REQUIRED = List.of("indicator_id", "period", "reason");

    private SpcRebaseReader() {
    }

    /**
     * @param figures the authority's figures, to check that each rebase falls inside its indicator's series (after
     *                its first month with a figure, not after its last)
     */
    public static List<SpcRebase> read(Path inputDir, java.util.Collection<String> knownIds, List<Figure> figures,
                                       Fields fields) {
        Path file = inputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return List.of();
        Problems problems = fields.problems();
        CsvTable table = CsvTableReader.read(file, InputPaths.display(file), REQUIRED, List.of(), problems);
        Map<String, NavigableSet<YearMonth>> months = new HashMap<>();
        for (Figure f : figures) {
            if (f.isAuthority()) months.computeIfAbsent(f.indicatorId(), k -> new TreeSet<>()).add(f.period());
        }
        List<SpcRebase> rebases = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            int before = problems.errors().size();
            String id = fields.required(row, "indicator_id");
            if (id != null && !knownIds.isEmpty() && !knownIds.contains(id)) {
                problems.error(row.file(), row.line(), row.column("indicator_id"), "unknown indicator id \"" + id + "\"",
                        Hints.unknownIdExpected(id, knownIds, "an indicator id"));
                id = null;
            }
            YearMonth period = fields.period(row, "period");
            String reason = fields.required(row, "reason");
            if (reason != null) FormulaText.flag(row, "reason", problems);
            if (problems.errors().size() > before || id == null || period == null) continue;
            NavigableSet<YearMonth> series = months.get(id);
            if (series == null || !period.isAfter(series.first()) || period.isAfter(series.last())) {
                problems.error(row.file(), row.line(), row.column("period"),
                        "period " + period + " is outside the series of " + id
                                + (series == null ? " (it has no figures)" : " (" + series.first() + " to " + series.last() + ")"),
                        "new limits start at a month after the first with a figure and no later than the last");
                continue;
            }
            String key = id + "|" + period;
            if (seen.containsKey(key)) {
                problems.error(row.file(), row.line(), row.column("period"),
                        "second rebase of " + id + " at " + period + " (also line " + seen.get(key) + ")",
                        "give one row per indicator and month");
                continue;
            }
            seen.put(key, row.line());
            rebases.add(new SpcRebase(id, period, reason));
        }
        return List.copyOf(rebases);
    }
}
