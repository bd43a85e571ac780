package org.boardpack.pack;

import java.util.List;

import org.boardpack.recommendations.RecommendationStatus;

/** One-line summaries of the pack for the email body: each exception, each overdue recommendation, each missing figure. */
public final class PackDigests {

    private PackDigests() {
    }

    /** "Care proceedings average duration: 40.2 weeks (Red against target; ...)". */
    public static List<String> exceptionLines(PackModel pack) {
        return pack.exceptions().stream()
                .map(r -> r.name() + ": " + Formatting.withUnit(r.ratedValue(), r) + " (" + r.exceptionText() + ")"
                        + (r.commentaryMissing() ? " - commentary missing" : ""))
                .toList();
    }

    /** "Re-referrals within 12 months: no figure for October 2026". */
    public static List<String> missingFigureLines(PackModel pack) {
        return pack.withoutFigure().stream().map(r -> r.name() + ": no figure for " + pack.periodLabel()).toList();
    }

    /** "R2017-05 Return home interviews: due 2026-08-31, 61 days overdue (Head of Service, ...)". */
    public static List<String> overdueRecommendationLines(PackModel pack) {
        if (pack.recommendations() == null) return List.of();
        return pack.recommendations().items().stream().filter(RecommendationStatus::overdue)
                .map(s -> s.recommendation().id() + " " + s.recommendation().theme() + ": due "
                        + s.recommendation().dueDate() + ", " + s.daysOverdue() + " days overdue ("
                        + s.recommendation().owner() + ")")
                .toList();
    }
}
