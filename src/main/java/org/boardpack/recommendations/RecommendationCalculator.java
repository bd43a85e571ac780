package org.boardpack.recommendations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the tracker for a pack period from this month's snapshot, the previous month's and the indicators'
 * evidence. Plain Java; no I/O.
 *
 * <p>Rules, all measured at the period end (the last day of the pack's month):
 * <ul>
 * <li><b>Overdue</b>: status not complete and due date strictly before the period end. A recommendation due ON
 * the period's last day is not overdue in that period's pack; it is 1 day overdue if still open the next day.
 * Days overdue = days from the due date to the period end.</li>
 * <li><b>Stale</b>: status not complete and the last update MORE than {@code staleAfterDays} days before the period
 * end (default 60: last updated exactly 60 days before is not stale, 61 days is). A complete recommendation is
 * never stale: no more updates are expected.</li>
 * <li><b>Movement</b>: see {@link Movement} (progress order not-started &lt; off-track &lt; at-risk &lt; on-track
 * &lt; complete).</li>
 * <li><b>Check</b>: status on-track or complete, at least one linked indicator, and EVERY linked indicator is Red
 * or worsening. A linked indicator with no figure this period is neither, so it prevents the flag.</li>
 * </ul>
 */
public final class RecommendationCalculator {

    public static final int DEFAULT_STALE_AFTER_DAYS = 60;

    private final int staleAfterDays;

    public RecommendationCalculator() {
        this(DEFAULT_STALE_AFTER_DAYS);
    }

    /** @param staleAfterDays no update for more than this many days is stale; must not be negative */
    public RecommendationCalculator(int staleAfterDays) {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("the stale threshold must be 0 days or more, was " + staleAfterDays);
        }
        this.staleAfterDays = staleAfterDays;
    }

    public int staleAfterDays() {
        return staleAfterDays;
    }

    /** From the snapshots the reader returned for the period. */
    public RecommendationTracker compute(YearMonth period, RecommendationInput input,
                                         Map<String, IndicatorEvidence> evidence) {
        return compute(period, input.current(), input.previous(), evidence);
    }

    /**
     * @param current  this month's snapshot
     * @param previous the previous month's snapshot, or null when there is none
     * @param evidence indicator id to its evidence this period; ids absent from the map have no figure
     */
    public RecommendationTracker compute(YearMonth period, RecommendationSnapshot current,
                                         RecommendationSnapshot previous, Map<String, IndicatorEvidence> evidence) {
        Set<String> rejectedIds = current.rejected().stream().map(r -> r.get("id")).collect(Collectors.toSet());
        return compute(period, current.items(), previous == null ? null : previous.items(),
                previous == null ? period.minusMonths(1) : previous.month(), rejectedIds, evidence);
    }

    /**
     * @param current  this month's recommendations
     * @param previous the previous month's, or null when there is no previous snapshot
     */
    public RecommendationTracker compute(YearMonth period, List<Recommendation> current, List<Recommendation> previous,
                                         Map<String, IndicatorEvidence> evidence) {
        return compute(period, current, previous, period.minusMonths(1), Set.of(), evidence);
    }

    private RecommendationTracker compute(YearMonth period, List<Recommendation> current, List<Recommendation> previous,
                                          YearMonth previousMonth, Set<String> rejectedIds,
                                          Map<String, IndicatorEvidence> evidence) {
        LocalDate end = period.atEndOfMonth();
        Map<String, Recommendation> before = new HashMap<>();
        if (previous != null) previous.forEach(r -> before.putIfAbsent(r.id(), r));

        List<RecommendationStatus> items = new ArrayList<>();
        for (Recommendation r : current) {
            Recommendation prev = before.get(r.id());
            Movement movement = previous == null ? Movement.NOT_AVAILABLE
                    : Movement.between(prev == null ? null : prev.status(), r.status());
            items.add(status(r, end, movement, prev == null ? null : prev.status(), evidence));
        }

        Set<String> idsNow = current.stream().map(Recommendation::id).collect(Collectors.toSet());
        List<MissingRecommendation> missing = new ArrayList<>();
        if (previous != null) {
            Set<String> seen = new HashSet<>();
            for (Recommendation r : previous) {
                if (!idsNow.contains(r.id()) && seen.add(r.id())) {
                    missing.add(new MissingRecommendation(r, previousMonth, rejectedIds.contains(r.id())));
                }
            }
        }

        Map<Movement, Integer> byMovement = new EnumMap<>(Movement.class);
        items.forEach(s -> byMovement.merge(s.movement(), 1, Integer::sum));
        if (!missing.isEmpty()) byMovement.put(Movement.MISSING, missing.size());

        return new RecommendationTracker(period, end, staleAfterDays, previous != null, items, missing,
                TrackerCounts.of(items), groupCounts(items, RecommendationStatus::source),
                groupCounts(items, RecommendationStatus::owner), byMovement);
    }

    private RecommendationStatus status(Recommendation r, LocalDate end, Movement movement, PlanStatus previousStatus,
                                        Map<String, IndicatorEvidence> evidence) {
        boolean open = r.status() != PlanStatus.COMPLETE;
        boolean overdue = isOverdue(r, end);
        long daysOverdue = overdue ? ChronoUnit.DAYS.between(r.dueDate(), end) : 0;
        long sinceUpdate = daysSinceUpdate(r, end);
        boolean stale = open && sinceUpdate > staleAfterDays;

        List<IndicatorEvidence> linked = new ArrayList<>();
        for (String id : r.linkedIndicators()) {
            IndicatorEvidence e = evidence == null ? null : evidence.get(id);
            linked.add(e != null ? e : IndicatorEvidence.notAvailable(id));
        }
        boolean saysFine = r.status() == PlanStatus.ON_TRACK || r.status() == PlanStatus.COMPLETE;
        boolean evidenceCheck = saysFine && !linked.isEmpty() && linked.stream().allMatch(IndicatorEvidence::isRedOrWorsening);
        // past its due date yet still reported Amber (at risk) or Green (on track): the status cannot be right
        boolean overdueCheck = overdue && (r.brag() == Brag.AMBER || r.brag() == Brag.GREEN);
        boolean check = evidenceCheck || overdueCheck;
        List<String> reasons = new ArrayList<>();
        if (overdueCheck) {
            reasons.add("Overdue by " + daysOverdue + (daysOverdue == 1 ? " day" : " days") + " but still reported "
                    + r.status().label().toLowerCase(Locale.ROOT) + " (" + r.brag().label() + ")");
        }
        if (evidenceCheck) {
            reasons.add("Reported " + r.status().label().toLowerCase(Locale.ROOT) + " but every linked indicator is red or worsening: "
                    + linked.stream().map(IndicatorEvidence::summary).collect(Collectors.joining("; ")));
        }
        String reason = String.join(". ", reasons);
        return new RecommendationStatus(r, r.brag(), overdue, daysOverdue, sinceUpdate, stale, movement,
                previousStatus, linked, check, reason);
    }

    /** Not complete and due strictly before {@code periodEnd} (due on periodEnd is not overdue). */
    public static boolean isOverdue(Recommendation r, LocalDate periodEnd) {
        return r.status() != PlanStatus.COMPLETE && r.dueDate().isBefore(periodEnd);
    }

    /** Days from last_updated to {@code periodEnd}; 0 when last_updated is later. */
    public static long daysSinceUpdate(Recommendation r, LocalDate periodEnd) {
        return Math.max(0, ChronoUnit.DAYS.between(r.lastUpdated(), periodEnd));
    }

    private static Map<String, TrackerCounts> groupCounts(List<RecommendationStatus> items,
                                                          Function<RecommendationStatus, String> key) {
        Map<String, List<RecommendationStatus>> groups = new LinkedHashMap<>();
        for (RecommendationStatus s : items) groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
        Map<String, TrackerCounts> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, TrackerCounts.of(v)));
        return out;
    }
}
