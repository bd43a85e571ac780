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
 * @param segments          the chart's segments in order: one for the whole series unless limits were rebased;
 *                          the fields above are the last segment's
 */
public record SpcResult(LimitStatus status, Double mean, Double meanMovingRange, Double lowerProcessLimit,
                        Double upperProcessLimit, Double lowerNearLimit, Double upperNearLimit, List<SpcPoint> points,
                        VariationIcon variation, AssuranceIcon assurance, List<SpcSegment> segments) {

    public SpcResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(assurance, "assurance");
        points = List.copyOf(points);
        if (segments == null || segments.isEmpty()) {
            segments = List.of(new SpcSegment(0, points.size(), null, status, mean, meanMovingRange,
                    lowerProcessLimit, upperProcessLimit, lowerNearLimit, upperNearLimit));
        } else {
            segments = List.copyOf(segments);
        }
    }

    /** One chart over the whole series (no rebase). */
    public SpcResult(LimitStatus status, Double mean, Double meanMovingRange, Double lowerProcessLimit,
                     Double upperProcessLimit, Double lowerNearLimit, Double upperNearLimit, List<SpcPoint> points,
                     VariationIcon variation, AssuranceIcon assurance) {
        this(status, mean, meanMovingRange, lowerProcessLimit, upperProcessLimit, lowerNearLimit, upperNearLimit,
                points, variation, assurance, null);
    }

    /** The segment the point at this index belongs to. */
    public SpcSegment segmentOf(int index) {
        for (int k = segments.size() - 1; k >= 0; k--) {
            if (index >= segments.get(k).start()) return segments.get(k);
        }
        return segments.get(0);
    }

    /** Whether the limits were recalculated at least once. */
    public boolean rebased() {
        return segments.size() > 1;
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
