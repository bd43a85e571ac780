package org.boardpack.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.pack.view.ChartMessage;
import org.boardpack.pack.view.ChartLine;
import org.boardpack.pack.view.ChartMonth;
import org.boardpack.pack.view.ChartSeries;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Shown;

/**
 * A line chart per indicator over the last 24 months: the rated series (the month's figure, or the year-to-date or
 * rolling figure beside the monthly one), each financial year's target with its tolerance edge, and, where DfE
 * publishes a benchmark, the statistical neighbours' mean and England of each published year. The table holds the
 * cells the charts plot (and the SPC sheet's charts too): one block of 24 months per indicator.
 */
final class TrendsSheet implements PackSheet {


    @Override
    public String name() {
        return TrendLayout.SHEET;
    }

    @Override
    public String description() {
        return "A line chart per indicator over 24 months with each financial year's target and, where published, the statistical neighbours' mean and England; the table holds the charted figures.";
    }

    /** Streamed: a large council's 24 months of 100-odd indicators are thousands of rows. */
    @Override
    public boolean streamed() {
        return true;
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        writeStreaming(sheet, sheet, ctx);
    }

    @Override
    public void writeStreaming(Sheet sheet, XSSFSheet table, SheetContext ctx) {
        PackView pack = ctx.view();
        TrendLayout layout = ctx.trends();
        List<IndicatorView> indicators = pack.indicators();
        List<List<Object>> rows = layout.rows();
        List<SheetTable.Column> columns = new ArrayList<>(List.of(
                new SheetTable.Column("Indicator id", 28), new SheetTable.Column("Indicator", 64),
                new SheetTable.Column("Period", 9), new SheetTable.Column("Financial year", 9),
                new SheetTable.Column("Value", 9), new SheetTable.Column("Year to date or rolling 12 months", 11),
                new SheetTable.Column("Target", 9), new SheetTable.Column("Red beyond", 9),
                new SheetTable.Column("Benchmark year", 9), new SheetTable.Column("Statistical neighbours mean", 12),
                new SheetTable.Column("England", 9), new SheetTable.Column("SPC mean", 9),
                new SheetTable.Column("SPC lower process limit", 10), new SheetTable.Column("SPC upper process limit", 10),
                new SheetTable.Column("SPC special cause rule", 46),
                new SheetTable.Column("SPC signal", 34, StatusRules.VARIATION),
                new SheetTable.Column("Special cause: concern", 10), new SheetTable.Column("Special cause: improvement", 10),
                new SheetTable.Column("Special cause: neutral", 10)));
        if (layout.segmented()) {
            columns.addAll(List.of(
                    new SheetTable.Column("Chart: SPC mean, segments 1, 3, 5...", 14),
                    new SheetTable.Column("Chart: SPC lower process limit, segments 1, 3, 5...", 14),
                    new SheetTable.Column("Chart: SPC upper process limit, segments 1, 3, 5...", 14),
                    new SheetTable.Column("Chart: SPC mean, segments 2, 4, 6...", 14),
                    new SheetTable.Column("Chart: SPC lower process limit, segments 2, 4, 6...", 14),
                    new SheetTable.Column("Chart: SPC upper process limit, segments 2, 4, 6...", 14)));
        }
        SheetTable.writeChartSource(sheet, table, ctx, new SheetTable.Spec(tableName(), "Trends: 24 months to " + pack.periodLabel(),
                "The charts (right of this table) plot these cells, 24 months per indicator. Each month shows its own "
                        + "financial year's target; for year-to-date and rolling indicators the chart's main line is the rated figure. "
                        + "Neighbours and England are each month's published year (the latest published year after it). "
                        + "SPC limits are kept within 0-100 for percentages and never below 0. "
                        + "A month with no figure is left empty (not coded), so the chart breaks its line there."
                        + (layout.segmented() ? " Where SPC limits were recalculated from a month, each month's SPC mean and limits "
                        + "are its own segment's; the last six columns repeat them for the SPC chart only, alternating by segment "
                        + "(the months of other segments left empty), so that each segment's lines are drawn apart." : ""),
                columns, "No indicators on this board."), rows);
        int chartColumn = layout.columns() + 1;
        sheet.setColumnWidth(chartColumn - 1, 3 * 256);
        if (indicators.isEmpty()) return;
        XSSFDrawing drawing = table.createDrawingPatriarch();
        // the charts lie over the table's rows, which are on disk by now: their heights are worked out again
        List<SheetTable.Column> cols = columns;
        ChartGrid grid = new ChartGrid(table, chartColumn, SheetTable.FIRST_DATA_ROW, r -> {
            int i = r - SheetTable.FIRST_DATA_ROW;
            return i < rows.size() ? RowHeights.points(cols, rows.get(i)) : table.getDefaultRowHeightInPoints();
        });
        for (int i = 0; i < indicators.size(); i++) {
            chart(drawing, grid.anchor(drawing, i), indicators.get(i), layout, i);
        }
    }

    /**
     * The 24 rows of one indicator.
     *
     * @param segmented whether the table has the segments' chart columns
     */
    static List<List<Object>> block(IndicatorView r, boolean segmented) {
        int d = r.decimals();
        boolean rebased = TrendLayout.segmented(r);
        List<List<Object>> rows = new ArrayList<>();
        for (ChartMonth m : r.chart().months()) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.id(), r.name(), m.month().toString(), m.financialYear(),
                    Num.charted(m.value(), d), Num.charted(m.rated(), d), Num.of(m.target(), d), Num.of(m.redBeyond(), d),
                    Num.plain(m.benchmarkYear()), Num.of(m.neighbours(), d), Num.of(m.england(), d),
                    Num.charted(m.spcMean(), d), Num.charted(m.spcLower(), d), Num.charted(m.spcUpper(), d),
                    ScorecardSheet.blankToNull(m.spcRule()), ScorecardSheet.blankToNull(m.spcSignalWord()),
                    Num.charted(marker(m, PointSignal.CONCERN), d), Num.charted(marker(m, PointSignal.IMPROVEMENT), d),
                    Num.charted(neutral(m), d)));
            if (segmented) {
                boolean odd = m.spcSegment() % 2 == 0; // segment 1, 3... as a reader counts them
                for (boolean set : new boolean[] {true, false}) {
                    boolean here = rebased && set == odd;
                    row.add(Num.charted(here ? m.spcMean() : Shown.NONE, d));
                    row.add(Num.charted(here ? m.spcLower() : Shown.NONE, d));
                    row.add(Num.charted(here ? m.spcUpper() : Shown.NONE, d));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static Shown marker(ChartMonth m, PointSignal signal) {
        return m.spcSignal() == signal ? m.value() : Shown.NONE;
    }

    private static Shown neutral(ChartMonth m) {
        return m.spcSignal() == PointSignal.NEUTRAL_HIGH || m.spcSignal() == PointSignal.NEUTRAL_LOW ? m.value() : Shown.NONE;
    }

    /** The lines a trend chart draws for an indicator (the test reads the expected series from here too). */
    static List<LineChart.Line> lines(IndicatorView r, int first, int last) {
        ChartSeries c = r.chart();
        List<LineChart.Line> lines = new ArrayList<>();
        if (c.ratedSeries()) {
            lines.add(LineChart.Line.of(ChartLine.MAIN, c.mainTitle(), column(first, last, TrendLayout.COL_RATED), 2.25));
            lines.add(LineChart.Line.of(ChartLine.MONTHLY, ChartLine.MONTHLY.title(), column(first, last, TrendLayout.COL_VALUE), 1.25));
        } else {
            lines.add(LineChart.Line.of(ChartLine.MAIN, c.mainTitle(), column(first, last, TrendLayout.COL_VALUE), 2.25));
        }
        if (c.hasTarget()) {
            lines.add(LineChart.Line.of(ChartLine.TARGET, ChartLine.TARGET.title(), column(first, last, TrendLayout.COL_TARGET), 1.75));
        }
        if (c.hasTolerance()) {
            lines.add(LineChart.Line.of(ChartLine.RED_BEYOND, ChartLine.RED_BEYOND.title(), column(first, last, TrendLayout.COL_RED_BEYOND), 1.0));
        }
        if (c.hasNeighbours()) {
            lines.add(LineChart.Line.of(ChartLine.NEIGHBOURS, ChartLine.NEIGHBOURS.title(), column(first, last, TrendLayout.COL_NEIGHBOURS), 1.5));
        }
        if (c.hasEngland()) {
            lines.add(LineChart.Line.of(ChartLine.ENGLAND, ChartLine.ENGLAND.title(), column(first, last, TrendLayout.COL_ENGLAND), 1.5));
        }
        return lines;
    }

    private void chart(XSSFDrawing drawing, XSSFClientAnchor anchor, IndicatorView r,
                       TrendLayout layout, int index) {
        int first = layout.firstRow(index);
        int last = layout.lastRow(index);
        List<LineChart.Line> lines = lines(r, first, last);
        List<ChartMonth> months = r.chart().months();
        String alt = ChartMessage.trend(r) + ". Line chart by month, " + months.get(0).label() + " to "
                + months.get(months.size() - 1).label() + "; the figures are in rows " + (first + 1) + " to " + (last + 1) + " of the table on this sheet.";
        LineChart.draw(drawing, anchor, layout, r.name(), alt, column(first, last, TrendLayout.COL_PERIOD), "Month",
                r.chart().axisTitle(), Num.decimals(r.decimals()), r.chart().trendMin(), r.chart().trendMax(), lines);
    }

    static CellRangeAddress column(int first, int last, int col) {
        return new CellRangeAddress(first, last, col, col);
    }
}
