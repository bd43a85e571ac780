package org.boardpack.recommendations;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over a set of recommendations (all of them, or one source's, or one owner's).
 *
 * @param total   recommendations counted
 * @param byBrag  every {@link Brag} as a key, in enum order (Red, Amber, Green, Blue, Grey), zero when none
 * @param overdue how many are overdue
 * @param stale   how many are stale
 * @param check   how many carry the "check" flag
 */
public record TrackerCounts(int total, Map<Brag, Integer> byBrag, int overdue, int stale, int check) {

    public TrackerCounts {
        EnumMap<Brag, Integer> m = new EnumMap<>(Brag.class);
        for (Brag b : Brag.values()) m.put(b, byBrag == null ? 0 : byBrag.getOrDefault(b, 0));
        byBrag = Collections.unmodifiableMap(m);
    }

    public int get(Brag brag) {
        return byBrag.get(brag);
    }

    static TrackerCounts of(Iterable<RecommendationStatus> items) {
        int total = 0, overdue = 0, stale = 0, check = 0;
        EnumMap<Brag, Integer> m = new EnumMap<>(Brag.class);
        for (RecommendationStatus s : items) {
            total++;
            m.merge(s.brag(), 1, Integer::sum);
            if (s.overdue()) overdue++;
            if (s.stale()) stale++;
            if (s.check()) check++;
        }
        return new TrackerCounts(total, m, overdue, stale, check);
    }
}
