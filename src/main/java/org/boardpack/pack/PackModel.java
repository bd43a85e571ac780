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
 * @param editions        the editions the run builds (the board's and those its members receive), full first
 * @param edition         the edition this model is laid out as ({@link #asEdition}); the full one as computed
 * @param suppression     the partner edition's small-number rule
 */
public record PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                        YearMonth period, int revision, LocalDateTime producedAt, String marking,
                        List<PackSection> sections, List<Restatement> restatements,
                        List<InputProblem> inputWarnings, RecommendationTracker recommendations, PackStyle style,
                        int smallNumbers, List<Edition> editions, Edition edition, Suppression suppression) {

    public static final String OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE";
    /** The default of boardpack.small-numbers.denominator. */
    public static final int SMALL_NUMBERS_DEFAULT = 20;

    public PackModel {
        if (smallNumbers <= 0) smallNumbers = SMALL_NUMBERS_DEFAULT;
        editions = editions == null || editions.isEmpty() ? List.of(Edition.FULL) : editions.stream().distinct().sorted().toList();
        if (edition == null) edition = Edition.FULL;
        if (suppression == null) suppression = Suppression.DFE;
    }

    /** A pack of the full edition only (as before editions), with the default small-numbers threshold. */
    public PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                     YearMonth period, int revision, LocalDateTime producedAt, String marking,
                     List<PackSection> sections, List<Restatement> restatements,
                     List<InputProblem> inputWarnings, RecommendationTracker recommendations, PackStyle style) {
        this(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections,
                restatements, inputWarnings, recommendations, style, SMALL_NUMBERS_DEFAULT);
    }

    /** A pack of the full edition only, flagging denominators below {@code smallNumbers}. */
    public PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                     YearMonth period, int revision, LocalDateTime producedAt, String marking,
                     List<PackSection> sections, List<Restatement> restatements,
                     List<InputProblem> inputWarnings, RecommendationTracker recommendations, PackStyle style,
                     int smallNumbers) {
        this(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections, restatements,
                inputWarnings, recommendations, style, smallNumbers, List.of(Edition.FULL), Edition.FULL, Suppression.DFE);
    }

    /** The same pack, to be laid out as the given edition. */
    public PackModel asEdition(Edition e) {
        return new PackModel(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections,
                restatements, inputWarnings, recommendations, style, smallNumbers, editions, e, suppression);
    }

    /** The same pack, building these editions under this rule. */
    public PackModel withEditions(List<Edition> built, Suppression rule) {
        return new PackModel(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections,
                restatements, inputWarnings, recommendations, style, smallNumbers, built, edition, rule);
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
