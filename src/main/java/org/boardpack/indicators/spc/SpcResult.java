package org.boardpack.indicators.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The SPC (XmR) analysis of one series. With {@link LimitStatus#NOT_ENOUGH_DATA} the mean, the mean moving range
 * and all limits are null, every point is common cause, the variation icon is NOT_ENOUGH_DATA and the assurance
 * icon NONE.
 *
 * @param status            whether there are limits, and whether they are trial limits
 * @param mean              mean of the baseline values (the centre line)
 * @param meanMovingRange   mean of the moving ranges inside the baseline
 * @param lowerProcessLimit mean - 2.66 x mean moving range
 * @param upperProcessLimit mean + 2.66 x mean moving range
 * @param lowerNearLimit    mean - (2/3 x 2.66) x mean moving range (the "two sigma" line)
 * @param upperNearLimit    mean + (2/3 x 2.66) x mean moving range
 * @param points            every point of the series, in order, missing ones included
 * @param variation         the variation icon, from the last point that has a value
 * @param assurance         the assurance icon, from the target against the process limits
 */
public record SpcResult(LimitStatus status, Double mean, Double meanMovingRange, Double lowerProcessLimit,
                        Double upperProcessLimit, Double lowerNearLimit, Double upperNearLimit, List<SpcPoint> points,
                        VariationIcon variation, AssuranceIcon assurance) {

    public SpcResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(assurance, "assurance");
        points = List.copyOf(points);
    }

    public boolean hasLimits() {
        return status != LimitStatus.NOT_ENOUGH_DATA;
    }

    public boolean isTrial() {
        return status == LimitStatus.TRIAL;
    }

    /** @return the last point that has a value (the one the variation icon is read from), or null if none has */
    public SpcPoint lastPoint() {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (!points.get(i).isMissing()) return points.get(i);
        }
        return null;
    }

    /**
     * A copy for display: the mean, mean moving range and the four limits rounded half-up (away from zero, as
     * Excel's ROUND) to {@code decimals} places. Points, rules and icons are unchanged: they were decided on the
     * unrounded figures.
     */
    public SpcResult rounded(int decimals) {
        if (decimals < 0) throw new IllegalArgumentException("decimals must be 0 or more: " + decimals);
        return new SpcResult(status, round(mean, decimals), round(meanMovingRange, decimals),
                round(lowerProcessLimit, decimals), round(upperProcessLimit, decimals),
                round(lowerNearLimit, decimals), round(upperNearLimit, decimals), points, variation, assurance);
    }

    /** Rounds half-up (away from zero) on the decimal text of the double; null stays null. */
    public static Double round(Double value, int decimals) {
        if (value == null) return null;
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
