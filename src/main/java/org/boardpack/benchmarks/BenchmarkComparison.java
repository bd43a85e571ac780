package org.boardpack.benchmarks;

import java.math.BigDecimal;

/**
 * The LAIT comparison of one indicator for the authority, in its latest benchmark year. Nothing is rounded:
 * display rounding (to the indicator's decimals) is the caller's. Fields that do not apply are null.
 *
 * @param indicatorId    the catalogue id
 * @param status         PUBLISHED, or why there is no comparison
 * @param year           the benchmark year (canonical: the year the period ends in), null without one
 * @param authorityCode  the authority's 3-digit old LA code
 * @param authorityValue the authority's published value that year; null when suppressed or not published
 * @param neighbourMean  simple mean of the statistical neighbours' values that are present; null when none is
 * @param neighbourCount how many neighbours had a value (the mean's divisor)
 * @param neighbourTotal how many neighbours the authority has (normally 10)
 * @param england        the National row's value
 * @param rank           rank of the authority among all LAs with a value, 1 = best, ties sharing the lowest rank;
 *                       null without polarity or without an authority value
 * @param rankedCount    how many LAs had a value (and were ranked); null without polarity
 * @param band           quartile band A (best) to D; null without polarity or without an authority value
 * @param q1             lower quartile of all LA values (type 7), whatever the polarity; null when no LA value
 * @param median         median of all LA values
 * @param q3             upper quartile of all LA values
 * @param monthly        the authority's latest monthly figure passed in, or null
 * @param vsNeighbours   the monthly figure against the neighbours' mean; null without either
 * @param gapNeighbours  monthly minus neighbours' mean
 * @param vsEngland      the monthly figure against England; null without either
 * @param gapEngland     monthly minus England
 */
public record BenchmarkComparison(String indicatorId, Status status, Integer year, String authorityCode,
                                  BigDecimal authorityValue, BigDecimal neighbourMean, int neighbourCount,
                                  int neighbourTotal, BigDecimal england, Integer rank, Integer rankedCount, Band band,
                                  BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal monthly,
                                  Verdict vsNeighbours, BigDecimal gapNeighbours, Verdict vsEngland,
                                  BigDecimal gapEngland) {

    public enum Status {
        /** Figures were found for the authority or England. */
        PUBLISHED,
        /** The indicator has no benchmark spec: DfE publishes no comparable figure. */
        NO_PUBLISHED_BENCHMARK,
        /** The indicator has a spec but benchmarks.csv has no figure for the authority or England in any year. */
        NO_DATA
    }

    /** The comparison for an indicator whose catalogue row has no benchmark spec. */
    public static BenchmarkComparison noPublishedBenchmark(String indicatorId, String authorityCode) {
        return empty(indicatorId, Status.NO_PUBLISHED_BENCHMARK, authorityCode);
    }

    /** The comparison for an indicator with a spec when no benchmark files were imported. */
    public static BenchmarkComparison noData(String indicatorId) {
        return empty(indicatorId, Status.NO_DATA, null);
    }

    static BenchmarkComparison empty(String indicatorId, Status status, String authorityCode) {
        return new BenchmarkComparison(indicatorId, status, null, authorityCode, null, null, 0, 0, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    /** Plain words for the pack when there is no comparison: "no published benchmark", ...; "" when published. */
    public String note() {
        return switch (status) {
            case PUBLISHED -> "";
            case NO_PUBLISHED_BENCHMARK -> "no published benchmark";
            case NO_DATA -> "no published figures imported (run the benchmark import)";
        };
    }
}
