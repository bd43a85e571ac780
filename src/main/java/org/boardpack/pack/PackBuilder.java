package org.boardpack.pack;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.benchmarks.LaitCalculator;
import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Direction;
import org.boardpack.indicators.DirectionRule;
import org.boardpack.indicators.Figure;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Rag;
import org.boardpack.indicators.RagRule;
import org.boardpack.indicators.Target;
import org.boardpack.indicators.spc.SpcCalculator;
import org.boardpack.indicators.spc.SpcRebase;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.input.BoardDefinition;
import org.boardpack.input.Commentary;
import org.boardpack.input.ExceptionRules;
import org.boardpack.input.InputProblem;
import org.boardpack.recommendations.IndicatorEvidence;
import org.boardpack.recommendations.RecommendationCalculator;
import org.boardpack.recommendations.RecommendationInput;
import org.boardpack.recommendations.RecommendationTracker;

/** Computes the pack model for one board and period from the figures held. Plain Java: no Spring, no I/O. */
public final class PackBuilder {

    public static final int SERIES_MONTHS = 24;

    private final Map<String, Indicator> catalogue;
    private final List<Target> targets;
    private final CurrentFigures figures;
    private Map<String, Commentary> commentary = Map.of();
    private RecommendationInput recommendations;
    private int staleAfterDays = RecommendationCalculator.DEFAULT_STALE_AFTER_DAYS;
    private LaitCalculator benchmarks;
    private PackStyle style = PackStyle.defaults();
    private int smallNumbers = PackModel.SMALL_NUMBERS_DEFAULT;
    private List<SpcRebase> rebases = List.of();

    public PackBuilder(Map<String, Indicator> catalogue, List<Target> targets, CurrentFigures figures) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.figures = figures;
    }

    public PackBuilder withCommentary(Map<String, Commentary> commentary) {
        this.commentary = commentary;
        return this;
    }

    /** The recommendation snapshots (null: no tracker) and how many days without an update make an action stale. */
    public PackBuilder withRecommendations(RecommendationInput input, int staleAfterDays) {
        this.recommendations = input;
        this.staleAfterDays = staleAfterDays;
        return this;
    }

    /** Published comparators for the authority; null when there are none (every indicator then says so). */
    public PackBuilder withBenchmarks(LaitCalculator benchmarks) {
        this.benchmarks = benchmarks;
        return this;
    }

    /** A denominator below this is flagged "small numbers" (boardpack.small-numbers.denominator). */
    public PackBuilder withSmallNumbers(int denominator) {
        this.smallNumbers = denominator;
        return this;
    }

    /** The months from which indicators' SPC limits are recalculated (input/spc-rebase.csv). */
    public PackBuilder withRebases(List<SpcRebase> rebases) {
        this.rebases = List.copyOf(rebases);
        return this;
    }

    public PackBuilder withStyle(PackStyle style) {
        this.style = style;
        return this;
    }

    public PackModel build(BoardDefinition board, String authority, YearMonth period, int revision,
                           LocalDateTime producedAt, List<InputProblem> warnings) {
        List<PackSection> sections = new ArrayList<>();
        Map<String, IndicatorResult> byId = new LinkedHashMap<>();
        for (BoardDefinition.Section s : board.sections()) {
            List<IndicatorResult> results = new ArrayList<>();
            for (String id : s.indicatorIds()) {
                Indicator indicator = catalogue.get(id);
                if (indicator != null) {
                    IndicatorResult r = compute(indicator, period, board.exceptionRules());
                    results.add(r);
                    byId.put(id, r);
                }
            }
            sections.add(new PackSection(s.title(), results));
        }
        List<Restatement> restatements = figures.restatements().stream()
                .filter(r -> !r.period().isAfter(period) && board.indicatorIds().contains(r.indicatorId())).toList();
        RecommendationTracker tracker = recommendations == null ? null
                : new RecommendationCalculator(staleAfterDays).compute(period, recommendations.forBoard(board.id()),
                        evidence(byId, period, board.exceptionRules()));
        return new PackModel(board.id(), board.title(), board.description(), authority, period, revision, producedAt,
                PackModel.OFFICIAL_SENSITIVE, sections, restatements, List.copyOf(warnings), tracker, style,
                smallNumbers);
    }

    /**
     * What the scorecard says about each indicator, for the recommendations that cite it: looked up in the whole
     * catalogue, so an indicator outside this board's sections still shows its real RAG and direction.
     */
    private Map<String, IndicatorEvidence> evidence(Map<String, IndicatorResult> results, YearMonth period,
                                                    ExceptionRules rules) {
        Map<String, IndicatorEvidence> evidence = new LinkedHashMap<>();
        for (Indicator ind : catalogue.values()) {
            IndicatorResult r = results.get(ind.id());
            if (r == null && figures.series(ind.id()).headMap(period, true).isEmpty()) {
                evidence.put(ind.id(), IndicatorEvidence.notAvailable(ind.id()));
                continue;
            }
            if (r == null) r = compute(ind, period, rules);
            evidence.put(ind.id(), new IndicatorEvidence(r.id(), r.name(), r.rag(), r.directionMonth()));
        }
        return evidence;
    }

    /** The RAG, SPC and list of an indicator for one month: what the month's pack and the next one's comparison need. */
    private record Judgement(Double rated, Target target, Rag rag, SpcResult spc, ExceptionClassifier.Verdict verdict) {
    }

    private Judgement judge(Indicator ind, YearMonth period, ExceptionRules rules) {
        NavigableMap<YearMonth, Figure> all = figures.series(ind.id());
        Figure current = all.get(period);
        Double value = current == null ? null : current.value();
        Double aggregated = Aggregator.aggregate(ind, all.headMap(period, true), period);
        Double rated = ind.aggregation() == Aggregation.SNAPSHOT ? value : aggregated;
        FinancialYear fy = FinancialYear.of(period);
        Target target = targets.stream().filter(t -> t.indicatorId().equals(ind.id()) && t.year().equals(fy))
                .findFirst().orElse(null);
        Rag rag = RagRule.rag(ind.polarity(), rated, target, ind.decimals());
        YearMonth from = period.minusMonths(SERIES_MONTHS - 1L);
        NavigableMap<YearMonth, Figure> window = all.subMap(from, true, period, true);
        YearMonth first = window.isEmpty() ? from : window.firstKey(); // the SPC series starts at its first figure
        java.util.SortedMap<Integer, String> breaks = new java.util.TreeMap<>();
        for (SpcRebase b : rebases) {
            if (!b.indicatorId().equals(ind.id()) || b.period().isBefore(first) || b.period().isAfter(period)) continue;
            breaks.put((int) first.until(b.period(), java.time.temporal.ChronoUnit.MONTHS), b.reason());
        }
        SpcResult spc = SpcCalculator.analyse(monthlyValues(all, from, period), ind.polarity(),
                target == null ? null : target.value(), breaks);
        return new Judgement(rated, target, rag, spc, ExceptionClassifier.classify(rag, spc, rules));
    }

    IndicatorResult compute(Indicator ind, YearMonth period) {
        return compute(ind, period, ExceptionRules.defaults());
    }

    IndicatorResult compute(Indicator ind, YearMonth period, ExceptionRules rules) {
        NavigableMap<YearMonth, Figure> all = figures.series(ind.id());
        NavigableMap<YearMonth, Figure> upToPeriod = all.headMap(period, true);
        YearMonth firstMonth = period.minusMonths(SERIES_MONTHS - 1L);
        List<SeriesPoint> series = seriesOf(all, period);
        Figure current = all.get(period);
        Double value = current == null ? null : current.value();
        Judgement now = judge(ind, period, rules);
        Judgement before = figures.series(ind.id()).containsKey(period.minusMonths(1))
                ? judge(ind, period.minusMonths(1), rules) : null;
        Double aggregated = Aggregator.aggregate(ind, upToPeriod, period);
        Double rated = now.rated();
        FinancialYear fy = FinancialYear.of(period);
        Target target = now.target();
        Rag rag = now.rag();
        Double previousValue = valueAt(all, period.minusMonths(1));
        Double yearAgoValue = valueAt(all, period.minusYears(1));
        Direction month = DirectionRule.direction(ind.polarity(), value, previousValue, ind.decimals());
        Direction year = DirectionRule.direction(ind.polarity(), value, yearAgoValue, ind.decimals());
        SpcResult spc = now.spc();
        double[] ratedCounts = ind.aggregation() == Aggregation.SNAPSHOT
                ? (current == null || current.numerator() == null || current.denominator() == null ? null
                : new double[]{current.numerator(), current.denominator()})
                : Aggregator.counts(ind, upToPeriod, period);

        return new IndicatorResult(ind.id(), ind.name(), ind.area(), ind.unit(), ind.polarity(), ind.decimals(),
                ind.aggregation(), ind.definition(), ind.source(), value,
                current == null ? null : current.numerator(), current == null ? null : current.denominator(),
                ind.aggregation() == Aggregation.SNAPSHOT ? null : aggregated, rated, fy.label(),
                target == null ? null : target.value(), target == null ? null : target.tolerance(), rag,
                previousValue, month, yearAgoValue, year, series,
                dataQuality(ind, period, upToPeriod, firstMonth, target, fy), teams(ind, period), spc,
                now.verdict().reasons(), commentary.get(ind.id()), benchmark(ind, rated),
                new IndicatorHistory(targetsFor(ind, firstMonth, period), ratedSeries(ind, all, series),
                        benchmarkYears(ind)), now.verdict().list(), before == null ? null : before.rag(),
                before == null ? ExceptionList.NONE : before.verdict().list(),
                ratedCounts == null ? null : ratedCounts[0], ratedCounts == null ? null : ratedCounts[1]);
    }

    /** The targets of the financial years from the series window's first month to the period. */
    private List<YearTarget> targetsFor(Indicator ind, YearMonth from, YearMonth to) {
        FinancialYear first = FinancialYear.of(from);
        FinancialYear last = FinancialYear.of(to);
        return targets.stream()
                .filter(t -> t.indicatorId().equals(ind.id()) && t.year().compareTo(first) >= 0 && t.year().compareTo(last) <= 0)
                .sorted(java.util.Comparator.comparing(Target::year))
                .map(t -> new YearTarget(t.year().label(), t.value(), t.tolerance())).toList();
    }

    /** The rated figure as it stood at each month of the series (year-to-date and rolling indicators only). */
    private static List<RatedPoint> ratedSeries(Indicator ind, NavigableMap<YearMonth, Figure> all, List<SeriesPoint> series) {
        if (ind.aggregation() == Aggregation.SNAPSHOT) return List.of();
        List<RatedPoint> rated = new ArrayList<>();
        for (SeriesPoint p : series) {
            Double v = Aggregator.aggregate(ind, all.headMap(p.period(), true), p.period());
            if (v != null && !v.isNaN()) rated.add(new RatedPoint(p.period(), v));
        }
        return rated;
    }

    /** The neighbours' mean and England of every published year. */
    private List<BenchmarkYear> benchmarkYears(Indicator ind) {
        if (benchmarks == null || !ind.hasBenchmark()) return List.of();
        List<BenchmarkYear> years = new ArrayList<>();
        for (int y : benchmarks.publishedYears(ind.id())) {
            BenchmarkComparison c = benchmarks.compareYear(ind.id(), y, ind.polarity(), null, ind.decimals());
            years.add(new BenchmarkYear(y, c.neighbourMean(), c.england()));
        }
        return years;
    }

    /** The comparison of the figure the board is judged on (monthly or aggregated) with the published year. */
    private BenchmarkComparison benchmark(Indicator ind, Double rated) {
        String la = benchmarks == null ? null : benchmarks.authorityCode();
        if (!ind.hasBenchmark()) return BenchmarkComparison.noPublishedBenchmark(ind.id(), la);
        if (benchmarks == null) return BenchmarkComparison.noData(ind.id());
        return benchmarks.compare(ind.id(), ind.polarity(), rated == null ? null : BigDecimal.valueOf(rated), ind.decimals());
    }

    /** The last 24 months up to the period (or all there are), oldest first. */
    private static List<SeriesPoint> seriesOf(NavigableMap<YearMonth, Figure> all, YearMonth period) {
        return all.subMap(period.minusMonths(SERIES_MONTHS - 1L), true, period, true).values().stream()
                .map(f -> new SeriesPoint(f.period(), f.numerator(), f.denominator(), f.value())).toList();
    }

    private static Double valueAt(NavigableMap<YearMonth, Figure> series, YearMonth month) {
        Figure f = series.get(month);
        return f == null ? null : f.value();
    }

    /**
     * The monthly values from the first month with a figure (at most 24 months back) to the period, with null
     * for a month with no figure, so SPC sees the gaps.
     */
    private static List<Double> monthlyValues(NavigableMap<YearMonth, Figure> all, YearMonth from, YearMonth to) {
        NavigableMap<YearMonth, Figure> window = all.subMap(from, true, to, true);
        List<Double> values = new ArrayList<>();
        if (window.isEmpty()) return values;
        for (YearMonth m = window.firstKey(); !m.isAfter(to); m = m.plusMonths(1)) {
            values.add(valueAt(window, m));
        }
        return values;
    }

    private List<TeamFigure> teams(Indicator ind, YearMonth period) {
        List<TeamFigure> teams = new ArrayList<>();
        for (String team : figures.teams(ind.id())) {
            NavigableMap<YearMonth, Figure> s = figures.series(ind.id(), team);
            Figure f = s.get(period);
            if (f == null) continue;
            teams.add(new TeamFigure(team, f.value(), f.numerator(), f.denominator(), valueAt(s, period.minusMonths(1)),
                    seriesOf(s, period)));
        }
        return teams;
    }

    private static List<String> dataQuality(Indicator ind, YearMonth period, NavigableMap<YearMonth, Figure> upToPeriod,
                                            YearMonth firstMonth, Target target, FinancialYear fy) {
        List<String> notes = new ArrayList<>();
        if (!upToPeriod.containsKey(period)) {
            notes.add(upToPeriod.isEmpty() ? "No figure for " + period
                    : "No figure for " + period + "; the latest is for " + upToPeriod.lastKey());
        }
        if (target == null && ind.polarity() != Polarity.NONE) notes.add("No target for " + fy);
        NavigableMap<YearMonth, Figure> window = upToPeriod.tailMap(firstMonth, true);
        if (!window.isEmpty()) {
            List<String> gaps = new ArrayList<>();
            for (YearMonth m = window.firstKey(); m.isBefore(window.lastKey()); m = m.plusMonths(1)) {
                if (!window.containsKey(m)) gaps.add(m.toString());
            }
            if (!gaps.isEmpty()) notes.add("Gaps in the series: " + String.join(", ", gaps));
        }
        return notes;
    }
}
