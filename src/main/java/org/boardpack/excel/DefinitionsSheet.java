package org.boardpack.excel;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;

/** The indicator catalogue: definition, unit, polarity, decimals, aggregation, source and benchmark source. */
final class DefinitionsSheet implements PackSheet {

    static final Columns<IndicatorView> COLUMNS = new Columns<IndicatorView>()
            .add("Indicator id", 24, r -> r.id())
            .add("Indicator", 44, r -> r.name())
            .add("Area", 20, r -> r.area())
            .add("Unit", 14, r -> r.unitName())
            .add("Better when", 9, r -> r.better())
            .add("Decimals", 8, r -> Num.plain(r.decimals()))
            .add("RAG judged on", 14, r -> r.ratedOnLabel())
            .add("Definition", 80, r -> ScorecardSheet.blankToNull(r.definition()))
            .add("Source", 30, r -> ScorecardSheet.blankToNull(r.source()))
            .add("Benchmark source", 40, r -> r.benchmark().source());

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
        PackView pack = ctx.view();
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Indicator definitions",
                "From the indicator catalogue (templates/indicators.csv). The Cover sheet explains RAG, direction of travel, benchmarks and SPC.",
                COLUMNS.columns(), "No indicators on this board."), COLUMNS.rows(pack.indicators()));
    }
}
