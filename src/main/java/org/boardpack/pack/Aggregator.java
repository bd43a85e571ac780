package org.boardpack.pack;

import java.time.YearMonth;
import java.util.NavigableMap;

import org.boardpack.indicators.Figure;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;

/**
 * Year-to-date and rolling 12-month figures. For ratio units numerators and denominators are summed and the
 * ratio taken; for units given as a value (caseload, weeks) the monthly values are averaged.
 */
public final class Aggregator {

    private Aggregator() {
    }

    /**
     * The summed numerator and denominator behind the aggregated figure of a ratio unit, or null when a month in
     * the window lacks its counts (or the unit is not a ratio).
     */
    public static double[] counts(Indicator ind, NavigableMap<YearMonth, Figure> series, YearMonth period) {
        var window = series.subMap(from(ind, period), true, period, true).values();
        if (window.isEmpty() || !ind.unit().isRatio()
                || !window.stream().allMatch(f -> f.numerator() != null && f.denominator() != null)) return null;
        return new double[]{window.stream().mapToDouble(Figure::numerator).sum(),
                window.stream().mapToDouble(Figure::denominator).sum()};
    }

    private static YearMonth from(Indicator ind, YearMonth period) {
        return switch (ind.aggregation()) {
            case SNAPSHOT -> period;
            case YTD -> FinancialYear.of(period).firstMonth();
            case ROLLING12 -> period.minusMonths(11);
        };
    }

    /** @return the aggregated figure for the period, or null when there is no figure in the window */
    public static Double aggregate(Indicator ind, NavigableMap<YearMonth, Figure> series, YearMonth period) {
        YearMonth from = from(ind, period);
        var window = series.subMap(from, true, period, true).values();
        if (window.isEmpty()) return null;
        if (ind.unit().isRatio() && window.stream().allMatch(f -> f.numerator() != null && f.denominator() != null)) {
            double n = window.stream().mapToDouble(Figure::numerator).sum();
            double d = window.stream().mapToDouble(Figure::denominator).sum();
            return d > 0 ? ind.unit().scale() * n / d : null;
        }
        return window.stream().mapToDouble(Figure::value).average().orElse(Double.NaN);
    }
}
