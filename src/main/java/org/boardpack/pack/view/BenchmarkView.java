package org.boardpack.pack.view;

import java.math.BigDecimal;

import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.benchmarks.Verdict;
import org.boardpack.indicators.Unit;

/**
 * The LAIT comparison as shown: published figures to the indicator's decimals, verdicts as words, and gaps worked
 * out from the displayed figures (a rated 15.0 against a neighbours' mean shown as 27.1 is a gap of -12.1).
 *
 * @param compared the figure the board is judged on, as compared
 * @param note     why there is no comparison ("no published benchmark"); empty when published
 * @param source   where the comparators come from, in words
 */
public record BenchmarkView(boolean published, Integer year, String note, String source, Shown authorityValue,
                            Shown neighbourMean, Integer neighbourCount, Integer neighbourTotal,
                            String neighboursWithValue, Shown england, Integer rank, Integer rankedCount,
                            String rankText, String band, Shown lowerQuartile, Shown median, Shown upperQuartile,
                            Shown compared, String vsNeighbours, Shown gapNeighbours, String vsEngland,
                            Shown gapEngland) {

    static BenchmarkView of(BenchmarkComparison b, Shown rated, int decimals, Unit unit) {
        boolean published = b.published();
        Shown mean = Numbers.shown(b.neighbourMean(), decimals, unit);
        Shown england = Numbers.shown(b.england(), decimals, unit);
        Shown compared = published ? rated : Shown.NONE;
        return new BenchmarkView(published, b.year(), b.note(), source(b),
                Numbers.shown(b.authorityValue(), decimals, unit), mean,
                published ? b.neighbourCount() : null, published ? b.neighbourTotal() : null,
                published ? b.neighbourCount() + " of " + b.neighbourTotal() : "",
                england, b.rank(), b.rankedCount(),
                b.rank() == null ? "" : b.rank() + (b.rankedCount() == null ? "" : " of " + b.rankedCount()),
                b.band() == null ? "" : b.band().label(),
                Numbers.shown(b.q1(), decimals, unit), Numbers.shown(b.median(), decimals, unit),
                Numbers.shown(b.q3(), decimals, unit), compared,
                word(published ? b.vsNeighbours() : null), gap(compared, mean, decimals, unit),
                word(published ? b.vsEngland() : null), gap(compared, england, decimals, unit));
    }

    /** The displayed figure minus the displayed comparator, so the gap a reader works out is the one shown. */
    static Shown gap(Shown figure, Shown comparator, int decimals, Unit unit) {
        if (figure.number() == null || comparator.number() == null) return Shown.NONE;
        BigDecimal g = figure.number().subtract(comparator.number());
        return Numbers.shown(g, decimals, unit);
    }

    private static String word(Verdict v) {
        return v == null ? "" : v.label();
    }

    private static String source(BenchmarkComparison b) {
        return switch (b.status()) {
            case PUBLISHED -> "DfE published figures (Explore Education Statistics), " + b.year() + ", compared by the LAIT method";
            case NO_DATA -> "DfE published figures: " + b.note();
            case NO_PUBLISHED_BENCHMARK -> "None: local measure, " + b.note();
        };
    }

    /** The published year as DfE labels it: 2025 is "2024-25" (the year to 31 March 2025); "" when none. */
    public String yearLabel() {
        return year == null ? "" : (year - 1) + "-" + String.format("%02d", year % 100);
    }

    /** "October 2026 compared with 2024-25": the month set against the latest published year, said plainly. */
    public String comparedWith(String periodLabel) {
        return year == null ? "" : periodLabel + " compared with " + yearLabel();
    }
}
