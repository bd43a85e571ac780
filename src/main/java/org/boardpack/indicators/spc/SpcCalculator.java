package org.boardpack.indicators.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.boardpack.indicators.Polarity;

/**
 * Statistical process control for one series: an XmR chart by the NHS "Making Data Count" rules, with the
 * conventions of NHSRplotthedots and without outlier screening (as the MDC Excel tool).
 *
 * <h2>Limits</h2>
 * The baseline is every point, or the first {@code baselinePoints} positions of the series. Mean = mean of the
 * baseline values; moving range mR(i) = |y(i) - y(i-1)|; mean mR = mean of the moving ranges whose two points are
 * both in the baseline. Process limits: mean +/- 2.66 x mean mR; near limits: mean +/- (2/3 x 2.66) x mean mR. The
 * limits from the baseline apply to every point, baseline or not.
 *
 * <h2>Special cause, first rule that applies</h2>
 * <ol>
 * <li>OUTSIDE_LIMITS: the value is strictly above the upper or strictly below the lower process limit.</li>
 * <li>TREND: the point is part of a run of 7 (or more) consecutive points each strictly higher (or each strictly
 * lower) than the one before; an equal value ends the run. Every point of the run is flagged. A turning point that
 * ends a rising run and starts a falling one (or the reverse) takes the direction of the later run
 * (NHSRplotthedots: "if a point is part of a trend either side, use right side").</li>
 * <li>TWO_OF_THREE_NEAR_LIMIT: a point is "near" when it is strictly beyond a near limit but not outside the process
 * limits (on a process limit counts as near). Over every window of 3 consecutive points that are all strictly on
 * the same side of the mean and hold at least 2 near points, the near points of the window are flagged; the other
 * point of the window is not (it is only context). This is NHSRplotthedots' {@code ptd_two_in_three} /
 * {@code ptd_part_of_two_in_three}, and what MDC describe for their Excel tool: "requires all three are on the same
 * side of the mean, and only highlights the points beyond two-sigma". A point outside the process limits is not
 * "near", so it does not count towards the 2 (it is flagged by rule 1 anyway).</li>
 * <li>SHIFT: the point is part of a run of 7 (or more) consecutive points strictly on one side of the mean; a point
 * exactly on the mean ends the run. Every point of the run is flagged.</li>
 * </ol>
 * Runs and windows are tested over every point, baseline or not.
 *
 * <h2>Signals and icons</h2>
 * A special-cause point is "high" when it is above the mean (rules 1, 3, 4) or part of a rising run (rule 2,
 * NHSRplotthedots since its fix for trends below the mean). High is IMPROVEMENT for higher-is-better and CONCERN for
 * lower-is-better (mirrored for low); NEUTRAL_HIGH / NEUTRAL_LOW without polarity. The variation icon comes from the
 * last point that has a value. The assurance icon compares the target with the process limits: for
 * higher-is-better a target strictly below the lower limit is consistently passed and strictly above the upper
 * limit consistently failed (mirrored for lower-is-better); otherwise hit and miss; NONE without a target, without
 * polarity or without limits.
 *
 * <h2>Enough data</h2>
 * Counted over the baseline values that are present: fewer than 12, or no moving range at all, gives NOT_ENOUGH_DATA
 * (no mean, no limits, every point common cause, no icons); 12 to 19 gives TRIAL limits; 20 or more FULL.
 *
 * <h2>Missing values (null)</h2>
 * A missing value keeps its position (the series is monthly) but is left out of everything: it is not in the mean
 * or the point count; no moving range is computed to it or across it (the point after a gap has none, so the
 * range across the gap is not in the mean mR); and it breaks every run and window, because "consecutive" cannot be
 * shown across an unknown month (a 7-point shift or trend, or a 2-of-3 window, must not span a gap). A missing point
 * is reported with rule NONE and signal COMMON. The variation icon is read from the last point with a value.
 */
public final class SpcCalculator {

    /** The XmR constant: 3 sigma limits are 2.66 mean moving ranges from the mean. */
    public static final double LIMIT_FACTOR = 2.66;
    /** Near ("two sigma") limits: 2/3 of the way to the process limits, computed as NHSRplotthedots does. */
    public static final double NEAR_LIMIT_FACTOR = 2 * (LIMIT_FACTOR / 3);
    /** Fewer baseline values than this: no limits. */
    public static final int MIN_POINTS_FOR_LIMITS = 12;
    /** Fewer baseline values than this (and at least {@link #MIN_POINTS_FOR_LIMITS}): trial limits. */
    public static final int MIN_POINTS_FOR_FULL_LIMITS = 20;
    /** Length of a trend or a shift. */
    public static final int RUN_LENGTH = 7;

    private SpcCalculator() {
    }

    /** Analyses the series with every point as the baseline. */
    public static SpcResult analyse(List<Double> values, Polarity polarity, Double target) {
        return analyse(values, polarity, target, Integer.MAX_VALUE);
    }

    /**
     * Analyses the series with limits from the first {@code baselinePoints} positions (missing values included in
     * the count of positions); the limits then apply to every point. A baseline longer than the series is the whole
     * series.
     *
     * @param values         the series in time order; null for a missing value
     * @param polarity       which direction is better (NONE for no direction)
     * @param target         the target, or null for none
     * @param baselinePoints how many leading positions form the baseline, at least 1
     */
    public static SpcResult analyse(List<Double> values, Polarity polarity, Double target, int baselinePoints) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(polarity, "polarity");
        if (baselinePoints < 1) throw new IllegalArgumentException("baselinePoints must be 1 or more: " + baselinePoints);
        if (target != null && !Double.isFinite(target)) throw new IllegalArgumentException("target is not finite: " + target);
        int n = values.size();
        Double[] y = values.toArray(new Double[0]);
        for (int i = 0; i < n; i++) {
            if (y[i] != null && !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("value at index " + i + " is not finite: " + y[i]);
            }
        }
        Double[] movingRange = new Double[n];
        for (int i = 1; i < n; i++) {
            if (y[i] != null && y[i - 1] != null) movingRange[i] = Math.abs(y[i] - y[i - 1]);
        }

        int baselineEnd = Math.min(baselinePoints, n);
        double sum = 0;
        int count = 0;
        double mrSum = 0;
        int mrCount = 0;
        for (int i = 0; i < baselineEnd; i++) {
            if (y[i] != null) {
                sum += y[i];
                count++;
            }
            if (movingRange[i] != null) {
                mrSum += movingRange[i];
                mrCount++;
            }
        }

        if (count < MIN_POINTS_FOR_LIMITS || mrCount == 0) {
            List<SpcPoint> points = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                points.add(new SpcPoint(i, y[i], movingRange[i], SpecialCauseRule.NONE, PointSignal.COMMON, false));
            }
            return new SpcResult(LimitStatus.NOT_ENOUGH_DATA, null, null, null, null, null, null, points,
                    VariationIcon.NOT_ENOUGH_DATA, AssuranceIcon.NONE);
        }

        LimitStatus status = count < MIN_POINTS_FOR_FULL_LIMITS ? LimitStatus.TRIAL : LimitStatus.FULL;
        double mean = sum / count;
        double meanMr = mrSum / mrCount;
        double lpl = mean - LIMIT_FACTOR * meanMr;
        double upl = mean + LIMIT_FACTOR * meanMr;
        double lnl = mean - NEAR_LIMIT_FACTOR * meanMr;
        double unl = mean + NEAR_LIMIT_FACTOR * meanMr;

        // side: +1 above the mean, -1 below, 0 on it or missing
        int[] side = new int[n];
        boolean[] outside = new boolean[n];
        boolean[] near = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (y[i] == null) continue;
            side[i] = Double.compare(y[i], mean) > 0 ? 1 : (Double.compare(y[i], mean) < 0 ? -1 : 0);
            outside[i] = y[i] > upl || y[i] < lpl;
            near[i] = !outside[i] && (y[i] > unl || y[i] < lnl);
        }

        // Rule 2: every window of 7 consecutive present points, each strictly above (below) the one before.
        // Windows are visited in time order, so a turning point in two runs keeps the later run's direction.
        int[] trend = new int[n];
        for (int end = RUN_LENGTH - 1; end < n; end++) {
            int direction = stepDirection(y, end);
            if (direction == 0) continue;
            boolean run = true;
            for (int i = end - RUN_LENGTH + 2; i < end && run; i++) {
                run = stepDirection(y, i) == direction;
            }
            if (run) {
                for (int i = end - RUN_LENGTH + 1; i <= end; i++) trend[i] = direction;
            }
        }

        // Rule 3: every window of 3 consecutive present points all strictly on one side of the mean with 2 or 3 near
        // points: flag the near points of the window.
        boolean[] twoOfThree = new boolean[n];
        for (int start = 0; start + 2 < n; start++) {
            int s = side[start];
            if (s == 0 || side[start + 1] != s || side[start + 2] != s) continue; // also excludes missing points
            int nearCount = 0;
            for (int i = start; i < start + 3; i++) if (near[i]) nearCount++;
            if (nearCount >= 2) {
                for (int i = start; i < start + 3; i++) if (near[i]) twoOfThree[i] = true;
            }
        }

        // Rule 4: maximal runs of present points strictly on one side of the mean, 7 or longer.
        boolean[] shift = new boolean[n];
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || side[i] == 0 || side[i] != side[runStart]) {
                if (side[runStart] != 0 && i - runStart >= RUN_LENGTH) {
                    for (int j = runStart; j < i; j++) shift[j] = true;
                }
                runStart = i;
            }
        }

        List<SpcPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SpecialCauseRule rule;
            boolean high;
            if (outside[i]) {
                rule = SpecialCauseRule.OUTSIDE_LIMITS;
                high = side[i] > 0;
            } else if (trend[i] != 0) {
                rule = SpecialCauseRule.TREND;
                high = trend[i] > 0;
            } else if (twoOfThree[i]) {
                rule = SpecialCauseRule.TWO_OF_THREE_NEAR_LIMIT;
                high = side[i] > 0;
            } else if (shift[i]) {
                rule = SpecialCauseRule.SHIFT;
                high = side[i] > 0;
            } else {
                rule = SpecialCauseRule.NONE;
                high = false;
            }
            PointSignal signal = rule == SpecialCauseRule.NONE ? PointSignal.COMMON : signal(polarity, high);
            points.add(new SpcPoint(i, y[i], movingRange[i], rule, signal, high));
        }

        SpcPoint last = null;
        for (int i = n - 1; i >= 0 && last == null; i--) {
            if (y[i] != null) last = points.get(i);
        }
        VariationIcon variation = VariationIcon.of(last.signal(), last.high());
        AssuranceIcon assurance = assurance(polarity, target, lpl, upl);
        return new SpcResult(status, mean, meanMr, lpl, upl, lnl, unl, points, variation, assurance);
    }

    /**
     * Analyses the series in segments, as NHSRplotthedots' {@code rebase}: each declared rebase starts a new segment
     * at its position, and every segment is a chart of its own (its own mean, mean moving range and limits, from its
     * points only; the moving range across a break is not computed; runs and windows never span a break; fewer
     * than 12 values in a segment gives that segment no limits). The result's mean, limits, status and icons are
     * the last segment's; {@link SpcResult#segments()} holds each one.
     *
     * @param rebases the positions (0-based, 1 to size-1) where new limits start, with the reason for each;
     *                positions outside the series are ignored
     */
    public static SpcResult analyse(List<Double> values, Polarity polarity, Double target,
                                    java.util.SortedMap<Integer, String> rebases) {
        Objects.requireNonNull(values, "values");
        java.util.List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (Integer at : rebases.keySet()) if (at > 0 && at < values.size()) starts.add(at);
        if (starts.size() == 1) return analyse(values, polarity, target);
        List<SpcPoint> points = new ArrayList<>(values.size());
        List<SpcSegment> segments = new ArrayList<>();
        SpcResult last = null;
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : values.size();
            last = analyse(values.subList(from, to), polarity, target);
            for (SpcPoint p : last.points()) {
                points.add(new SpcPoint(p.index() + from, p.value(), p.movingRange(), p.rule(), p.signal(), p.high()));
            }
            segments.add(SpcSegment.of(from, to, k == 0 ? null : rebases.get(from), last));
        }
        return new SpcResult(last.status(), last.mean(), last.meanMovingRange(), last.lowerProcessLimit(),
                last.upperProcessLimit(), last.lowerNearLimit(), last.upperNearLimit(), points, last.variation(),
                last.assurance(), segments);
    }

    /** +1 when y[i] is strictly above y[i-1], -1 strictly below, 0 when equal or either is missing (or i = 0). */
    private static int stepDirection(Double[] y, int i) {
        if (i < 1 || y[i] == null || y[i - 1] == null) return 0;
        return Double.compare(y[i], y[i - 1]) > 0 ? 1 : (Double.compare(y[i], y[i - 1]) < 0 ? -1 : 0);
    }

    private static PointSignal signal(Polarity polarity, boolean high) {
        return switch (polarity) {
            case HIGHER -> high ? PointSignal.IMPROVEMENT : PointSignal.CONCERN;
            case LOWER -> high ? PointSignal.CONCERN : PointSignal.IMPROVEMENT;
            case NONE -> high ? PointSignal.NEUTRAL_HIGH : PointSignal.NEUTRAL_LOW;
        };
    }

    private static AssuranceIcon assurance(Polarity polarity, Double target, double lpl, double upl) {
        if (target == null || polarity == Polarity.NONE) return AssuranceIcon.NONE;
        boolean higherIsBetter = polarity == Polarity.HIGHER;
        if (target < lpl) return higherIsBetter ? AssuranceIcon.CONSISTENTLY_PASSES : AssuranceIcon.CONSISTENTLY_FAILS;
        if (target > upl) return higherIsBetter ? AssuranceIcon.CONSISTENTLY_FAILS : AssuranceIcon.CONSISTENTLY_PASSES;
        return AssuranceIcon.HIT_AND_MISS;
    }
}
