package org.boardpack.indicators.spc;

/**
 * One stretch of an SPC chart with its own limits: the whole series, or the months from one rebase to the next.
 *
 * @param start  index of its first point in the series (0 for the first segment)
 * @param end    index after its last point
 * @param reason why the limits were recalculated from {@code start}; null for the first segment
 * @param status whether this segment has limits (12 or more values), and whether they are trial limits
 */
public record SpcSegment(int start, int end, String reason, LimitStatus status, Double mean, Double meanMovingRange,
                         Double lowerProcessLimit, Double upperProcessLimit, Double lowerNearLimit,
                         Double upperNearLimit) {

    static SpcSegment of(int start, int end, String reason, SpcResult r) {
        return new SpcSegment(start, end, reason, r.status(), r.mean(), r.meanMovingRange(), r.lowerProcessLimit(),
                r.upperProcessLimit(), r.lowerNearLimit(), r.upperNearLimit());
    }

    public boolean hasLimits() {
        return status != LimitStatus.NOT_ENOUGH_DATA;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }
}
