package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.SectionView;
import org.boardpack.pack.view.Wording;

/**
 * One row per indicator, grouped by area: every figure of results.csv a reader needs, as numbers with the
 * indicator's decimals, and RAG, bands and SPC icons as words with a fill.
 */
final class ScorecardSheet implements PackSheet {

    /** An indicator and the section (area) it is shown under. */
    record Item(String section, IndicatorView r, String month, String commentary) {
    }

    /**
     * The columns a board member reads on paper come first (the print area, {@link #PRINTED_COLUMNS}): area,
     * indicator, the figures against target, RAG, directions, SPC and why it is an exception. The detail an analyst
     * needs follows.
     */
    static final Columns<Item> COLUMNS = new Columns<Item>()
            .add("Area", 20, i -> i.section())
            .add("Indicator", 44, i -> i.r().name())
            .add("Value", 10, i -> Num.of(i.r().value(), i.r().decimals()))
            .add("Figure rated", 10, i -> Num.of(i.r().rated(), i.r().decimals()))
            .add("Target", 9, i -> Num.of(i.r().target(), i.r().decimals())).notApplicableWhen(i -> !i.r().hasTarget())
            .add("RAG", 11, StatusRules.RAG, i -> i.r().ragWord())
            .add("Direction (month)", 12, i -> i.r().directionMonthWord())
            .add("Direction (year)", 12, i -> i.r().directionYearWord())
            .add(IconPictures.VARIATION_HEADER, 6, i -> null)
            .add("SPC variation", 24, StatusRules.VARIATION, i -> i.r().spc().variation())
            .add("Exception reason", 30, i -> blankToNull(i.r().exceptionText())).notApplicableWhen(i -> !i.r().isException())
            .add("Indicator id", 24, i -> i.r().id())
            .add("Unit", 14, i -> i.r().unitName())
            .add("Better when", 9, i -> i.r().better())
            .add("Numerator", 11, i -> Num.count(i.r().numerator())).notApplicableWhen(i -> !i.r().unit().isRatio())
            .add("Denominator", 11, i -> Num.count(i.r().denominator())).notApplicableWhen(i -> !i.r().unit().isRatio())
            .add("Value and counts", 24, i -> i.r().valueWithCounts())
            .add("Small numbers", 14, i -> blankToNull(i.r().smallNumbersNote())).notApplicableWhen(i -> true)
            .add("RAG judged on", 14, i -> i.r().ratedOnLabel())
            .add("Year to date or rolling 12 months", 12, i -> Num.of(i.r().aggregated(), i.r().decimals()))
                    .notApplicableWhen(i -> i.r().isSnapshot())
            .add("Figure rated and counts", 24, i -> i.r().ratedWithCounts())
            .add("Financial year", 10, i -> i.r().financialYear())
            .add("Tolerance", 10, i -> Num.of(i.r().tolerance(), i.r().decimals())).notApplicableWhen(i -> !i.r().hasTarget())
            .add("Previous month's RAG", 11, StatusRules.RAG, i -> blankToNull(i.r().previousRagWord()))
            .add("Headline", 36, i -> i.r().headline())
            .add("Previous month", 10, i -> Num.of(i.r().previous(), i.r().decimals()))
            .add("Year ago", 10, i -> Num.of(i.r().yearAgo(), i.r().decimals()))
            .add("Statistical neighbours mean", 13, i -> Num.of(i.r().benchmark().neighbourMean(), i.r().decimals()))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Neighbours with a value", 11, i -> blankToNull(i.r().benchmark().neighboursWithValue()))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("England", 10, i -> Num.of(i.r().benchmark().england(), i.r().decimals())).notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Benchmark year", 10, i -> Num.plain(i.r().benchmark().year())).notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Compared with", 24, i -> blankToNull(i.r().benchmark().comparedWith(i.month())))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Published value", 10, i -> Num.of(i.r().benchmark().authorityValue(), i.r().decimals()))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Rank", 8, i -> Num.count(i.r().benchmark().rank())).notApplicableWhen(ScorecardSheet::unranked)
            .add("Authorities ranked", 10, i -> Num.count(i.r().benchmark().rankedCount())).notApplicableWhen(ScorecardSheet::unranked)
            .add("Quartile band", 9, StatusRules.BAND, i -> blankToNull(i.r().benchmark().band())).notApplicableWhen(ScorecardSheet::unranked)
            .add("Compared with neighbours", 12, StatusRules.VERDICT, i -> blankToNull(i.r().benchmark().vsNeighbours()))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Gap to neighbours", 11, i -> Num.of(i.r().benchmark().gapNeighbours(), i.r().decimals()))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Compared with England", 12, StatusRules.VERDICT, i -> blankToNull(i.r().benchmark().vsEngland()))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Gap to England", 10, i -> Num.of(i.r().benchmark().gapEngland(), i.r().decimals()))
                    .notApplicableWhen(ScorecardSheet::unbenchmarked)
            .add("Benchmark note", 24, i -> blankToNull(i.r().benchmark().note())).notApplicableWhen(i -> i.r().benchmark().published())
            .add("SPC limits", 20, i -> i.r().spc().limits())
            .add("SPC mean", 10, i -> Num.of(i.r().spc().mean(), i.r().decimals()))
            .add("SPC lower limit", 10, i -> Num.of(i.r().spc().lowerLimit(), i.r().decimals()))
            .add("SPC upper limit", 10, i -> Num.of(i.r().spc().upperLimit(), i.r().decimals()))
            .add("SPC last point", 24, i -> blankToNull(i.r().spc().lastPointRule()))
            .add("SPC assurance", 20, StatusRules.ASSURANCE, i -> i.r().spc().assurance())
            .add("Exception list", 10, i -> blankToNull(i.r().exceptionListWord())).notApplicableWhen(i -> !i.r().isException())
            .add("Exception since last month", 12, i -> blankToNull(i.r().exceptionStatus())).notApplicableWhen(i -> true)
            .add("Commentary missing", 11, StatusRules.ATTENTION, i -> Wording.yesNo(i.r().commentaryMissing()))
            .add("Commentary", 70, i -> i.r().commentary() == null ? null : i.commentary())
                    .notApplicableWhen(i -> !i.r().isException())
            .add("Commentary by", 30, i -> i.r().commentary() == null ? null : i.r().commentary().author())
                    .notApplicableWhen(i -> !i.r().isException())
            .add("Data quality", 40, i -> blankToNull(String.join("; ", i.r().dataQuality()))).notApplicableWhen(i -> true);

    /** How many of the first columns the print area holds: the reader's columns, A to K. */
    static final int PRINTED_COLUMNS = 11;

    /** No published DfE benchmark for the indicator: its benchmark columns do not apply. */
    static boolean unbenchmarked(Item i) {
        return !i.r().benchmark().published();
    }

    /** No rank or band: unbenchmarked, or no better direction to rank by. */
    static boolean unranked(Item i) {
        return unbenchmarked(i) || i.r().polarity() == org.boardpack.indicators.Polarity.NONE;
    }

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
        PackView pack = ctx.view();
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Scorecard: " + pack.periodLabel(),
                "One row per indicator, grouped by area. Value is the month's figure; RAG is judged on the 'Figure rated' "
                        + "(named in 'RAG judged on'). Figures are the pack's displayed figures, rounded to each indicator's decimals; "
                        + "gaps are worked out from them.",
                COLUMNS.columns(), "No indicators on this board."), COLUMNS.rows(items(pack)));
        sheet.createFreezePane(2, SheetTable.FIRST_DATA_ROW);
        IconPictures.place(sheet, IconPictures.VARIATION_HEADER,
                items(pack).stream().map(i -> i.r().spc().variationIcon()).toList());
        // the printed scorecard: the reader's columns (A to K) across one landscape page, the header row on each
        int lastRow = Math.max(SheetTable.FIRST_DATA_ROW, sheet.getLastRowNum());
        ctx.workbook().setPrintArea(ctx.workbook().getSheetIndex(sheet), 0, PRINTED_COLUMNS - 1, 0, lastRow);
    }

    static List<Item> items(PackView pack) {
        List<Item> items = new ArrayList<>();
        for (SectionView s : pack.sections()) {
            for (IndicatorView r : s.indicators()) items.add(new Item(s.title(), r, pack.periodLabel(), pack.commentaryText(r)));
        }
        return items;
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
