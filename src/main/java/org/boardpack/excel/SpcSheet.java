package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;

/**
 * Statistical process control per indicator: the mean, process and near limits, the last point's rule and
 * signal, the variation and assurance icons (as words with a fill), and an XmR chart of the series with its mean
 * and process limits. The charts plot the monthly cells of the Trends sheet's table.
 */
final class SpcSheet implements PackSheet {

    static final String VALUE_COLOUR = "1F4E79";
    static final String MEAN_COLOUR = "404040";
    static final String LIMIT_COLOUR = "7F7F7F";

    static final Columns<IndicatorResult> COLUMNS = new Columns<IndicatorResult>()
            .add("Indicator id", 24, r -> r.id())
            .add("Indicator", 44, r -> r.name())
            .add("Better when", 9, r -> Labels.better(r.polarity()))
            .add("Limits", 22, r -> r.spc().status().label())
            .add("Mean", 9, r -> Num.of(r.spc().mean(), r.decimals()))
            .add("Lower process limit", 10, r -> Num.of(r.spc().lowerProcessLimit(), r.decimals()))
            .add("Upper process limit", 10, r -> Num.of(r.spc().upperProcessLimit(), r.decimals()))
            .add("Lower near limit", 10, r -> Num.of(r.spc().lowerNearLimit(), r.decimals()))
            .add("Upper near limit", 10, r -> Num.of(r.spc().upperNearLimit(), r.decimals()))
            .add("Mean moving range", 10, r -> Num.of(r.spc().meanMovingRange(), r.decimals()))
            .add("Last point period", 10, r -> Labels.period(TrendLayout.monthOf(r, r.spc().lastPoint())))
            .add("Last point value", 10, r -> Num.of(last(r) == null ? null : last(r).value(), r.decimals()))
            .add("Last point rule", 30, r -> last(r) == null ? null : last(r).rule().label())
            .add("Last signal", 26, StatusRules.VARIATION, r -> last(r) == null ? null : last(r).signal().label())
            .add("SPC variation", 26, StatusRules.VARIATION, r -> r.spc().variation().label())
            .add("SPC assurance", 22, StatusRules.ASSURANCE, r -> r.spc().assurance().label())
            .add("Target", 9, r -> Num.of(r.target(), r.decimals()));

    @Override
    public String name() {
        return "SPC";
    }

    @Override
    public String description() {
        return "Statistical process control per indicator: mean, limits, the last point's signal, variation and assurance, and an XmR chart of the series with its mean and limits.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackModel pack = ctx.pack();
        List<IndicatorResult> indicators = pack.indicatorList();
        var placed = SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Statistical process control (XmR): " + pack.periodLabel(),
                "Limits come from every monthly figure of the last 24 months: mean +/- 2.66 x mean moving range (near limits 2/3 of that). "
                        + "The charts below plot the monthly figures in the Trends sheet's table.",
                COLUMNS.columns(), "No indicators on this board."), COLUMNS.rows(indicators));
        if (indicators.isEmpty()) return;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ChartGrid grid = new ChartGrid(sheet, 0, placed.lastDataRow() + 2);
        XSSFSheet trends = ctx.workbook().getSheet(new TrendsSheet().name());
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorResult r = indicators.get(i);
            int first = ctx.trends().firstRow(i);
            int last = ctx.trends().lastRow(i);
            List<LineChart.Line> lines = lines(r, first, last);
            String alt = "XmR chart of " + r.name() + ": " + r.spc().status().label()
                    + (r.spc().hasLimits() ? "; variation: " + r.spc().variation().label() + "; assurance: "
                    + r.spc().assurance().label() : "")
                    + ". The figures are in rows " + (first + 1) + " to " + (last + 1) + " of the Trends sheet's table.";
            LineChart.draw(drawing, grid.anchor(drawing, i), trends, r.name() + ": SPC", alt,
                    TrendsSheet.column(first, last, TrendLayout.COL_PERIOD), "Month", Labels.axis(r.unit()),
                    Num.decimals(r.decimals()), lines);
        }
    }

    /** The series an SPC chart draws: the figures, and the mean and process limits when there are limits. */
    static List<LineChart.Line> lines(IndicatorResult r, int first, int last) {
        SpcResult spc = r.spc();
        String trial = spc.isTrial() ? " (trial)" : "";
        List<LineChart.Line> lines = new ArrayList<>();
        lines.add(new LineChart.Line("Monthly figure", TrendsSheet.column(first, last, TrendLayout.COL_VALUE),
                VALUE_COLOUR, null, true, 2.0));
        if (spc.hasLimits()) {
            lines.add(new LineChart.Line("Mean" + trial, TrendsSheet.column(first, last, TrendLayout.COL_SPC_MEAN),
                    MEAN_COLOUR, null, false, 1.5));
            lines.add(new LineChart.Line("Lower process limit" + trial, TrendsSheet.column(first, last, TrendLayout.COL_SPC_LOWER),
                    LIMIT_COLOUR, PresetLineDash.DASH, false, 1.25));
            lines.add(new LineChart.Line("Upper process limit" + trial, TrendsSheet.column(first, last, TrendLayout.COL_SPC_UPPER),
                    LIMIT_COLOUR, PresetLineDash.DASH, false, 1.25));
        }
        return lines;
    }

    private static SpcPoint last(IndicatorResult r) {
        return r.spc().lastPoint();
    }
}
