package org.boardpack.pack.view;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.indicators.spc.SpcSegment;
import org.boardpack.pack.BenchmarkYear;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.RatedPoint;
import org.boardpack.pack.SeriesPoint;
import org.boardpack.pack.TeamFigure;
import org.boardpack.pack.YearTarget;

/** Builds an {@link IndicatorView} from the model's result: formatting, wording, SPC display limits, chart series. */
final class IndicatorViews {

    static final String MISSING_FIGURE = "no figure";

    private IndicatorViews() {
    }

    static IndicatorView of(IndicatorResult r, YearMonth period, StatusPalette palette) {
        return of(r, period, palette, PackModel.SMALL_NUMBERS_DEFAULT, SmallNumbers.none());
    }

    /**
     * The view flagging denominators below {@code smallNumbers}, with the edition's small numbers withheld
     * ({@link SmallNumbers#none()} for the full edition).
     */
    static IndicatorView of(IndicatorResult r, YearMonth period, StatusPalette palette, int smallNumbers, SmallNumbers n) {
        int d = r.decimals();
        Unit u = r.unit();
        boolean aggregated = r.aggregation() != Aggregation.SNAPSHOT;
        Shown rated = aggregated ? n.rated(period, Numbers.shown(r.ratedValue(), d, u), true)
                : n.month(period, Numbers.shown(r.ratedValue(), d, u), r.ratedValue());
        String headline = "rated on " + Wording.ratedOn(r.aggregation()) + ": " + rated.withUnitOr(MISSING_FIGURE)
                + ", " + r.rag().label();
        List<TeamView> teams = new ArrayList<>();
        for (TeamFigure t : r.teams()) {
            teams.add(new TeamView(Wording.team(t.team()), n.team(t.team(), Numbers.shown(t.value(), d, u), t.value()),
                    n.team(t.team(), Numbers.count(t.numerator()), t.numerator()),
                    n.team(t.team(), Numbers.count(t.denominator()), t.denominator()),
                    n.teamPrevious(t.team(), Numbers.shown(t.previousValue(), d, u), t.previousValue())));
        }
        BenchmarkView benchmark = BenchmarkView.of(r.benchmark(), rated, d, u);
        Shown value = n.month(period, Numbers.shown(r.value(), d, u), r.value());
        Shown target = Numbers.shown(r.target(), d, u);
        Shown numerator = n.count(period, Numbers.count(r.numerator()), r.numerator());
        Shown denominator = n.count(period, Numbers.count(r.denominator()), r.denominator());
        Shown ratedNumerator = aggregated ? n.rated(period, Numbers.count(r.ratedNumerator()), true) : numerator;
        Shown ratedDenominator = aggregated ? n.rated(period, Numbers.count(r.ratedDenominator()), true) : denominator;
        String summary = PackView.month(period) + ": " + value.withUnitOr(MISSING_FIGURE) + "; " + headline
                + (target.isBlank() ? "" : "; target " + target.withUnit())
                + "; since last month: " + r.directionMonth().label()
                + comparison("neighbours", benchmark.vsNeighbours(), benchmark.gapNeighbours())
                + comparison("England", benchmark.vsEngland(), benchmark.gapEngland());
        SpcResult spc = r.spc();
        YearMonth spcStart = r.series().isEmpty() || spc.points().isEmpty() ? null : r.series().get(0).period();
        return new IndicatorView(r.id(), r.name(), r.area(), u, Wording.unit(u), Wording.unitShort(u), r.polarity(),
                Wording.better(r.polarity()), Wording.polarity(r.polarity()), d, r.aggregation(),
                r.aggregation().label(), Wording.ratedOn(r.aggregation()), blankToEmpty(r.definition()),
                blankToEmpty(r.source()), value, numerator, denominator,
                aggregated ? n.rated(period, Numbers.shown(r.aggregatedValue(), d, u), true) : Numbers.shown(r.aggregatedValue(), d, u),
                rated, r.financialYear(),
                target, Numbers.shown(r.tolerance(), d, u), r.rag(), r.rag().label(),
                palette.of(r.rag()), n.month(period.minusMonths(1), Numbers.shown(r.previousValue(), d, u), r.previousValue()),
                r.directionMonth(), r.directionMonth().label(),
                n.month(period.minusMonths(12), Numbers.shown(r.yearAgoValue(), d, u), r.yearAgoValue()),
                r.directionYear().label(), headline,
                summary, benchmark, spc(r, spcStart, n), r.exceptionReasons(),
                Wording.exceptionReasons(r.exceptionReasons()), r.commentaryMissing(), r.commentary(),
                List.copyOf(r.dataQuality()), List.copyOf(teams), chart(r, period, spcStart, n), r.exceptionList(),
                r.exceptionList().label(), r.previousRag(), r.previousRag() == null ? "" : r.previousRag().label(),
                exceptionStatus(r), ratedNumerator, ratedDenominator,
                counts(numerator, denominator), counts(ratedNumerator, ratedDenominator),
                isSmall(r.denominator(), smallNumbers), isSmall(r.ratedDenominator(), smallNumbers));
    }

    static boolean isSmall(Double denominator, int threshold) {
        return denominator != null && denominator < threshold;
    }

    /** "7 of 12" (a withheld count as its code, "[c] of 12"), or "" without both counts. */
    static String counts(Shown numerator, Shown denominator) {
        if (numerator.isBlank() || denominator.isBlank()) return "";
        return numerator.text() + " of " + denominator.text();
    }

    static String exceptionStatus(IndicatorResult r) {
        if (r.isException()) return r.previousList().isException() ? "continuing" : "new";
        return r.exceptionClosed() ? "closed" : "";
    }

    /** "; vs neighbours: better (-1.2)", or nothing without a verdict. */
    private static String comparison(String what, String verdict, Shown gap) {
        if (verdict.isEmpty()) return "";
        return "; vs " + what + ": " + verdict + (gap.isBlank() ? "" : " (" + gap.text() + ")");
    }

    /** A limit as shown: within 0-100 for a percentage and never below 0, then rounded. */
    static Shown limit(Double value, int decimals, Unit unit) {
        return Numbers.shown(clamp(value, unit), decimals, unit);
    }

    static Double clamp(Double value, Unit unit) {
        if (value == null) return null;
        double v = Math.max(0, value);
        return unit == Unit.PERCENT ? Math.min(100, v) : v;
    }

    private static SpcView spc(IndicatorResult r, YearMonth start, SmallNumbers n) {
        SpcResult spc = r.spc();
        int d = r.decimals();
        Unit u = r.unit();
        List<SpcPointView> special = new ArrayList<>();
        if (start != null) {
            for (SpcPoint p : spc.points()) {
                if (p.isMissing() || !p.isSpecialCause()) continue;
                YearMonth m = start.plusMonths(p.index());
                special.add(new SpcPointView(m, PackView.month(m), n.month(m, Numbers.shown(p.value(), d, u), p.value()), p.rule().label(),
                        p.signal(), p.signal().label()));
            }
        }
        SpcPoint last = spc.lastPoint();
        boolean limits = spc.hasLimits();
        Shown lower = n.spc(limit(spc.lowerProcessLimit(), d, u)), upper = n.spc(limit(spc.upperProcessLimit(), d, u));
        return new SpcView(limits, spc.isTrial(), spc.status().label(),
                !limits ? "" : spc.isTrial() ? "Trial limits" : "Process limits",
                n.spc(limit(spc.mean(), d, u)), n.spc(limit(spc.lowerProcessLimit(), d, u)), n.spc(limit(spc.upperProcessLimit(), d, u)),
                n.spc(limit(spc.lowerNearLimit(), d, u)), n.spc(limit(spc.upperNearLimit(), d, u)),
                n.spc(Numbers.shown(spc.meanMovingRange(), d, u)), spc.variation().label(), spc.assurance().label(),
                last == null || start == null ? "" : PackView.month(start.plusMonths(last.index())),
                last == null || start == null ? Shown.NONE
                        : n.month(start.plusMonths(last.index()), Numbers.shown(last.value(), d, u), last.value()),
                last == null ? "" : last.rule().label(), last == null ? "" : last.signal().label(), List.copyOf(special),
                MdcIcon.of(spc.variation()), MdcIcon.of(spc.assurance()), SpcWords.sentence(spc, start, lower, upper),
                SpcWords.shiftPrompt(spc, start), SpcWords.rebaseNotes(spc, start));
    }

    private static ChartSeries chart(IndicatorResult r, YearMonth period, YearMonth spcStart, SmallNumbers n) {
        int d = r.decimals();
        Unit u = r.unit();
        Polarity pol = r.polarity();
        Map<YearMonth, SeriesPoint> byMonth = new HashMap<>();
        for (SeriesPoint p : r.series()) byMonth.put(p.period(), p);
        Map<YearMonth, Double> rated = new HashMap<>();
        for (RatedPoint p : r.history().rated()) rated.put(p.period(), p.value());
        Map<String, YearTarget> targets = new HashMap<>();
        for (YearTarget t : r.history().targets()) targets.put(t.financialYear(), t);
        List<BenchmarkYear> years = r.benchmark().published() ? r.history().benchmarks() : List.of();
        SpcResult spc = r.spc();
        boolean ratedSeries = r.aggregation() != Aggregation.SNAPSHOT;

        List<ChartMonth> months = new ArrayList<>();
        boolean hasTarget = false, hasTolerance = false, hasNeighbours = false, hasEngland = false;
        Range trend = new Range(u), spcRange = new Range(u);
        for (int i = PackBuilder.SERIES_MONTHS - 1; i >= 0; i--) {
            YearMonth m = period.minusMonths(i);
            SeriesPoint p = byMonth.get(m);
            FinancialYear fy = FinancialYear.of(m);
            YearTarget t = targets.get(fy.label());
            Shown target = t == null ? Shown.NONE : Numbers.shown(t.target(), d, u);
            Shown tolerance = t == null ? Shown.NONE : Numbers.shown(t.tolerance(), d, u);
            Shown redBeyond = Shown.NONE;
            if (!target.isBlank() && pol != Polarity.NONE && tolerance.number().signum() > 0) {
                BigDecimal edge = pol == Polarity.HIGHER ? target.number().subtract(tolerance.number())
                        : target.number().add(tolerance.number());
                redBeyond = Numbers.shown(clampDecimal(edge, u), d, u);
            }
            BenchmarkYear by = benchmarkFor(years, fy.startYear() + 1);
            Shown neighbours = by == null ? Shown.NONE : Numbers.shown(by.neighbourMean(), d, u);
            Shown england = by == null ? Shown.NONE : Numbers.shown(by.england(), d, u);
            SpcPoint point = null;
            SpcSegment segment = null;
            if (spcStart != null && !m.isBefore(spcStart)) {
                int index = (int) spcStart.until(m, ChronoUnit.MONTHS);
                if (index < spc.points().size()) {
                    point = spc.points().get(index);
                    segment = spc.segmentOf(index);
                }
            }
            boolean inSpc = segment != null && segment.hasLimits();
            boolean special = point != null && !point.isMissing() && point.isSpecialCause();
            Shown value = p == null ? Shown.NONE : n.month(m, Numbers.shown(p.value(), d, u), p.value());
            Shown ratedShown = n.rated(m, Numbers.shown(rated.get(m), d, u), ratedSeries);
            ChartMonth cm = new ChartMonth(m, PackView.month(m), value,
                    p == null ? Shown.NONE : n.count(m, Numbers.count(p.numerator()), p.numerator()),
                    p == null ? Shown.NONE : n.count(m, Numbers.count(p.denominator()), p.denominator()), ratedShown, fy.label(), target,
                    tolerance, redBeyond, by == null ? null : by.year(), neighbours, england,
                    inSpc ? n.spc(limit(segment.mean(), d, u)) : Shown.NONE, inSpc ? n.spc(limit(segment.lowerProcessLimit(), d, u)) : Shown.NONE,
                    inSpc ? n.spc(limit(segment.upperProcessLimit(), d, u)) : Shown.NONE,
                    special ? point.rule().label() : "", special ? point.signal() : null,
                    special ? point.signal().label() : "", segment == null ? 0 : spc.segments().indexOf(segment));
            months.add(cm);
            hasTarget |= !target.isBlank();
            hasTolerance |= !redBeyond.isBlank();
            hasNeighbours |= !neighbours.isBlank();
            hasEngland |= !england.isBlank();
            trend.add(value, ratedShown, target, redBeyond, neighbours, england);
            spcRange.add(value, cm.spcMean(), cm.spcLower(), cm.spcUpper(), target);
        }
        String main = ratedSeries ? r.aggregation().label() : "Figure";
        return new ChartSeries(List.copyOf(months), ratedSeries, main, Wording.axis(u), hasTarget, hasTolerance,
                hasNeighbours, hasEngland, spc.segments().stream().anyMatch(SpcSegment::hasLimits), spc.isTrial() ? " (trial)" : "",
                trend.min(), trend.max(), spcRange.min(), spcRange.max());
    }

    private static BigDecimal clampDecimal(BigDecimal v, Unit u) {
        if (v.signum() < 0) return BigDecimal.ZERO;
        if (u == Unit.PERCENT && v.compareTo(BigDecimal.valueOf(100)) > 0) return BigDecimal.valueOf(100);
        return v;
    }

    /** The benchmark year shown for a month: its own year when published, else the latest published before it. */
    static BenchmarkYear benchmarkFor(List<BenchmarkYear> years, int year) {
        BenchmarkYear best = null;
        for (BenchmarkYear y : years) {
            if (y.year() <= year && (best == null || y.year() > best.year())) best = y;
        }
        return best;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The extent of what a chart draws, and the axis fitted to it. */
    static final class Range {
        private final Unit unit;
        private Double lo;
        private Double hi;

        Range(Unit unit) {
            this.unit = unit;
        }

        void add(Shown... shown) {
            for (Shown s : shown) {
                if (s.number() == null) continue;
                double v = s.number().doubleValue();
                lo = lo == null ? v : Math.min(lo, v);
                hi = hi == null ? v : Math.max(hi, v);
            }
        }

        Double min() {
            return lo == null ? null : axis()[0];
        }

        Double max() {
            return hi == null ? null : axis()[1];
        }

        /** 10% room either side, rounded out to a 1-2-5 step, kept within 0 (and 100 for a percentage). */
        double[] axis() {
            double span = hi - lo;
            if (span == 0) span = Math.max(Math.abs(hi) * 0.1, 1);
            double step = step((span * 1.2) / 5);
            double min = Math.floor((lo - span * 0.1) / step) * step;
            double max = Math.ceil((hi + span * 0.1) / step) * step;
            min = Math.max(0, min);
            if (unit == Unit.PERCENT) max = Math.min(100, max);
            if (max <= min) max = min + step;
            return new double[]{round(min), round(max)};
        }

        private static double step(double raw) {
            double p = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / p;
            return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
        }

        private static double round(double v) {
            return BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
        }
    }
}
