package org.boardpack.pack.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.indicators.spc.SpcCalculator;
import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.indicators.spc.SpcSegment;
import org.boardpack.pack.PeriodLabels;

/**
 * The SPC chart in one plain sentence, the Making Data Count way, instead of a list of rule breaches: what the
 * latest point says and since when ("Special cause of concern: 8 months running above the mean since March 2026";
 * "Common cause variation only: no signal in the last 24 months"); the prompt to consider new limits after a
 * sustained shift; and the recalculated limits with their reasons.
 */
final class SpcWords {

    static final String NOT_ENOUGH = "Not enough data for SPC limits";

    private SpcWords() {
    }

    /**
     * @param start the month of the series' first point
     * @param lower the current lower process limit as shown, {@code upper} the upper
     */
    static String sentence(SpcResult spc, YearMonth start, Shown lower, Shown upper) {
        SpcPoint last = spc.lastPoint();
        if (start == null || last == null) return NOT_ENOUGH + ": no figures";
        SpcSegment seg = spc.segmentOf(last.index());
        if (!seg.hasLimits()) {
            long present = spc.points().subList(seg.start(), seg.end()).stream().filter(p -> !p.isMissing()).count();
            return NOT_ENOUGH + (spc.rebased() ? " since they were recalculated from " + month(start, seg.start()) : "")
                    + ": " + present + " month" + (present == 1 ? "" : "s") + " with a figure, "
                    + SpcCalculator.MIN_POINTS_FOR_LIMITS + " needed";
        }
        if (!last.isSpecialCause()) {
            int lastSpecial = -1;
            for (SpcPoint p : spc.points()) if (p.isSpecialCause()) lastSpecial = p.index();
            int quiet = lastSpecial < 0 ? spc.points().size() : last.index() - lastSpecial;
            String since = lastSpecial < 0 ? "" : " (the last was in " + month(start, lastSpecial) + ", "
                    + shortSignal(spc.points().get(lastSpecial).signal()) + ")";
            return "Common cause variation only: no signal in the last " + months(quiet) + since;
        }
        String limit = seg.status() == org.boardpack.indicators.spc.LimitStatus.TRIAL ? "trial limit" : "process limit";
        String what = switch (last.rule()) {
            case OUTSIDE_LIMITS -> month(start, last.index()) + (last.high()
                    ? " above the upper " + limit + " (" + upper.withUnit() + ")"
                    : " below the lower " + limit + " (" + lower.withUnit() + ")");
            case TREND -> {
                int from = trendStart(spc, seg, last.index());
                yield (last.index() - from + 1) + " months running, each " + (last.high() ? "higher" : "lower")
                        + " than the one before, since " + month(start, from);
            }
            case TWO_OF_THREE_NEAR_LIMIT -> "2 of the last 3 months close to the " + (last.high() ? "upper " : "lower ")
                    + limit;
            case SHIFT -> {
                int from = sideStart(spc, seg, last.index());
                yield (last.index() - from + 1) + " months running " + (last.high() ? "above" : "below")
                        + " the mean since " + month(start, from);
            }
            case NONE -> "";
        };
        return headline(last.signal()) + ": " + what;
    }

    /**
     * "A sustained shift since March 2026: consider recalculating the limits" when the series ends with a run of 7
     * or more points on one side of its mean (the last point included) that no rebase starts; "" otherwise. The pack
     * never rebases on its own.
     */
    static String shiftPrompt(SpcResult spc, YearMonth start) {
        SpcPoint last = spc.lastPoint();
        if (start == null || last == null) return "";
        SpcSegment seg = spc.segmentOf(last.index());
        if (!seg.hasLimits() || side(last.value(), seg.mean()) == 0) return "";
        int from = sideStart(spc, seg, last.index());
        if (last.index() - from + 1 < SpcCalculator.RUN_LENGTH) return "";
        return "A sustained shift since " + month(start, from) + ": consider recalculating the limits";
    }

    /** "Limits recalculated from April 2025: new front door", one per rebase in the chart. */
    static List<String> rebaseNotes(SpcResult spc, YearMonth start) {
        List<String> notes = new ArrayList<>();
        if (start == null) return notes;
        for (SpcSegment s : spc.segments()) {
            if (s.reason() != null) notes.add("Limits recalculated from " + month(start, s.start()) + ": " + s.reason());
        }
        return notes;
    }

    /** Where the run of points on the last point's side of its segment's mean starts. */
    private static int sideStart(SpcResult spc, SpcSegment seg, int last) {
        int side = side(spc.points().get(last).value(), seg.mean());
        int i = last;
        while (i - 1 >= seg.start()) {
            Double v = spc.points().get(i - 1).value();
            if (v == null || side(v, seg.mean()) != side) break;
            i--;
        }
        return i;
    }

    /** Where the run of steps the same way as the last one starts (its first point). */
    private static int trendStart(SpcResult spc, SpcSegment seg, int last) {
        int direction = step(spc, last);
        int i = last;
        while (i - 1 > seg.start() && step(spc, i - 1) == direction) i--;
        return i - 1;
    }

    private static int step(SpcResult spc, int i) {
        Double a = spc.points().get(i - 1).value(), b = spc.points().get(i).value();
        if (a == null || b == null) return 0;
        return Double.compare(b, a) > 0 ? 1 : Double.compare(b, a) < 0 ? -1 : 0;
    }

    private static int side(Double v, Double mean) {
        if (v == null || mean == null) return 0;
        return Double.compare(v, mean) > 0 ? 1 : Double.compare(v, mean) < 0 ? -1 : 0;
    }

    private static String headline(PointSignal s) {
        return switch (s) {
            case CONCERN -> "Special cause of concern";
            case IMPROVEMENT -> "Special cause of improvement";
            default -> "Special cause variation (no better direction)";
        };
    }

    private static String shortSignal(PointSignal s) {
        return switch (s) {
            case CONCERN -> "concern";
            case IMPROVEMENT -> "improvement";
            default -> "neither better nor worse";
        };
    }

    private static String months(int n) {
        return n == 1 ? "month" : n + " months";
    }

    private static String month(YearMonth start, int index) {
        return PeriodLabels.longLabel(start.plusMonths(index));
    }
}
