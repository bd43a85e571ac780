package org.boardpack.pack.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.boardpack.indicators.Direction;
import org.boardpack.pack.IndicatorResult;

/**
 * The one ranking of the biggest movers since last month, for every edition: the displayed change against the
 * indicator's usual month-to-month variation (its SPC mean moving range), so moves in different units compare;
 * indicators without a mean moving range come after, by the change relative to last month's displayed figure;
 * ties by name. Only indicators with both figures and a direction of travel other than "no change" move. A move
 * resting on small numbers (this or last month's denominator below the pack's threshold) is left out and listed.
 */
final class MoverRanking {

    static final int HOW_MANY = 5;
    static final String AGAINST_VARIATION = "against usual variation";
    static final String RELATIVE = "relative change";

    private record Ranked(Mover mover, int group, double score) {
    }

    private MoverRanking() {
    }

    /** The movers, biggest first, and the moves left out for small numbers, in pack order. */
    record Ranking(List<Mover> movers, List<IndicatorView> excluded) {
    }

    static List<Mover> of(List<IndicatorResult> results, List<IndicatorView> views) {
        return rank(results, views, 0).movers();
    }

    static Ranking rank(List<IndicatorResult> results, List<IndicatorView> views, int smallNumbers) {
        List<Ranked> ranked = new ArrayList<>();
        List<IndicatorView> excluded = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            IndicatorResult r = results.get(i);
            IndicatorView v = views.get(i);
            Direction d = r.directionMonth();
            if (v.value().number() == null || v.previous().number() == null) continue; // no figure, or suppressed
            if (d == Direction.NO_CHANGE || d == Direction.NOT_AVAILABLE) continue;
            if (restsOnSmallNumbers(r, smallNumbers)) {
                excluded.add(v);
                continue;
            }
            BigDecimal change = v.value().number().subtract(v.previous().number());
            Shown shown = Numbers.shown(change, v.decimals(), v.unit());
            Double mmr = r.spc().meanMovingRange();
            if (mmr != null && mmr > 0) {
                ranked.add(new Ranked(new Mover(v, shown, AGAINST_VARIATION), 0, change.abs().doubleValue() / mmr));
            } else {
                BigDecimal before = v.previous().number().abs();
                double relative = before.signum() == 0 ? Double.MAX_VALUE
                        : change.abs().divide(before, MathContext.DECIMAL64).doubleValue();
                ranked.add(new Ranked(new Mover(v, shown, RELATIVE), 1, relative));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::group)
                .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparing(x -> x.mover().indicator().name())
                .thenComparing(x -> x.mover().indicator().id()));
        return new Ranking(ranked.stream().limit(HOW_MANY).map(Ranked::mover).toList(), List.copyOf(excluded));
    }

    /** This month's or last month's denominator is below the threshold. */
    static boolean restsOnSmallNumbers(IndicatorResult r, int threshold) {
        if (IndicatorViews.isSmall(r.denominator(), threshold)) return true;
        List<org.boardpack.pack.SeriesPoint> s = r.series();
        if (s.size() < 2) return false;
        var before = s.get(s.size() - 2);
        var last = s.get(s.size() - 1);
        return before.period().plusMonths(1).equals(last.period()) && IndicatorViews.isSmall(before.denominator(), threshold);
    }
}
