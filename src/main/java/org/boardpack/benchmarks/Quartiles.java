package org.boardpack.benchmarks;

import java.math.BigDecimal;

/**
 * Lower quartile, median and upper quartile, computed by linear interpolation between order statistics
 * (R's {@code quantile(type = 7)}, numpy's default, Excel's QUARTILE.INC) with exact decimal arithmetic.
 *
 * @param count how many values they were computed from
 */
public record Quartiles(BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal min, BigDecimal max, int count) {
}
