package org.boardpack.recommendations;

import java.util.Optional;

/**
 * The snapshots a pack period needs: this month's and, when its file exists, the previous month's.
 *
 * @param current  this month's snapshot (possibly unusable; the reasons are in the Problems)
 * @param previous the previous month's snapshot, or null when there is no file for that month
 */
public record RecommendationInput(RecommendationSnapshot current, RecommendationSnapshot previous) {

    public Optional<RecommendationSnapshot> previousSnapshot() {
        return Optional.ofNullable(previous);
    }
}
