package org.boardpack.excel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PeriodLabels;
import org.boardpack.pack.SeriesPoint;

/**
 * A line chart per indicator over the last 24 months, with the target as a dashed line and, where DfE publishes
 * a benchmark, the statistical neighbours' mean and England as reference lines. The table holds the cells the
 * charts plot (and the SPC sheet's charts too): one block of 24 months per indicator.
 */
final class TrendsSheet implements PackSheet {

    static final String VALUE_COLOUR = "1F4E79";
    static final String TARGET_COLOUR = "C00000";
    static final String NEIGHBOURS_COLOUR = "7F6000";
    static final String ENGLAND_COLOUR = "375623";
    /** The first column of the chart grid, right of the table and a spacer column. */
    static final int CHART_COLUMN = TrendLayout.COLUMNS + 1;

    @Override
    public String name() {
        return "Trends";
    }

    @Override
    public String description() {
        return "A line chart per indicator over 24 months with its target and, where published, the statistical neighbours' mean and England; the table holds the charted figures.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackModel pack = ctx.pack();
        TrendLayout layout = ctx.trends();
        List<IndicatorResult> indicators = pack.indicatorList();
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorResult r : indicators) rows.addAll(block(r, layout.months()));
        List<SheetTable.Column> columns = new ArrayList<>(List.of(
                new SheetTable.Column("Indicator id", 28), new SheetTable.Column("Indicator", 64),
                new SheetTable.Column("Period", 9), new SheetTable.Column("Value", 9),
                new SheetTable.Column("Target", 9), new SheetTable.Column("Statistical neighbours mean", 12),
                new SheetTable.Column("England", 9), new SheetTable.Column("SPC mean", 9),
                new SheetTable.Column("SPC lower process limit", 10), new SheetTable.Column("SPC upper process limit", 10),
                new SheetTable.Column("SPC special cause rule", 46),
                new SheetTable.Column("SPC signal", 34, StatusRules.VARIATION)));
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Trends: 24 months to " + pack.periodLabel(),
                "The charts (right of this table) plot these cells, 24 months per indicator. The target is this financial "
                        + "year's, shown for its months; for year-to-date and rolling indicators it applies to the aggregated figure. "
                        + "Neighbours and England are the latest published year's figures.",
                columns, "No indicators on this board."), rows);
        sheet.setColumnWidth(CHART_COLUMN - 1, 3 * 256);
        if (indicators.isEmpty()) return;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ChartGrid grid = new ChartGrid(sheet, CHART_COLUMN, SheetTable.FIRST_DATA_ROW);
        for (int i = 0; i < indicators.size(); i++) {
            chart(sheet, drawing, grid.anchor(drawing, i), indicators.get(i), layout, i);
        }
    }

    /** The 24 rows of one indicator. */
    static List<List<Object>> block(IndicatorResult r, List<YearMonth> months) {
        Map<YearMonth, SeriesPoint> byMonth = new HashMap<>();
        for (SeriesPoint p : r.series()) byMonth.put(p.period(), p);
        SpcResult spc = r.spc();
        YearMonth spcStart = TrendLayout.spcStart(r);
        BenchmarkComparison b = r.benchmark();
        int d = r.decimals();
        List<List<Object>> rows = new ArrayList<>();
        for (YearMonth m : months) {
            SeriesPoint p = byMonth.get(m);
            boolean thisYear = r.target() != null && FinancialYear.of(m).label().equals(r.financialYear());
            boolean inSpc = spc.hasLimits() && spcStart != null && !m.isBefore(spcStart);
            SpcPoint point = inSpc ? pointAt(spc, (int) spcStart.until(m, java.time.temporal.ChronoUnit.MONTHS)) : null;
            rows.add(Arrays.asList(r.id(), r.name(), Labels.period(m),
                    Num.of(p == null ? null : p.value(), d),
                    Num.of(thisYear ? r.target() : null, d),
                    Num.of(b.published() ? b.neighbourMean() : null, d),
                    Num.of(b.published() ? b.england() : null, d),
                    Num.of(inSpc ? spc.mean() : null, d),
                    Num.of(inSpc ? spc.lowerProcessLimit() : null, d),
                    Num.of(inSpc ? spc.upperProcessLimit() : null, d),
                    point == null || point.isMissing() ? null : point.rule().label(),
                    point == null || point.isMissing() ? null : point.signal().label()));
        }
        return rows;
    }

    private static SpcPoint pointAt(SpcResult spc, int index) {
        return index >= 0 && index < spc.points().size() ? spc.points().get(index) : null;
    }

    /** The lines a trend chart draws for an indicator (the test reads the expected series from here too). */
    static List<LineChart.Line> lines(IndicatorResult r, int first, int last) {
        List<LineChart.Line> lines = new ArrayList<>();
        lines.add(new LineChart.Line(r.aggregation() == org.boardpack.indicators.Aggregation.SNAPSHOT ? "Figure" : "Monthly figure",
                column(first, last, TrendLayout.COL_VALUE), VALUE_COLOUR, null, true, 2.25));
        if (r.target() != null) {
            lines.add(new LineChart.Line("Target " + r.financialYear(), column(first, last, TrendLayout.COL_TARGET),
                    TARGET_COLOUR, PresetLineDash.DASH, false, 1.75));
        }
        BenchmarkComparison b = r.benchmark();
        if (b.published() && b.neighbourMean() != null) {
            lines.add(new LineChart.Line("Statistical neighbours " + b.year(), column(first, last, TrendLayout.COL_NEIGHBOURS),
                    NEIGHBOURS_COLOUR, PresetLineDash.LARGE_DASH_DOT, false, 1.5));
        }
        if (b.published() && b.england() != null) {
            lines.add(new LineChart.Line("England " + b.year(), column(first, last, TrendLayout.COL_ENGLAND),
                    ENGLAND_COLOUR, PresetLineDash.SYSTEM_DOT, false, 1.5));
        }
        return lines;
    }

    private void chart(XSSFSheet sheet, XSSFDrawing drawing, org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor,
                       IndicatorResult r, TrendLayout layout, int index) {
        int first = layout.firstRow(index);
        int last = layout.lastRow(index);
        List<LineChart.Line> lines = lines(r, first, last);
        String alt = "Line chart of " + r.name() + " by month, " + PeriodLabels.longLabel(layout.months().get(0))
                + " to " + PeriodLabels.longLabel(layout.months().get(layout.months().size() - 1)) + ", with "
                + String.join(", ", lines.stream().skip(1).map(LineChart.Line::title).toList())
                + (lines.size() > 1 ? "" : "no reference lines") + ". The figures are in rows " + (first + 1) + " to "
                + (last + 1) + " of the table on this sheet.";
        LineChart.draw(drawing, anchor, sheet, r.name(), alt, column(first, last, TrendLayout.COL_PERIOD), "Month",
                Labels.axis(r.unit()), Num.decimals(r.decimals()), lines);
    }

    static CellRangeAddress column(int first, int last, int col) {
        return new CellRangeAddress(first, last, col, col);
    }
}
