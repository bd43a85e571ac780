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
 * @param editions        the editions the run builds (the board's and those its members receive), full first
 * @param edition         the edition this model is laid out as ({@link #asEdition}); the full one as computed
 * @param suppression     the partner edition's small-number rule
 */
public record PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                        YearMonth period, int revision, LocalDateTime producedAt, String marking,
                        List<PackSection> sections, List<Restatement> restatements,
                        List<InputProblem> inputWarnings, RecommendationTracker recommendations, PackStyle style,
                        List<Edition> editions, Edition edition, Suppression suppression) {

    public static final String OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE";

    public PackModel {
        editions = editions == null || editions.isEmpty() ? List.of(Edition.FULL) : editions.stream().distinct().sorted().toList();
        if (edition == null) edition = Edition.FULL;
        if (suppression == null) suppression = Suppression.DFE;
    }

    /** A pack of the full edition only (as before editions). */
    public PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                     YearMonth period, int revision, LocalDateTime producedAt, String marking,
                     List<PackSection> sections, List<Restatement> restatements,
                     List<InputProblem> inputWarnings, RecommendationTracker recommendations, PackStyle style) {
        this(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections, restatements,
                inputWarnings, recommendations, style, List.of(Edition.FULL), Edition.FULL, Suppression.DFE);
    }

    /** The same pack, to be laid out as the given edition. */
    public PackModel asEdition(Edition e) {
        return new PackModel(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections,
                restatements, inputWarnings, recommendations, style, editions, e, suppression);
    }

    /** The same pack, building these editions under this rule. */
    public PackModel withEditions(List<Edition> built, Suppression rule) {
        return new PackModel(boardId, boardTitle, boardDescription, authority, period, revision, producedAt, marking, sections,
                restatements, inputWarnings, recommendations, style, built, edition, rule);
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

    /** The board's indicators with no figure for the period (listed in the summary, data quality and email). */
    public List<IndicatorResult> exceptions() {
        return indicators().filter(IndicatorResult::isException).toList();
    }

    /** "October 2026". */
    public String periodLabel() {
        return PeriodLabels.longLabel(period);
    }
}
