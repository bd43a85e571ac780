package org.boardpack.excel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;

/**
 * Where each indicator's months sit in the Trends sheet's table: one block of 24 rows (the months up to the pack's
 * period, oldest first) per indicator, in pack order. The Trends and SPC charts plot these cells.
 */
final class TrendLayout {

    static final int MONTHS = PackBuilder.SERIES_MONTHS;

    static final int COL_ID = 0;
    static final int COL_NAME = 1;
    static final int COL_PERIOD = 2;
    static final int COL_VALUE = 3;
    static final int COL_TARGET = 4;
    static final int COL_NEIGHBOURS = 5;
    static final int COL_ENGLAND = 6;
    static final int COL_SPC_MEAN = 7;
    static final int COL_SPC_LOWER = 8;
    static final int COL_SPC_UPPER = 9;
    static final int COL_SPC_RULE = 10;
    static final int COL_SPC_SIGNAL = 11;
    static final int COLUMNS = 12;

    private final List<YearMonth> months;

    TrendLayout(PackModel pack) {
        List<YearMonth> m = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) m.add(pack.period().minusMonths(i));
        this.months = List.copyOf(m);
    }

    /** The 24 months every indicator's block covers, oldest first. */
    List<YearMonth> months() {
        return months;
    }

    /** First row (0-based) of the block of the indicator at this position in the pack. */
    int firstRow(int indicatorIndex) {
        return SheetTable.FIRST_DATA_ROW + indicatorIndex * MONTHS;
    }

    int lastRow(int indicatorIndex) {
        return firstRow(indicatorIndex) + MONTHS - 1;
    }

    /**
     * The month of SPC point 0: the SPC analysis runs from the first month with a figure in the series window to
     * the pack's period, one point per month (missing months included). Null when there are no points.
     */
    static YearMonth spcStart(IndicatorResult r) {
        if (r.series().isEmpty() || r.spc().points().isEmpty()) return null;
        return r.series().get(0).period();
    }

    /** The month an SPC point is for. */
    static YearMonth monthOf(IndicatorResult r, SpcPoint p) {
        YearMonth start = spcStart(r);
        return start == null || p == null ? null : start.plusMonths(p.index());
    }
}
