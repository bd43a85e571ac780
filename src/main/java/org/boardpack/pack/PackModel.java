package org.boardpack.pack;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.input.InputProblem;
import org.boardpack.recommendations.RecommendationTracker;

/**
 * The computed pack for one board, period and revision: built once by {@link PackBuilder}, persisted, and
 * rendered by every writer.
 *
 * @param inputWarnings   problems found in the inputs that did not stop the run (and rejected rows' errors
 *                        when invalid rows were skipped)
 * @param recommendations the improvement plan tracker, or null when the input has no recommendations
 * @param style           the council's layout and wording choices from templates/
 * @param smallNumbers    a denominator below this is flagged "small numbers" and kept out of the movers
 */
public record PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                        YearMonth period, int revision, LocalDateTime producedAt, String marking,
                        List<PackSection> sections, List<Restatement> restatements,
                        List<InputProblem> inputWarnings, RecommendationTracker recommendations, PackStyle style,
                        int smallNumbers) {

    public static final String OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE";
    /** The default of boardpack.small-numbers.denominator. */
    public static final int SMALL_NUMBERS_DEFAULT = 20;

    public PackModel {
        if (smallNumbers <= 0) smallNumbers = SMALL_NUMBERS_DEFAULT;
    }

    public PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                     YearMonth period, int revision, LocalDateTime producedAt, String marking,
                     List<PackSection> sections, List<Restatement> restatements,
                     List<InputProblem> inputWarnings, RecommendationTracker recommendations, PackStyle style) {
        this(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections,
                restatements, inputWarnings, recommendations, style, SMALL_NUMBERS_DEFAULT);
    }

    public Stream<IndicatorResult> indicators() {
        return sections.stream().flatMap(s -> s.indicators().stream());
    }

    public List<IndicatorResult> indicatorList() {
        return indicators().toList();
    }

    public RagCounts ragCounts() {
        return RagCounts.of(indicatorList());
    }

    /** The exceptions to act on, then those to watch, each in pack order. */
    public List<IndicatorResult> exceptions() {
        return indicators().filter(IndicatorResult::isException)
                .sorted(java.util.Comparator.comparing(IndicatorResult::exceptionList)).toList();
    }

    /** The indicators that were on the act or watch list last month and are on neither now. */
    public List<IndicatorResult> closedExceptions() {
        return indicators().filter(IndicatorResult::exceptionClosed).toList();
    }

    /** "October 2026". */
    public String periodLabel() {
        return PeriodLabels.longLabel(period);
    }
}
