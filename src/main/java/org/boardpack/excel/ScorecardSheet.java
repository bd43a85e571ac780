package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;

/**
 * One row per indicator, grouped by area: every figure of results.csv a reader needs, as numbers with the
 * indicator's decimals, and RAG, bands and SPC icons as words with a fill.
 */
final class ScorecardSheet implements PackSheet {

    /** An indicator and the section (area) it is shown under. */
    record Item(String section, IndicatorResult r) {
    }

    static final Columns<Item> COLUMNS = new Columns<Item>()
            .add("Area", 20, i -> i.section())
            .add("Indicator id", 24, i -> i.r().id())
            .add("Indicator", 44, i -> i.r().name())
            .add("Unit", 14, i -> Labels.unit(i.r().unit()))
            .add("Better when", 9, i -> Labels.better(i.r().polarity()))
            .add("Value", 10, i -> Num.of(i.r().value(), i.r().decimals()))
            .add("Numerator", 11, i -> Num.count(i.r().numerator()))
            .add("Denominator", 11, i -> Num.count(i.r().denominator()))
            .add("RAG judged on", 14, i -> i.r().aggregation().label())
            .add("Year to date or rolling 12 months", 12, i -> Num.of(i.r().aggregatedValue(), i.r().decimals()))
            .add("Financial year", 10, i -> i.r().financialYear())
            .add("Target", 9, i -> Num.of(i.r().target(), i.r().decimals()))
            .add("Tolerance", 10, i -> Num.of(i.r().tolerance(), i.r().decimals()))
            .add("RAG", 11, StatusRules.RAG, i -> i.r().rag().label())
            .add("Previous month", 10, i -> Num.of(i.r().previousValue(), i.r().decimals()))
            .add("Direction (month)", 12, i -> i.r().directionMonth().label())
            .add("Year ago", 10, i -> Num.of(i.r().yearAgoValue(), i.r().decimals()))
            .add("Direction (year)", 12, i -> i.r().directionYear().label())
            .add("Statistical neighbours mean", 13, i -> Num.of(i.r().benchmark().neighbourMean(), i.r().decimals()))
            .add("Neighbours with a value", 11, i -> sn(i.r().benchmark()))
            .add("England", 10, i -> Num.of(i.r().benchmark().england(), i.r().decimals()))
            .add("Benchmark year", 10, i -> Num.plain(i.r().benchmark().year()))
            .add("Published value", 10, i -> Num.of(i.r().benchmark().authorityValue(), i.r().decimals()))
            .add("Rank", 8, i -> Num.count(i.r().benchmark().rank()))
            .add("Authorities ranked", 10, i -> Num.count(i.r().benchmark().rankedCount()))
            .add("Quartile band", 9, StatusRules.BAND, i -> i.r().benchmark().band() == null ? null : i.r().benchmark().band().label())
            .add("Compared with neighbours", 12, StatusRules.VERDICT, i -> verdict(i.r().benchmark().vsNeighbours()))
            .add("Gap to neighbours", 11, i -> Num.of(i.r().benchmark().gapNeighbours(), i.r().decimals()))
            .add("Compared with England", 12, StatusRules.VERDICT, i -> verdict(i.r().benchmark().vsEngland()))
            .add("Gap to England", 10, i -> Num.of(i.r().benchmark().gapEngland(), i.r().decimals()))
            .add("Benchmark note", 24, i -> Labels.blankToNull(i.r().benchmark().note()))
            .add("SPC limits", 20, i -> i.r().spc().status().label())
            .add("SPC mean", 10, i -> Num.of(i.r().spc().mean(), i.r().decimals()))
            .add("SPC lower limit", 10, i -> Num.of(i.r().spc().lowerProcessLimit(), i.r().decimals()))
            .add("SPC upper limit", 10, i -> Num.of(i.r().spc().upperProcessLimit(), i.r().decimals()))
            .add("SPC last point", 24, i -> i.r().spc().lastPoint() == null ? null : i.r().spc().lastPoint().rule().label())
            .add("SPC variation", 24, StatusRules.VARIATION, i -> i.r().spc().variation().label())
            .add("SPC assurance", 20, StatusRules.ASSURANCE, i -> i.r().spc().assurance().label())
            .add("Exception reason", 30, i -> Labels.blankToNull(i.r().exceptionText()))
            .add("Commentary missing", 11, StatusRules.ATTENTION, i -> Labels.yesNo(i.r().commentaryMissing()))
            .add("Commentary", 70, i -> i.r().commentary() == null ? null : i.r().commentary().text())
            .add("Commentary by", 30, i -> i.r().commentary() == null ? null : i.r().commentary().author())
            .add("Data quality", 40, i -> Labels.blankToNull(String.join("; ", i.r().dataQuality())));

    @Override
    public String name() {
        return "Scorecard";
    }

    @Override
    public String description() {
        return "One row per indicator, grouped by area: value, target, RAG, direction, statistical neighbours, England, rank, band, SPC and exception reason (the figures of results.csv).";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackModel pack = ctx.pack();
        List<Item> items = new ArrayList<>();
        for (PackSection s : pack.sections()) {
            for (IndicatorResult r : s.indicators()) items.add(new Item(s.title(), r));
        }
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Scorecard: " + pack.periodLabel(),
                "One row per indicator, grouped by area. Value is the month's figure; RAG is judged on the figure named in "
                        + "'RAG judged on'. Figures are stored unrounded and shown to each indicator's decimals.",
                COLUMNS.columns(), "No indicators on this board."), COLUMNS.rows(items));
        sheet.createFreezePane(3, SheetTable.FIRST_DATA_ROW);
    }

    static String sn(BenchmarkComparison b) {
        return b.published() ? b.neighbourCount() + " of " + b.neighbourTotal() : null;
    }

    static String verdict(org.boardpack.benchmarks.Verdict v) {
        return v == null ? null : v.label();
    }
}
