package org.boardpack.pack;

import java.util.List;

/**
 * What an indicator's charts need beyond the pack's month, computed with the rest of the model.
 *
 * @param targets    the target of every financial year the series window touches, oldest first
 * @param rated      for year-to-date and rolling 12-month indicators, the rated figure at each month of the
 *                   series (empty for snapshots), oldest first
 * @param benchmarks every published benchmark year, oldest first
 */
public record IndicatorHistory(List<YearTarget> targets, List<RatedPoint> rated, List<BenchmarkYear> benchmarks) {

    public IndicatorHistory {
        targets = targets == null ? List.of() : List.copyOf(targets);
        rated = rated == null ? List.of() : List.copyOf(rated);
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
    }

    public static IndicatorHistory none() {
        return new IndicatorHistory(List.of(), List.of(), List.of());
    }
}
