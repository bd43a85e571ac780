package org.boardpack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Problems;
import org.boardpack.intake.ScorecardReader;

/** Resolves --period: YYYY-MM, "previous" (the month before this one, for cron) or "latest" (in the scorecards). */
final class PeriodOption {

    private PeriodOption() {
    }

    static YearMonth resolve(String spec, Path inputDir, Clock clock) {
        if (spec == null || spec.isBlank() || spec.equalsIgnoreCase("latest")) return latestIn(inputDir);
        if (spec.equalsIgnoreCase("previous")) return YearMonth.now(clock).minusMonths(1);
        try {
            return YearMonth.parse(spec.trim());
        } catch (DateTimeParseException e) {
            throw new UserError(ExitCodes.USAGE, "--period \"" + spec + "\" is not YYYY-MM, previous or latest");
        }
    }

    /** A period given exactly as YYYY-MM (status and restart). */
    static YearMonth exact(String spec) {
        if (spec == null) return null;
        try {
            return YearMonth.parse(spec.trim());
        } catch (DateTimeParseException e) {
            throw new UserError(ExitCodes.USAGE, "--period \"" + spec + "\" is not YYYY-MM");
        }
    }

    /** The latest period in any scorecard file (rows that do not parse are ignored here; validation reports them). */
    static YearMonth latestIn(Path inputDir) {
        List<Path> files;
        try {
            files = ScorecardReader.files(inputDir);
        } catch (Exception e) {
            throw new UserError(ExitCodes.INVALID_INPUT, "Cannot find scorecards in " + inputDir.resolve(ScorecardReader.FOLDER)
                    + " to choose the latest period; check --input, or give --period YYYY-MM");
        }
        YearMonth latest = null;
        for (Path f : files) {
            CsvTable t = CsvTableReader.read(f, f.toString(), List.of("period"), List.of(), new Problems());
            for (CsvRow r : t.rows()) {
                try {
                    YearMonth p = YearMonth.parse(r.get("period"));
                    if (latest == null || p.isAfter(latest)) latest = p;
                } catch (DateTimeParseException ignored) {
                    // reported by validation
                }
            }
        }
        if (latest == null) {
            throw new UserError(ExitCodes.INVALID_INPUT, "No scorecard figures in " + inputDir.resolve(ScorecardReader.FOLDER)
                    + " to choose the latest period; add the month's files or give --period YYYY-MM");
        }
        return latest;
    }
}
