package org.boardpack.excel;

import java.util.List;

import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.view.ChartMonth;
import org.boardpack.pack.view.PackView;

/**
 * Where each indicator's months sit in the Trends sheet's table: one block of 24 rows (the view's chart months,
 * oldest first) per indicator, in pack order. The Trends and SPC charts plot these cells.
 */
final class TrendLayout {

    static final int MONTHS = PackBuilder.SERIES_MONTHS;

    static final int COL_ID = 0;
    static final int COL_NAME = 1;
    static final int COL_PERIOD = 2;
    static final int COL_YEAR = 3;
    static final int COL_VALUE = 4;
    static final int COL_RATED = 5;
    static final int COL_TARGET = 6;
    static final int COL_RED_BEYOND = 7;
    static final int COL_BENCHMARK_YEAR = 8;
    static final int COL_NEIGHBOURS = 9;
    static final int COL_ENGLAND = 10;
    static final int COL_SPC_MEAN = 11;
    static final int COL_SPC_LOWER = 12;
    static final int COL_SPC_UPPER = 13;
    static final int COL_SPC_RULE = 14;
    static final int COL_SPC_SIGNAL = 15;
    static final int COL_CONCERN = 16;
    static final int COL_IMPROVEMENT = 17;
    static final int COL_NEUTRAL = 18;
    static final int COLUMNS = 19;

    private final List<ChartMonth> months;

    TrendLayout(PackView pack) {
        this.months = pack.indicators().isEmpty() ? List.of() : pack.indicators().get(0).chart().months();
    }

    /** First row (0-based) of the block of the indicator at this position in the pack. */
    int firstRow(int indicatorIndex) {
        return SheetTable.FIRST_DATA_ROW + indicatorIndex * MONTHS;
    }

    int lastRow(int indicatorIndex) {
        return firstRow(indicatorIndex) + MONTHS - 1;
    }

    List<ChartMonth> months() {
        return months;
    }
}
