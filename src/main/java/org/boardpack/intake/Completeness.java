package org.boardpack.intake;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.boardpack.indicators.Figure;
import org.boardpack.indicators.Indicator;
import org.boardpack.input.BoardDefinition;
import org.boardpack.input.InputPaths;

/**
 * Which of a board's indicators have a figure (for the whole authority) for the pack's period.
 *
 * @param latestWithFigures the latest period with any figure for the board's indicators, or null when none
 */
public record Completeness(YearMonth period, List<String> indicators, List<String> missing, YearMonth latestWithFigures) {

    /** @param authorityFigures the valid whole-authority figures (team figures are ignored) */
    public static Completeness of(BoardDefinition board, List<Figure> authorityFigures, YearMonth period) {
        List<String> ids = board.indicatorIds().stream().distinct().toList();
        Set<String> onBoard = Set.copyOf(ids);
        List<Figure> figures = authorityFigures.stream()
                .filter(f -> f.isAuthority() && onBoard.contains(f.indicatorId())).toList();
        Set<String> present = figures.stream().filter(f -> f.period().equals(period)).map(Figure::indicatorId)
                .collect(Collectors.toSet());
        YearMonth latest = figures.stream().map(Figure::period).max(YearMonth::compareTo).orElse(null);
        return new Completeness(period, ids, ids.stream().filter(id -> !present.contains(id)).toList(), latest);
    }

    /** The inputs' completeness for the period, with a warning per missing indicator added to their problems. */
    public static Completeness check(InputSet inputs, YearMonth period) {
        if (inputs.board() == null) return null;
        Completeness c = of(inputs.board(), inputs.scorecards().authorityFigures(), period);
        String folder = InputPaths.display(inputs.inputDir().resolve(ScorecardReader.FOLDER));
        for (String id : c.missing()) {
            Indicator ind = inputs.catalogue().get(id);
            inputs.problems().warning(folder, 0, "indicator_id",
                    "no figure for " + id + (ind == null ? "" : " (" + ind.name() + ")") + " in " + period,
                    "add the row to the month's scorecard file; the pack shows the indicator without a figure");
        }
        return c;
    }

    public boolean noFigures() {
        return !indicators.isEmpty() && missing.size() == indicators.size();
    }

    /** The share of the board's indicators with a figure, 0-100. */
    public double percentPresent() {
        return indicators.isEmpty() ? 100 : 100.0 * (indicators.size() - missing.size()) / indicators.size();
    }

    /** True when the pack may be built: some figures, and at least {@code minPercent} of the indicators have one. */
    public boolean meets(double minPercent) {
        return !noFigures() && percentPresent() >= minPercent;
    }
}
