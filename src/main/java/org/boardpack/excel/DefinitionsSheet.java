package org.boardpack.excel;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;

/** The indicator catalogue: definition, unit, polarity, decimals, aggregation, source and benchmark source. */
final class DefinitionsSheet implements PackSheet {

    static final Columns<IndicatorResult> COLUMNS = new Columns<IndicatorResult>()
            .add("Indicator id", 24, r -> r.id())
            .add("Indicator", 44, r -> r.name())
            .add("Area", 20, r -> r.area())
            .add("Unit", 14, r -> Labels.unit(r.unit()))
            .add("Better when", 9, r -> Labels.better(r.polarity()))
            .add("Decimals", 8, r -> Num.plain(r.decimals()))
            .add("RAG judged on", 14, r -> r.aggregation().label())
            .add("Definition", 80, r -> Labels.blankToNull(r.definition()))
            .add("Source", 30, r -> Labels.blankToNull(r.source()))
            .add("Benchmark source", 40, r -> benchmarkSource(r.benchmark()));

    @Override
    public String name() {
        return "Definitions";
    }

    @Override
    public String description() {
        return "The indicator definitions: what each measures, its unit, which direction is better, how it is rated, its source and its benchmark source.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackModel pack = ctx.pack();
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Indicator definitions",
                "From the indicator catalogue (templates/indicators.csv). The Cover sheet explains RAG, direction of travel, benchmarks and SPC.",
                COLUMNS.columns(), "No indicators on this board."), COLUMNS.rows(pack.indicatorList()));
    }

    static String benchmarkSource(BenchmarkComparison b) {
        return switch (b.status()) {
            case PUBLISHED -> "DfE published figures (Explore Education Statistics), " + b.year() + ", compared by the LAIT method";
            case NO_DATA -> "DfE published figures: " + b.note();
            case NO_PUBLISHED_BENCHMARK -> "None: local measure, " + b.note();
        };
    }
}
