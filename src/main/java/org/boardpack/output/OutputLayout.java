package org.boardpack.output;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * The output folder layout: {@code <output>/<board>/<period>/}. Every file a revision writes carries the revision
 * from the second revision on ({@code validation-r2.csv}, {@code <board>-<period>-r2.pdf}, ...), so a reissue
 * never replaces what an earlier revision wrote and every earlier manifest still verifies. The board id is checked
 * and every path proven to stay under the output folder.
 */
public record OutputLayout(Path outputDir, String board, YearMonth period, int revision, String edition) {

    public OutputLayout {
        SafeName.requireId("Board id", board);
        if (revision < 1) throw new IllegalArgumentException("revision " + revision + " is not 1 or more");
        edition = edition == null ? "" : edition;
        if (!edition.isEmpty()) SafeName.requireId("Edition", edition);
    }

    /** The layout of the full edition (whose files carry no edition). */
    public OutputLayout(Path outputDir, String board, YearMonth period, int revision) {
        this(outputDir, board, period, revision, "");
    }

    /**
     * The layout of an edition's pack files ({@code <board>-<period>-partner.pdf}, {@code results-partner.csv});
     * "" for the full edition. The run's own files (manifest, validation, rejects) are asked of the full layout.
     */
    public OutputLayout forEdition(String editionSuffixId) {
        return new OutputLayout(outputDir, board, period, revision, editionSuffixId);
    }

    public Path folder() {
        return SafeName.within(outputDir, outputDir.resolve(board).resolve(period.toString()));
    }

    /** "improvement-board-2026-10", or "...-r2" from the second revision: the start of every pack file's name. */
    public String stem() {
        return board + "-" + period + editionPart() + suffix();
    }

    private String editionPart() {
        return edition.isEmpty() ? "" : "-" + edition;
    }

    /** "" for revision 1, "-r2" from the second. */
    public String suffix() {
        return revision > 1 ? "-r" + revision : "";
    }

    /** A file of this revision in the folder: {@code name + suffix + extension}, e.g. results-r2.csv. */
    public Path file(String name, String extension) {
        return SafeName.within(outputDir, folder().resolve(name + editionPart() + suffix() + extension));
    }

    public Path excelPack() {
        return file(board + "-" + period, ".xlsx");
    }

    public Path pdfPack() {
        return file(board + "-" + period, ".pdf");
    }

    /** The HTML edition for publication: {@code <board>-<period>.html}. */
    public Path htmlPack() {
        return file(board + "-" + period, ".html");
    }

    /** The tagged PDF/UA-1 edition rendered from the HTML one: {@code <board>-<period>-accessible.pdf}. */
    public Path accessiblePdfPack() {
        return file(board + "-" + period + "-accessible", ".pdf");
    }

    public Path resultsCsv() {
        return file("results", ".csv");
    }

    public Path recommendationsCsv() {
        return file("recommendations", ".csv");
    }

    public Path manifest() {
        return file("manifest", ".json");
    }

    public Path validationCsv() {
        return file("validation", ".csv");
    }

    public Path rejectsCsv() {
        return file("rejects", ".csv");
    }

    /** The report of the validate command, which is not a run: never one of a revision's files. */
    public Path validationCheckCsv() {
        return SafeName.within(outputDir, folder().resolve("validation-check.csv"));
    }
}
