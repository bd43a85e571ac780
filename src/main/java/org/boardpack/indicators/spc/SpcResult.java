package org.boardpack.indicators.spc;

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
}
