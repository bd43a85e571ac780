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

    /** @return the aggregated figure for the period, or null when there is no figure in the window */
    public static Double aggregate(Indicator ind, NavigableMap<YearMonth, Figure> series, YearMonth period) {
        YearMonth from = switch (ind.aggregation()) {
            case SNAPSHOT -> period;
            case YTD -> FinancialYear.of(period).firstMonth();
            case ROLLING12 -> period.minusMonths(11);
        };
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
