package org.boardpack.pack;

import java.math.BigDecimal;

/**
 * The published comparators of one benchmark year (the year the reporting period ends in): the statistical
 * neighbours' mean and England, unrounded; null when not published.
 */
public record BenchmarkYear(int year, BigDecimal neighbourMean, BigDecimal england) {
}
