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
                         List<String> overdueRecommendationLines, List<String> missingFigureLines) {

    public PackDigest {
        exceptionLines = exceptionLines == null ? List.of() : List.copyOf(exceptionLines);
        moverLines = moverLines == null ? List.of() : List.copyOf(moverLines);
        overdueRecommendationLines = overdueRecommendationLines == null ? List.of() : List.copyOf(overdueRecommendationLines);
        missingFigureLines = missingFigureLines == null ? List.of() : List.copyOf(missingFigureLines);
    }

    /** The digest of a pack: the pack view's exception, mover, overdue and missing-figure lines (the same figures as the packs). */
    public static PackDigest of(PackModel pack) {
        PackView view = PackView.of(pack);
        return new PackDigest(view.exceptionDigest(), view.moverDigest(), view.overdueDigest(), view.missingDigest());
    }

    public static PackDigest empty() {
        return new PackDigest(List.of(), List.of(), List.of(), List.of());
    }
}
