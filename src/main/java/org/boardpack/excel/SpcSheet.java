package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.pack.view.ChartMessage;
import org.boardpack.pack.view.ChartLine;
import org.boardpack.pack.view.ChartSeries;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.SpcView;

/**
 * Statistical process control per indicator: the mean, process and near limits, the last point's rule and
 * signal, the variation and assurance icons (as words with a fill), and an XmR chart of the series with its mean,
 * process limits, target and special-cause points marked by type, on an axis fitted to the data. The charts plot
 * the cells of the Trends sheet's table.
 */
final class SpcSheet implements PackSheet {

    static final Columns<IndicatorView> COLUMNS = new Columns<IndicatorView>()
            .add("Indicator id", 24, r -> r.id())
            .add("Indicator", 44, r -> r.name())
            .add("Better when", 9, r -> r.better())
            .add("Limits", 22, r -> r.spc().limits())
            .add("Mean", 9, r -> Num.of(r.spc().mean(), r.decimals()))
            .add("Lower process limit", 10, r -> Num.of(r.spc().lowerLimit(), r.decimals()))
            .add("Upper process limit", 10, r -> Num.of(r.spc().upperLimit(), r.decimals()))
            .add("Lower near limit", 10, r -> Num.of(r.spc().lowerNearLimit(), r.decimals()))
            .add("Upper near limit", 10, r -> Num.of(r.spc().upperNearLimit(), r.decimals()))
            .add("Mean moving range", 10, r -> Num.of(r.spc().meanMovingRange(), r.decimals()))
            .add("Last point period", 10, r -> ScorecardSheet.blankToNull(r.spc().lastPointMonth()))
            .add("Last point value", 10, r -> Num.of(r.spc().lastPointValue(), r.decimals()))
            .add("Last point rule", 30, r -> ScorecardSheet.blankToNull(r.spc().lastPointRule()))
            .add("Last signal", 26, StatusRules.VARIATION, r -> ScorecardSheet.blankToNull(r.spc().lastPointSignal()))
            .add("SPC variation", 26, StatusRules.VARIATION, r -> r.spc().variation())
            .add("SPC assurance", 22, StatusRules.ASSURANCE, r -> r.spc().assurance())
            .add("SPC reading", 50, r -> r.spc().reading())
            .add("Target", 9, r -> Num.of(r.target(), r.decimals())).notApplicableWhen(r -> !r.hasTarget());

    /**
     * The SPC sheet's row of the indicator at this position of the pack (0-based): its limits and sentence, with
     * its chart below the table in the same order.
     */
    static String rowAddress(int index) {
        return "'SPC'!A" + (SheetTable.FIRST_DATA_ROW + index + 1);
    }

    @Override
    public String name() {
        return "SPC";
    }

    @Override
    public String description() {
        return "Statistical process control per indicator: mean, limits, the last point's signal, variation and assurance, and an XmR chart with its mean, limits, target and special-cause points.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackView pack = ctx.view();
        List<IndicatorView> indicators = pack.indicators();
        var placed = SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Statistical process control (XmR): " + pack.periodLabel(),
                "Limits come from every monthly figure of the last 24 months: mean +/- 2.66 x mean moving range (near limits 2/3 of that), "
                        + "shown within 0-100 for percentages and never below 0. "
                        + "The charts below plot the monthly figures in the Trends sheet's table; special-cause points are marked "
                        + "(square: concern, diamond: improvement, triangle: no better direction).",
                COLUMNS.columns(), "No indicators on this board."), COLUMNS.rows(indicators));
        if (indicators.isEmpty()) return;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ChartGrid grid = new ChartGrid(sheet, 0, placed.lastDataRow() + 2);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorView r = indicators.get(i);
            int first = ctx.trends().firstRow(i);
            int last = ctx.trends().lastRow(i);
            SpcView spc = r.spc();
            String alt = ChartMessage.spc(r) + ". XmR chart: " + spc.limits()
                    + "; the figures are in rows " + (first + 1) + " to " + (last + 1) + " of the Trends sheet's table.";
            LineChart.draw(drawing, grid.anchor(drawing, i), ctx.trends(), r.name() + ": SPC", alt,
                    TrendsSheet.column(first, last, TrendLayout.COL_PERIOD), "Month", r.chart().axisTitle(),
                    Num.decimals(r.decimals()), r.chart().spcMin(), r.chart().spcMax(), lines(r, first, last));
        }
    }

    /** The series an SPC chart draws: figures, mean and limits, target, and the special-cause points by type. */
    static List<LineChart.Line> lines(IndicatorView r, int first, int last) {
        ChartSeries c = r.chart();
        String suffix = c.limitsSuffix();
        List<LineChart.Line> lines = new ArrayList<>();
        lines.add(LineChart.Line.of(ChartLine.SPC_VALUES, ChartLine.SPC_VALUES.title(), TrendsSheet.column(first, last, TrendLayout.COL_VALUE), 2.0));
        if (c.hasSpcLimits()) {
            if (TrendLayout.segmented(r)) {
                // each segment's lines apart: the odd segments' cells, then the even ones' continuing them unnamed
                segmented(lines, ChartLine.SPC_MEAN, "Mean" + suffix, first, last, TrendLayout.COL_CHART_MEAN_ODD, TrendLayout.COL_CHART_MEAN_EVEN);
                segmented(lines, ChartLine.SPC_LIMIT, "Lower process limit" + suffix, first, last, TrendLayout.COL_CHART_LOWER_ODD, TrendLayout.COL_CHART_LOWER_EVEN);
                segmented(lines, ChartLine.SPC_LIMIT, "Upper process limit" + suffix, first, last, TrendLayout.COL_CHART_UPPER_ODD, TrendLayout.COL_CHART_UPPER_EVEN);
            } else {
                lines.add(LineChart.Line.of(ChartLine.SPC_MEAN, "Mean" + suffix, TrendsSheet.column(first, last, TrendLayout.COL_SPC_MEAN), 1.25));
                lines.add(LineChart.Line.of(ChartLine.SPC_LIMIT, "Lower process limit" + suffix, TrendsSheet.column(first, last, TrendLayout.COL_SPC_LOWER), 1.25));
                lines.add(LineChart.Line.of(ChartLine.SPC_LIMIT, "Upper process limit" + suffix, TrendsSheet.column(first, last, TrendLayout.COL_SPC_UPPER), 1.25));
            }
        }
        if (c.hasTarget()) {
            lines.add(LineChart.Line.of(ChartLine.TARGET, ChartLine.TARGET.title(), TrendsSheet.column(first, last, TrendLayout.COL_TARGET), 1.5));
        }
        var months = c.months();
        if (months.stream().anyMatch(m -> m.spcSignal() == PointSignal.CONCERN)) {
            lines.add(LineChart.Line.of(ChartLine.CONCERN, ChartLine.CONCERN.title(), TrendsSheet.column(first, last, TrendLayout.COL_CONCERN), 0));
        }
        if (months.stream().anyMatch(m -> m.spcSignal() == PointSignal.IMPROVEMENT)) {
            lines.add(LineChart.Line.of(ChartLine.IMPROVEMENT, ChartLine.IMPROVEMENT.title(), TrendsSheet.column(first, last, TrendLayout.COL_IMPROVEMENT), 0));
        }
        if (months.stream().anyMatch(m -> m.spcSignal() == PointSignal.NEUTRAL_HIGH || m.spcSignal() == PointSignal.NEUTRAL_LOW)) {
            lines.add(LineChart.Line.of(ChartLine.NEUTRAL, ChartLine.NEUTRAL.title(), TrendsSheet.column(first, last, TrendLayout.COL_NEUTRAL), 0));
        }
        return lines;
    }

    private static void segmented(List<LineChart.Line> lines, ChartLine style, String title, int first, int last,
                                  int oddColumn, int evenColumn) {
        lines.add(LineChart.Line.of(style, title, TrendsSheet.column(first, last, oddColumn), 1.25));
        lines.add(LineChart.Line.of(style, title + ", segments 2, 4, 6...", TrendsSheet.column(first, last, evenColumn), 1.25).outOfLegend());
    }
}
