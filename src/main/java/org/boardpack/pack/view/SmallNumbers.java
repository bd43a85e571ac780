package org.boardpack.pack.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Unit;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.Restatement;
import org.boardpack.pack.SeriesPoint;
import org.boardpack.pack.Suppression;
import org.boardpack.pack.TeamFigure;

/**
 * The partner edition's small-number suppression for one indicator, decided once for every edition's layout.
 *
 * <p>Primary: a month whose numerator, denominator or (count unit) value is from 1 to the rule's maximum is
 * suppressed: its non-zero counts and its figure are shown as the code (a zero is shown). Secondary, so that no
 * suppressed count can be worked out from what is shown:
 * <ul>
 * <li>a year-to-date or rolling 12-month figure whose window holds a suppressed month, or whose summed counts are
 * themselves small, is suppressed (else the window minus the other months gives the month back);</li>
 * <li>the SPC mean, limits and moving range are withheld when any point of the series is suppressed (the mean
 * times the number of points minus the other points gives it back);</li>
 * <li>a team whose month is suppressed, when it is the only one and the authority's figure is shown, takes the
 * smallest other team with it (else the total minus the other teams gives it back); the same for the month before;</li>
 * <li>a change since last month is not shown when either month is suppressed (the movers);</li>
 * <li>a restatement's old and new figures are both withheld when the month is suppressed now or its old figure
 * was a small count.</li>
 * </ul>
 * Benchmarks are DfE's published figures and are shown as published; gaps to them from a suppressed figure are not
 * shown.
 */
final class SmallNumbers {

    private static final SmallNumbers NONE = new SmallNumbers(null, Set.of(), Set.of(), false, Set.of(), Set.of());

    private final Suppression rule;
    private final Set<YearMonth> months;
    private final Set<YearMonth> ratedMonths;
    private final boolean spcWithheld;
    private final Set<String> teams;
    private final Set<String> teamsPrevious;

    private SmallNumbers(Suppression rule, Set<YearMonth> months, Set<YearMonth> ratedMonths, boolean spcWithheld,
                         Set<String> teams, Set<String> teamsPrevious) {
        this.rule = rule;
        this.months = months;
        this.ratedMonths = ratedMonths;
        this.spcWithheld = spcWithheld;
        this.teams = teams;
        this.teamsPrevious = teamsPrevious;
    }

    /** Nothing suppressed: the full edition. */
    static SmallNumbers none() {
        return NONE;
    }

    static SmallNumbers of(IndicatorResult r, YearMonth period, Suppression rule) {
        if (rule == null) return NONE;
        Set<YearMonth> small = new HashSet<>();
        Map<YearMonth, SeriesPoint> byMonth = new HashMap<>();
        for (SeriesPoint p : r.series()) {
            byMonth.put(p.period(), p);
            if (small(p.numerator(), p.denominator(), p.value(), r.unit(), rule)) small.add(p.period());
        }
        if (small(r.numerator(), r.denominator(), r.value(), r.unit(), rule)) small.add(period);
        Set<YearMonth> rated = new HashSet<>();
        if (r.aggregation() != Aggregation.SNAPSHOT) {
            for (YearMonth m : months(r, period)) {
                double num = 0, den = 0, value = 0;
                boolean hit = false;
                for (YearMonth w : window(r.aggregation(), m)) {
                    if (small.contains(w)) hit = true;
                    SeriesPoint p = byMonth.get(w);
                    if (p == null) continue;
                    num += p.numerator() == null ? 0 : p.numerator();
                    den += p.denominator() == null ? 0 : p.denominator();
                    value += p.value();
                }
                boolean countsSmall = rule.suppresses(num) || rule.suppresses(den)
                        || r.unit() == Unit.COUNT && rule.suppresses(value);
                if (hit || countsSmall) rated.add(m);
            }
        }
        boolean spc = r.spc().hasLimits() && !small.isEmpty();
        return new SmallNumbers(rule, small, rated, spc, teamsWithheld(r, rule, small.contains(period), false),
                teamsWithheld(r, rule, small.contains(period.minusMonths(1)), true));
    }

    /** The months the view shows for the indicator: its series and the period. */
    private static List<YearMonth> months(IndicatorResult r, YearMonth period) {
        List<YearMonth> all = new ArrayList<>();
        for (SeriesPoint p : r.series()) all.add(p.period());
        if (!all.contains(period)) all.add(period);
        return all;
    }

    static List<YearMonth> window(Aggregation a, YearMonth m) {
        List<YearMonth> w = new ArrayList<>();
        YearMonth from = a == Aggregation.YTD ? FinancialYear.of(m).firstMonth() : m.minusMonths(11);
        for (YearMonth x = from; !x.isAfter(m); x = x.plusMonths(1)) w.add(x);
        return w;
    }

    private static boolean small(Double numerator, Double denominator, Double value, Unit unit, Suppression rule) {
        return rule.suppresses(numerator) || rule.suppresses(denominator) || unit == Unit.COUNT && rule.suppresses(value);
    }

    /**
     * The teams withheld for the month (or the month before): those with a small count and, when exactly one is
     * and the authority's own figure is shown, the smallest other team with it.
     */
    private static Set<String> teamsWithheld(IndicatorResult r, Suppression rule, boolean authoritySuppressed, boolean previous) {
        Set<String> out = new HashSet<>();
        List<TeamFigure> shown = new ArrayList<>();
        Map<String, Double> size = new HashMap<>();
        for (TeamFigure t : r.teams()) {
            Double num, den, value;
            if (previous) {
                SeriesPoint p = t.series() == null || t.series().size() < 2 ? null : t.series().get(t.series().size() - 2);
                num = p == null ? null : p.numerator();
                den = p == null ? null : p.denominator();
                value = p == null ? t.previousValue() : Double.valueOf(p.value());
            } else {
                num = t.numerator();
                den = t.denominator();
                value = t.value();
            }
            if (value == null && num == null) continue;
            if (small(num, den, value, r.unit(), rule)) {
                out.add(t.team());
            } else {
                shown.add(t);
                size.put(t.team(), num != null ? num : value == null ? 0 : value);
            }
        }
        if (out.size() == 1 && !authoritySuppressed && !shown.isEmpty()) {
            shown.stream().min(Comparator.comparingDouble((TeamFigure t) -> size.get(t.team())).thenComparing(TeamFigure::team))
                    .ifPresent(t -> out.add(t.team()));
        }
        return out;
    }

    boolean active() {
        return rule != null;
    }

    /** The month's figure: withheld when the month is suppressed, unless it is zero. */
    Shown month(YearMonth m, Shown s, Double raw) {
        return active() && !s.isBlank() && months.contains(m) && !zero(raw) ? code() : s;
    }

    /** One of the month's counts (numerator, denominator): a zero is shown. */
    Shown count(YearMonth m, Shown s, Double raw) {
        return month(m, s, raw);
    }

    /** A year-to-date or rolling figure at the month. */
    Shown rated(YearMonth m, Shown s, boolean aggregated) {
        if (!active() || s.isBlank()) return s;
        if (aggregated) return ratedMonths.contains(m) ? code() : s;
        return months.contains(m) ? code() : s;
    }

    boolean spcWithheld() {
        return active() && spcWithheld;
    }

    Shown spc(Shown s) {
        return spcWithheld() && !s.isBlank() ? code() : s;
    }

    Shown team(String team, Shown s, Double raw) {
        return active() && !s.isBlank() && teams.contains(team) && !zero(raw) ? code() : s;
    }

    Shown teamPrevious(String team, Shown s, Double raw) {
        return active() && !s.isBlank() && teamsPrevious.contains(team) && !zero(raw) ? code() : s;
    }

    Shown code() {
        return Shown.suppressed(rule.code());
    }

    private static boolean zero(Double raw) {
        return raw != null && raw == 0;
    }

    /**
     * Whether a restatement's figures are withheld: the month is suppressed now, or its old figure was a small
     * count (for a percentage or rate, the old figure times the month's denominator now).
     */
    static boolean restatementWithheld(Restatement s, IndicatorResult r, YearMonth period, Suppression rule) {
        if (rule == null) return false;
        if (r == null) return true;
        for (Double count : new Double[]{s.oldNumerator(), s.oldDenominator(), s.newNumerator(), s.newDenominator()}) {
            if (rule.suppresses(count)) return true;
        }
        SmallNumbers n = of(r, period, rule);
        if (n.months.contains(s.period())) return true;
        List<SeriesPoint> series = r.series();
        if (!s.team().isEmpty()) {
            series = r.teams().stream().filter(t -> t.team().equals(s.team())).findFirst()
                    .map(t -> t.series() == null ? List.<SeriesPoint>of() : t.series()).orElse(List.of());
            if (n.teams.contains(s.team()) && s.period().equals(period)) return true;
            if (n.teamsPrevious.contains(s.team()) && s.period().equals(period.minusMonths(1))) return true;
            for (SeriesPoint p : series) {
                if (p.period().equals(s.period()) && small(p.numerator(), p.denominator(), p.value(), r.unit(), rule)) return true;
            }
        }
        if (r.unit() == Unit.COUNT) return rule.suppresses(s.oldValue()) || rule.suppresses(s.newValue());
        Double den = null;
        for (SeriesPoint p : series) if (p.period().equals(s.period())) den = p.denominator();
        if (den == null) return false;
        double scale = r.unit() == Unit.PERCENT ? 100 : r.unit() == Unit.RATE_PER_10K ? 10_000 : 0;
        if (scale == 0) return false;
        double oldCount = Math.round(s.oldValue() * den / scale);
        return rule.suppresses(oldCount) || rule.suppresses((double) Math.round(s.newValue() * den / scale));
    }
}
