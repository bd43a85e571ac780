package org.boardpack.mail;

import java.util.List;

import org.boardpack.pack.PackModel;
import org.boardpack.pack.view.PackView;

/**
 * What the email body lists from the pack, as plain lines: the exceptions (red or worsening indicators) and the
 * overdue improvement-plan recommendations, one line each, as the pack view words them.
 */
public record PackDigest(List<String> exceptionLines, List<String> overdueRecommendationLines) {

    public PackDigest {
        exceptionLines = exceptionLines == null ? List.of() : List.copyOf(exceptionLines);
        overdueRecommendationLines = overdueRecommendationLines == null ? List.of() : List.copyOf(overdueRecommendationLines);
    }

    /** The digest of a pack: the pack view's exception and overdue lines (the same figures as the packs). */
    public static PackDigest of(PackModel pack) {
        PackView view = PackView.of(pack);
        return new PackDigest(view.exceptionDigest(), view.overdueDigest());
    }

    public static PackDigest empty() {
        return new PackDigest(List.of(), List.of());
    }
}
