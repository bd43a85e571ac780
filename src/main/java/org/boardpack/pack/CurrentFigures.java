package org.boardpack.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.boardpack.indicators.Figure;

/**
 * The figure in use for each indicator, team and period: the one from the latest issue. Every earlier figure
 * that differs is reported as a restatement, never overwritten silently.
 */
public final class CurrentFigures {

    private final Map<String, NavigableMap<YearMonth, Figure>> byIndicatorAndTeam = new LinkedHashMap<>();
    private final List<Restatement> restatements = new ArrayList<>();

    public CurrentFigures(List<HeldFigure> held) {
        List<HeldFigure> ordered = new ArrayList<>(held);
        ordered.sort(Comparator.comparing(HeldFigure::issueMonth).thenComparingLong(HeldFigure::loadOrder));
        Map<String, HeldFigure> current = new LinkedHashMap<>();
        for (HeldFigure h : ordered) {
            Figure f = h.figure();
            String key = f.indicatorId() + "|" + f.team() + "|" + f.period();
            HeldFigure before = current.put(key, h);
            if (before != null && changed(before.figure(), f)) {
                Figure b = before.figure();
                restatements.add(new Restatement(f.indicatorId(), f.period(), f.team(), b.value(), f.value(),
                        b.numerator(), b.denominator(), f.numerator(), f.denominator(), before.file(), h.file()));
            }
        }
        for (HeldFigure h : current.values()) {
            Figure f = h.figure();
            byIndicatorAndTeam.computeIfAbsent(seriesKey(f.indicatorId(), f.team()), k -> new TreeMap<>())
                    .put(f.period(), f);
        }
        restatements.sort(Comparator.comparing(Restatement::indicatorId).thenComparing(Restatement::period));
    }

    /** A different value, or the same value from different counts ("202 of 237" became "208 of 244"). */
    private static boolean changed(Figure before, Figure now) {
        return before.value() != now.value() || !java.util.Objects.equals(before.numerator(), now.numerator())
                || !java.util.Objects.equals(before.denominator(), now.denominator());
    }

    private static String seriesKey(String indicatorId, String team) {
        return indicatorId + "|" + (team == null ? "" : team);
    }

    /** The authority-level figures of an indicator by period. */
    public NavigableMap<YearMonth, Figure> series(String indicatorId) {
        return series(indicatorId, "");
    }

    public NavigableMap<YearMonth, Figure> series(String indicatorId, String team) {
        return byIndicatorAndTeam.getOrDefault(seriesKey(indicatorId, team), new TreeMap<>());
    }

    /** Teams with figures for an indicator, in name order. */
    public List<String> teams(String indicatorId) {
        return byIndicatorAndTeam.keySet().stream()
                .filter(k -> k.startsWith(indicatorId + "|") && !k.equals(indicatorId + "|"))
                .map(k -> k.substring(indicatorId.length() + 1)).sorted().toList();
    }

    public List<Restatement> restatements() {
        return restatements;
    }

    /** The latest period with any figure, or null when there are none. */
    public YearMonth latestPeriod() {
        return byIndicatorAndTeam.values().stream().filter(m -> !m.isEmpty()).map(NavigableMap::lastKey)
                .max(YearMonth::compareTo).orElse(null);
    }
}
