package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;

import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.view.ChartMonth;
import org.boardpack.pack.view.IndicatorView;
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
    /*
     * Only when an indicator's SPC limits were rebased: the chart's copies of the mean and limits, split so that
     * each segment's line is a series of its own (Excel would join one series across the rebase). Segments 1, 3,
     * 5... are in the first set, 2, 4... in the second; every other cell is empty, a gap in the line.
     */
    static final int COL_CHART_MEAN_ODD = 19;
    static final int COL_CHART_LOWER_ODD = 20;
    static final int COL_CHART_UPPER_ODD = 21;
    static final int COL_CHART_MEAN_EVEN = 22;
    static final int COL_CHART_LOWER_EVEN = 23;
    static final int COL_CHART_UPPER_EVEN = 24;
    static final int SEGMENTED_COLUMNS = 25;

    static final String SHEET = "Trends";

    private final List<ChartMonth> months;
    private final boolean segmented;
    /** The table's data rows, as the Trends sheet writes them. */
    private final List<List<Object>> rows = new ArrayList<>();

    TrendLayout(PackView pack) {
        this.months = pack.indicators().isEmpty() ? List.of() : pack.indicators().get(0).chart().months();
        this.segmented = pack.indicators().stream().anyMatch(TrendLayout::segmented);
        for (IndicatorView r : pack.indicators()) rows.addAll(TrendsSheet.block(r, segmented));
    }

    /** Whether the indicator's SPC limits were rebased within its chart's months. */
    static boolean segmented(IndicatorView r) {
        return r.chart().months().stream().anyMatch(m -> m.spcSegment() > 0);
    }

    /** Whether the table has the segments' chart columns (some indicator's limits were rebased). */
    boolean segmented() {
        return segmented;
    }

    /** The table's column count. */
    int columns() {
        return segmented ? SEGMENTED_COLUMNS : COLUMNS;
    }

    List<List<Object>> rows() {
        return rows;
    }

    /**
     * A chart's categories: the text of a column's cells. The charts read the table's values from here rather than
     * from the cells, as the sheet's rows are streamed to disk as they are written.
     */
    XDDFDataSource<String> strings(CellRangeAddress range) {
        String[] values = new String[range.getLastRow() - range.getFirstRow() + 1];
        for (int i = 0; i < values.length; i++) {
            Object v = cell(range.getFirstRow() + i, range.getFirstColumn());
            values[i] = v instanceof String s ? s : null;
        }
        return XDDFDataSourcesFactory.fromArray(values, reference(range));
    }

    /** A chart's series: the figures of a column's cells (null for an empty cell, a gap in the line). */
    XDDFNumericalDataSource<Double> numbers(CellRangeAddress range) {
        Double[] values = new Double[range.getLastRow() - range.getFirstRow() + 1];
        for (int i = 0; i < values.length; i++) {
            Object v = cell(range.getFirstRow() + i, range.getFirstColumn());
            values[i] = v instanceof Num n && n.code() == null && !n.isBlank() ? n.value() : null;
        }
        return XDDFDataSourcesFactory.fromArray(values, reference(range));
    }

    private Object cell(int row, int col) {
        return rows.get(row - SheetTable.FIRST_DATA_ROW).get(col);
    }

    /** The range as a chart's formula refers to it, e.g. {@code Trends!$E$4:$E$27}. */
    static String reference(CellRangeAddress range) {
        return range.formatAsString(SHEET, true);
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
