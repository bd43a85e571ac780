package org.boardpack.mail;

import java.util.List;

/**
 * What the email body lists from the pack, as plain lines: the exceptions (red or worsening indicators) and the
 * overdue improvement-plan recommendations and the board's indicators without a figure for the period, one line
 * each. The caller fills it from the pack model.
 */
public record PackDigest(List<String> exceptionLines, List<String> overdueRecommendationLines,
                         List<String> missingFigureLines) {

    public PackDigest {
        exceptionLines = exceptionLines == null ? List.of() : List.copyOf(exceptionLines);
        overdueRecommendationLines = overdueRecommendationLines == null ? List.of() : List.copyOf(overdueRecommendationLines);
        missingFigureLines = missingFigureLines == null ? List.of() : List.copyOf(missingFigureLines);
    }

    public PackDigest(List<String> exceptionLines, List<String> overdueRecommendationLines) {
        this(exceptionLines, overdueRecommendationLines, List.of());
    }

    public static PackDigest empty() {
        return new PackDigest(List.of(), List.of(), List.of());
    }
}
