package org.boardpack.output;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * The output folder layout: {@code <output>/<board>/<period>/}. Pack files carry the revision from the second
 * revision on, so a reissue never replaces what the board was sent before.
 */
public record OutputLayout(Path outputDir, String board, YearMonth period, int revision) {

    public Path folder() {
        return outputDir.resolve(board).resolve(period.toString());
    }

    /** "improvement-board-2026-10", or "...-r2" from the second revision: the start of every pack file's name. */
    public String stem() {
        return board + "-" + period + (revision > 1 ? "-r" + revision : "");
    }

    public Path excelPack() {
        return folder().resolve(stem() + ".xlsx");
    }

    public Path pdfPack() {
        return folder().resolve(stem() + ".pdf");
    }

    public Path resultsCsv() {
        return folder().resolve(revision > 1 ? "results-r" + revision + ".csv" : "results.csv");
    }

    public Path recommendationsCsv() {
        return folder().resolve(revision > 1 ? "recommendations-r" + revision + ".csv" : "recommendations.csv");
    }

    public Path manifest() {
        return folder().resolve(revision > 1 ? "manifest-r" + revision + ".json" : "manifest.json");
    }

    public Path validationCsv() {
        return folder().resolve("validation.csv");
    }

    public Path rejectsCsv() {
        return folder().resolve("rejects.csv");
    }
}
