package org.boardpack.intake;

import org.boardpack.input.Commentary;
import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.FormulaText;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code input/commentary/<YYYY-MM>.csv}: the owners' commentary for the pack's month. The file is
 * optional (no commentary yet is a data-quality matter, not an error).
 */
public final class CommentaryReader {

    public static final String FOLDER = "commentary";
    public static final List<String> REQUIRED = List.of("indicator_id", "author", "role", "commentary");

    private CommentaryReader() {
    }

    public static Path fileFor(Path inputDir, YearMonth period) {
        return inputDir.resolve(FOLDER).resolve(period + ".csv");
    }

    /** @return commentary by indicator id, in file order; empty when the month has no file */
    public static Map<String, Commentary> read(Path inputDir, YearMonth period, Collection<String> knownIds,
                                               Problems problems) {
        Path file = fileFor(inputDir, period);
        Map<String, Commentary> result = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            problems.warning(InputPaths.display(file), 0, "", "no commentary file for " + period,
                    "exceptions will be flagged \"commentary missing\"; add the file with header " + String.join(",", REQUIRED));
            return result;
        }
        CsvTable table = CsvTableReader.read(file, InputPaths.display(file), REQUIRED, List.of(), problems);
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String id = row.get("indicator_id");
            int before = problems.errors().size();
            if (id.isEmpty()) {
                problems.error(row.file(), row.line(), row.column("indicator_id"), "indicator_id is blank", "name the indicator the commentary is about");
            } else if (!knownIds.isEmpty() && !knownIds.contains(id)) {
                if (problems.rejectedWithDefinition(row, id)) continue;
                problems.error(row.file(), row.line(), row.column("indicator_id"), "unknown indicator id \"" + id + "\"",
                        Hints.unknownIdExpected(id, knownIds, "an indicator id"));
            }
            if (row.get("commentary").isEmpty()) {
                problems.error(row.file(), row.line(), row.column("commentary"), "commentary is blank",
                        "write the commentary, or remove the row");
            }
            if (row.get("author").isEmpty()) {
                problems.error(row.file(), row.line(), row.column("author"), "author is blank",
                        "name who wrote it (a role is enough)");
            }
            for (String column : REQUIRED) FormulaText.flag(row, column, problems);
            if (problems.errors().size() > before) continue;
            Long first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                problems.error(row.file(), row.line(), row.column("indicator_id"),
                        "second commentary for " + id + " (also line " + first + ")", "give one commentary per indicator; merge the two");
                continue;
            }
            // commentary keeps its text exactly as typed (a leading "=" included): writers store it as text
            result.put(id, new Commentary(id, row.get("author"), row.get("role"), row.raw("commentary"),
                    row.file(), row.line()));
        }
        return result;
    }
}
