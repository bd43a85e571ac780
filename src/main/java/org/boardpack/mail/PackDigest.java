package org.boardpack.mail;

import java.util.List;

import org.boardpack.pack.PackModel;
import org.boardpack.pack.view.PackView;

/**
 * What the email body lists from the pack, as plain lines: the exceptions (red or worsening indicators), the
 * biggest movers since last month (the pack view's one ranking), the overdue improvement-plan recommendations and
 * the board's indicators without a figure for the period, one line each. Worded by the pack view.
 */
public record PackDigest(List<String> exceptionLines, List<String> moverLines,
                         List<String> overdueRecommendationLines, List<String> missingFigureLines,
                         List<String> headlineLines, List<String> closedExceptionLines) {

    public PackDigest {
        headlineLines = headlineLines == null ? List.of() : List.copyOf(headlineLines);
        closedExceptionLines = closedExceptionLines == null ? List.of() : List.copyOf(closedExceptionLines);
        exceptionLines = exceptionLines == null ? List.of() : List.copyOf(exceptionLines);
        moverLines = moverLines == null ? List.of() : List.copyOf(moverLines);
        overdueRecommendationLines = overdueRecommendationLines == null ? List.of() : List.copyOf(overdueRecommendationLines);
        missingFigureLines = missingFigureLines == null ? List.of() : List.copyOf(missingFigureLines);
    }

    public PackDigest(List<String> exceptionLines, List<String> moverLines,
                      List<String> overdueRecommendationLines, List<String> missingFigureLines) {
        this(exceptionLines, moverLines, overdueRecommendationLines, missingFigureLines, List.of(), List.of());
    }

    /**
     * The digest of a pack: the pack view's exception, mover, overdue and missing-figure lines, its headline
     * sentences and its closed exceptions (the same figures as the packs).
     */
    public static PackDigest of(PackModel pack) {
        PackView view = PackView.of(pack);
        List<String> closed = view.closedExceptions().stream()
                .map(v -> v.name() + ": " + v.ragWord() + " (was " + v.previousRagWord() + "); " + v.headline()).toList();
        return new PackDigest(view.exceptionDigest(), view.moverDigest(), view.overdueDigest(), view.missingDigest(),
                view.headlines(), closed);
    }

    public static PackDigest empty() {
        return new PackDigest(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
