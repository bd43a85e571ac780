package org.boardpack.pack;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.input.InputProblem;

/**
 * The computed pack for one board, period and revision: built once by {@link PackBuilder}, persisted, and
 * rendered by every writer.
 */
public record PackModel(String boardId, String boardTitle, String boardDescription, String authority,
                        YearMonth period, int revision, LocalDateTime producedAt, String marking,
                        List<PackSection> sections, List<Restatement> restatements,
                        List<InputProblem> inputWarnings) {

    public static final String OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE";

    public Stream<IndicatorResult> indicators() {
        return sections.stream().flatMap(s -> s.indicators().stream());
    }

    public List<IndicatorResult> indicatorList() {
        return indicators().toList();
    }

    public RagCounts ragCounts() {
        return RagCounts.of(indicatorList());
    }

    /** "October 2026". */
    public String periodLabel() {
        return PeriodLabels.longLabel(period);
    }
}
