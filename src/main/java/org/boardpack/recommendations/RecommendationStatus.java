package org.boardpack.recommendations;

import java.util.List;

/**
 * One recommendation as the pack shows it for a period.
 *
 * @param recommendation  the row from this month's snapshot
 * @param brag            from the status
 * @param overdue         not complete and the due date is strictly before the period end (due ON the period's last
 *                        day is not overdue)
 * @param daysOverdue     days from the due date to the period end when overdue, else 0
 * @param daysSinceUpdate days from last_updated to the period end (0 when last_updated is after the period end)
 * @param stale           not complete and daysSinceUpdate is MORE than the stale threshold (exactly the threshold is
 *                        not stale)
 * @param movement        since the previous month's snapshot
 * @param previousStatus  the status in the previous month's snapshot; null when new or when there is no previous
 *                        snapshot
 * @param evidence        one entry per linked indicator, in the order linked ({@link IndicatorEvidence#notAvailable}
 *                        for an id the caller had no figure for)
 * @param check           the status says on track or complete but every linked indicator is Red or worsening (never
 *                        set when no indicator is linked)
 * @param checkReason     why, for the pack ("" when not flagged)
 */
public record RecommendationStatus(Recommendation recommendation, Brag brag, boolean overdue, long daysOverdue,
                                   long daysSinceUpdate, boolean stale, Movement movement, PlanStatus previousStatus,
                                   List<IndicatorEvidence> evidence, boolean check, String checkReason) {

    public RecommendationStatus {
        evidence = List.copyOf(evidence);
        checkReason = checkReason == null ? "" : checkReason;
    }

    public String id() {
        return recommendation.id();
    }

    public PlanStatus status() {
        return recommendation.status();
    }

    public String owner() {
        return recommendation.owner();
    }

    public String source() {
        return recommendation.source();
    }
}
