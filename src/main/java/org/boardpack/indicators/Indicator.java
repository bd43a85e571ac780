package org.boardpack.indicators;

/**
 * One entry of the indicator catalogue ({@code templates/indicators.csv}).
 *
 * @param benchmark   the DfE benchmark spec, or "" for a local-only indicator
 * @param aggregation which figure is RAG-rated (snapshot when the catalogue leaves it blank)
 */
public record Indicator(String id, String name, String area, Unit unit, Polarity polarity, int decimals,
                        String definition, String source, String benchmark, Aggregation aggregation) {

    public boolean hasBenchmark() {
        return benchmark != null && !benchmark.isBlank();
    }
}
