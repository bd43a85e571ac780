package org.boardpack.pack;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Direction;
import org.boardpack.indicators.DirectionRule;
import org.boardpack.indicators.Figure;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Rag;
import org.boardpack.indicators.RagRule;
import org.boardpack.indicators.Target;
import org.boardpack.input.BoardDefinition;
import org.boardpack.input.InputProblem;

/** Computes the pack model for one board and period from the figures held. Plain Java: no Spring, no I/O. */
public final class PackBuilder {

    public static final int SERIES_MONTHS = 24;

    private final Map<String, Indicator> catalogue;
    private final List<Target> targets;
    private final CurrentFigures figures;

    public PackBuilder(Map<String, Indicator> catalogue, List<Target> targets, CurrentFigures figures) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.figures = figures;
    }

    public PackModel build(BoardDefinition board, String authority, YearMonth period, int revision,
                           LocalDateTime producedAt, List<InputProblem> warnings) {
        List<PackSection> sections = new ArrayList<>();
        for (BoardDefinition.Section s : board.sections()) {
            List<IndicatorResult> results = new ArrayList<>();
            for (String id : s.indicatorIds()) {
                Indicator indicator = catalogue.get(id);
                if (indicator != null) results.add(compute(indicator, period));
            }
            sections.add(new PackSection(s.title(), results));
        }
        List<Restatement> restatements = figures.restatements().stream()
                .filter(r -> !r.period().isAfter(period) && board.indicatorIds().contains(r.indicatorId())).toList();
        return new PackModel(board.id(), board.title(), board.description(), authority, period, revision, producedAt,
                PackModel.OFFICIAL_SENSITIVE, sections, restatements, List.copyOf(warnings));
    }

    IndicatorResult compute(Indicator ind, YearMonth period) {
        NavigableMap<YearMonth, Figure> all = figures.series(ind.id());
        NavigableMap<YearMonth, Figure> upToPeriod = all.headMap(period, true);
        List<SeriesPoint> series = upToPeriod.tailMap(period.minusMonths(SERIES_MONTHS - 1L), true).values().stream()
                .map(f -> new SeriesPoint(f.period(), f.numerator(), f.denominator(), f.value())).toList();
        Figure current = all.get(period);
        Double value = current == null ? null : current.value();
        Double aggregated = Aggregator.aggregate(ind, upToPeriod, period);
        Double rated = ind.aggregation() == Aggregation.SNAPSHOT ? value : aggregated;
        FinancialYear fy = FinancialYear.of(period);
        Target target = targets.stream().filter(t -> t.indicatorId().equals(ind.id()) && t.year().equals(fy))
                .findFirst().orElse(null);
        Rag rag = RagRule.rag(ind.polarity(), rated, target, ind.decimals());
        Figure previous = all.get(period.minusMonths(1));
        Figure yearAgo = all.get(period.minusYears(1));
        Double previousValue = previous == null ? null : previous.value();
        Double yearAgoValue = yearAgo == null ? null : yearAgo.value();
        Direction month = DirectionRule.direction(ind.polarity(), value, previousValue, ind.decimals());
        Direction year = DirectionRule.direction(ind.polarity(), value, yearAgoValue, ind.decimals());

        List<String> quality = new ArrayList<>();
        if (current == null) {
            YearMonth latest = all.isEmpty() ? null : upToPeriod.isEmpty() ? null : upToPeriod.lastKey();
            quality.add(latest == null ? "No figure for " + period
                    : "No figure for " + period + "; latest is " + latest);
        }
        if (target == null && ind.polarity() != org.boardpack.indicators.Polarity.NONE) {
            quality.add("No target for " + fy);
        }
        return new IndicatorResult(ind.id(), ind.name(), ind.area(), ind.unit(), ind.polarity(), ind.decimals(),
                ind.aggregation(), ind.definition(), ind.source(), value,
                current == null ? null : current.numerator(), current == null ? null : current.denominator(),
                ind.aggregation() == Aggregation.SNAPSHOT ? null : aggregated, rated, fy.label(),
                target == null ? null : target.value(), target == null ? null : target.tolerance(), rag,
                previousValue, month, yearAgoValue, year, series, quality);
    }
}
