package org.boardpack.recommendations;

import org.boardpack.input.FormulaText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a monthly recommendations snapshot, validated. Text fields are kept exactly as typed (apart from the
 * surrounding blanks the CSV reader trims), including text a spreadsheet would read as a formula; see
 * {@link #formulaLikeColumns()}.
 *
 * @param id               e.g. "R2017-01"
 * @param source           e.g. "Ofsted inspection 2017"
 * @param sourceDate       date of the report the recommendation comes from
 * @param theme            short theme, e.g. "Supervision"
 * @param text             the recommendation, shortened faithfully
 * @param owner            the owner's role
 * @param dueDate          when it should be complete
 * @param status           the owner's reported status
 * @param progress         the progress note (may be empty)
 * @param lastUpdated      when the owner last updated the action
 * @param linkedIndicators catalogue ids of the indicators that evidence it, in file order (may be empty)
 * @param file             the snapshot file as the operator knows it, e.g. "recommendations/2026-10.csv"
 * @param line             the row's line in that file (0 when built in code)
 * @param boards           the boards whose packs carry it (the file's optional boards column); empty: every board
 */
public record Recommendation(String id, String source, LocalDate sourceDate, String theme, String text, String owner,
                             LocalDate dueDate, PlanStatus status, String progress, LocalDate lastUpdated,
                             List<String> linkedIndicators, String file, long line, List<String> boards) {

    public Recommendation(String id, String source, LocalDate sourceDate, String theme, String text, String owner,
                          LocalDate dueDate, PlanStatus status, String progress, LocalDate lastUpdated,
                          List<String> linkedIndicators, String file, long line) {
        this(id, source, sourceDate, theme, text, owner, dueDate, status, progress, lastUpdated, linkedIndicators,
                file, line, List.of());
    }

    /** Whether the board's pack carries it. */
    public boolean isFor(String boardId) {
        return boards.isEmpty() || boards.contains(boardId);
    }

    public Recommendation {
        boards = boards == null ? List.of() : List.copyOf(boards);
        progress = progress == null ? "" : progress;
        linkedIndicators = linkedIndicators == null ? List.of() : List.copyOf(linkedIndicators);
        file = file == null ? "" : file;
    }

    public Brag brag() {
        return status.brag();
    }

    /**
     * The text columns whose value starts with a character a spreadsheet treats as the start of a formula
     * (=, +, -, @, tab, carriage return). The value is kept as typed; every writer must output it as text.
     */
    public List<String> formulaLikeColumns() {
        List<String> cols = new ArrayList<>();
        if (looksLikeFormula(id)) cols.add("id");
        if (looksLikeFormula(source)) cols.add("source");
        if (looksLikeFormula(theme)) cols.add("theme");
        if (looksLikeFormula(text)) cols.add("recommendation");
        if (looksLikeFormula(owner)) cols.add("owner");
        if (looksLikeFormula(progress)) cols.add("progress");
        return cols;
    }

    /** Whether a spreadsheet would treat this text as a formula (starts with =, +, -, @, tab or CR). */
    public static boolean looksLikeFormula(String text) {
        return FormulaText.looksLikeFormula(text);
    }
}
