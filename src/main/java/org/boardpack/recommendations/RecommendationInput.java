package org.boardpack.recommendations;

import java.util.Optional;

/**
 * The snapshots a pack period needs: this month's and, when its file exists, the previous month's.
 *
 * @param current  this month's snapshot (possibly unusable; the reasons are in the Problems)
 * @param previous the previous month's snapshot, or null when there is no file for that month
 */
public record RecommendationInput(RecommendationSnapshot current, RecommendationSnapshot previous) {

    /**
     * The recommendations the board's pack carries. A recommendation in both months is scoped by this month's
     * boards; one only in last month's snapshot by its own.
     */
    public RecommendationInput forBoard(String boardId) {
        java.util.Set<String> inScopeNow = new java.util.HashSet<>();
        java.util.Set<String> idsNow = new java.util.HashSet<>();
        for (Recommendation r : current.items()) {
            idsNow.add(r.id());
            if (r.isFor(boardId)) inScopeNow.add(r.id());
        }
        RecommendationSnapshot now = scoped(current, r -> inScopeNow.contains(r.id()));
        RecommendationSnapshot before = previous == null ? null
                : scoped(previous, r -> idsNow.contains(r.id()) ? inScopeNow.contains(r.id()) : r.isFor(boardId));
        return new RecommendationInput(now, before);
    }

    private static RecommendationSnapshot scoped(RecommendationSnapshot s, java.util.function.Predicate<Recommendation> keep) {
        return new RecommendationSnapshot(s.month(), s.file(), s.items().stream().filter(keep).toList(), s.rejected(),
                s.usable());
    }

    public Optional<RecommendationSnapshot> previousSnapshot() {
        return Optional.ofNullable(previous);
    }
}
