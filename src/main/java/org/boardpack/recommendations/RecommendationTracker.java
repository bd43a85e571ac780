package org.boardpack.recommendations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The improvement plan tracker for one pack period.
 *
 * @param period                    the pack's month
 * @param periodEnd                 its last day, the date overdue and stale are measured at
 * @param staleAfterDays            the stale threshold used
 * @param previousSnapshotAvailable false when there was no previous month's snapshot (movement is then
 *                                  {@link Movement#NOT_AVAILABLE} for every item)
 * @param items                     this month's recommendations, in file order
 * @param missingThisMonth          in the previous snapshot but not in this month's, in the previous file's order
 * @param totals                    counts over {@code items} (missing ones are not counted)
 * @param bySource                  counts per source, sources in order of first appearance
 * @param byOwner                   counts per owner, owners in order of first appearance
 * @param byMovement                every {@link Movement} as a key, in enum order; MISSING counts missingThisMonth
 */
public record RecommendationTracker(YearMonth period, LocalDate periodEnd, int staleAfterDays,
                                    boolean previousSnapshotAvailable, List<RecommendationStatus> items,
                                    List<MissingRecommendation> missingThisMonth, TrackerCounts totals,
                                    Map<String, TrackerCounts> bySource, Map<String, TrackerCounts> byOwner,
                                    Map<Movement, Integer> byMovement) {

    public RecommendationTracker {
        items = List.copyOf(items);
        missingThisMonth = List.copyOf(missingThisMonth);
        bySource = Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
        byOwner = Collections.unmodifiableMap(new LinkedHashMap<>(byOwner));
        EnumMap<Movement, Integer> moves = new EnumMap<>(Movement.class);
        for (Movement m : Movement.values()) moves.put(m, byMovement.getOrDefault(m, 0));
        byMovement = Collections.unmodifiableMap(moves);
    }

    /** Counts by BRAG over this month's items (Red, Amber, Green, Blue, Grey; zeros included). */
    public Map<Brag, Integer> byBrag() {
        return totals.byBrag();
    }

    public List<RecommendationStatus> overdue() {
        return items.stream().filter(RecommendationStatus::overdue).toList();
    }

    public List<RecommendationStatus> stale() {
        return items.stream().filter(RecommendationStatus::stale).toList();
    }

    public List<RecommendationStatus> flaggedForCheck() {
        return items.stream().filter(RecommendationStatus::check).toList();
    }

    public Optional<RecommendationStatus> find(String id) {
        return items.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
