package org.boardpack.excel;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.BenchmarkView;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;

/** The LAIT comparison per indicator: statistical neighbours, England, rank, quartiles and band. */
final class BenchmarksSheet implements PackSheet {

    static final Columns<IndicatorView> COLUMNS = new Columns<IndicatorView>()
            .add("Indicator id", 24, r -> r.id())
            .add("Indicator", 44, r -> r.name())
            .add("Better when", 9, r -> r.better())
            .add("Benchmark", 26, r -> b(r).published() ? "Published" : b(r).note())
            .add("Benchmark year", 10, r -> Num.plain(b(r).year()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Published value", 10, r -> Num.of(b(r).authorityValue(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Statistical neighbours mean", 13, r -> Num.of(b(r).neighbourMean(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Neighbours with a value", 11, r -> Num.count(b(r).neighbourCount()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Neighbours", 11, r -> Num.count(b(r).neighbourTotal()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("England", 10, r -> Num.of(b(r).england(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Rank", 8, r -> Num.count(b(r).rank()))
                    .notApplicableWhen(BenchmarksSheet::unranked)
            .add("Authorities ranked", 10, r -> Num.count(b(r).rankedCount()))
                    .notApplicableWhen(BenchmarksSheet::unranked)
            .add("Quartile band", 9, StatusRules.BAND, r -> ScorecardSheet.blankToNull(b(r).band()))
                    .notApplicableWhen(BenchmarksSheet::unranked)
            .add("Lower quartile", 10, r -> Num.of(b(r).lowerQuartile(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Median", 10, r -> Num.of(b(r).median(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Upper quartile", 10, r -> Num.of(b(r).upperQuartile(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Figure rated", 11, r -> Num.of(b(r).compared(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Compared with neighbours", 12, StatusRules.VERDICT, r -> ScorecardSheet.blankToNull(b(r).vsNeighbours()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Gap to neighbours", 11, r -> Num.of(b(r).gapNeighbours(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Compared with England", 12, StatusRules.VERDICT, r -> ScorecardSheet.blankToNull(b(r).vsEngland()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked)
            .add("Gap to England", 10, r -> Num.of(b(r).gapEngland(), r.decimals()))
                    .notApplicableWhen(BenchmarksSheet::unbenchmarked);

    /** No published DfE benchmark for the indicator: its benchmark columns do not apply. */
    static boolean unbenchmarked(IndicatorView r) {
        return !r.benchmark().published();
    }

    /** No rank or band: unbenchmarked, or no better direction to rank by. */
    static boolean unranked(IndicatorView r) {
        return unbenchmarked(r) || r.polarity() == org.boardpack.indicators.Polarity.NONE;
    }

    @Override
    public String name() {
        return "Benchmarks";
    }

    @Override
    public String description() {
        return "Each indicator against its statistical neighbours and England in DfE's latest published year: rank, quartiles and band (the LAIT method).";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackView pack = ctx.view();
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Benchmarks: " + pack.authority(),
                "DfE published figures, compared as in DfE's Local Authority Interactive Tool (LAIT). Band A is the best quarter "
                        + "of all local authorities, D the worst; no rank or band for a measure with no better direction. "
                        + "'Figure rated' is the figure RAG is judged on this month; the gaps are that figure minus the comparator, as displayed.",
                COLUMNS.columns(), "No indicators on this board."), COLUMNS.rows(pack.indicators()));
    }

    private static BenchmarkView b(IndicatorView r) {
        return r.benchmark();
    }
}
