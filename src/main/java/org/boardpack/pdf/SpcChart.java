package org.boardpack.pdf;

import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.pack.view.ChartLine;
import org.boardpack.pack.view.ChartMonth;
import org.boardpack.pack.view.ChartSeries;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.SpcView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A Making Data Count XmR chart from the pack view: the monthly values, the mean (thin solid), the process limits
 * (short dashes; "trial limits" with 12-19 points), the target (dashed), and special-cause points marked by type
 * with their own shapes (concern: square, improvement: diamond, neutral: triangle). The variation and assurance
 * icons are written as words above the plot.
 */
final class SpcChart {

    private SpcChart() {
    }

    static JFreeChart build(IndicatorView r) {
        ChartSeries c = r.chart();
        SpcView spc = r.spc();
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.setXPosition(TimePeriodAnchor.MIDDLE);
        XYLineAndShapeRenderer renderer = ChartStyle.renderer();
        int n = 0;
        if (c.months().stream().anyMatch(m -> !m.value().isBlank())) {
            n = TrendChart.add(data, renderer, n, c, ChartLine.SPC_VALUES, ChartLine.SPC_VALUES.title(), ChartMonth::value);
            if (c.hasSpcLimits()) {
                n = segmented(data, renderer, n, c, ChartLine.SPC_MEAN, "Mean " + spc.mean().text(), ChartMonth::spcMean, true);
                n = segmented(data, renderer, n, c, ChartLine.SPC_LIMIT,
                        spc.limitsWord() + " " + spc.lowerLimit().text() + " to " + spc.upperLimit().text(), ChartMonth::spcUpper, true);
                n = segmented(data, renderer, n, c, ChartLine.SPC_LIMIT, "Lower limit", ChartMonth::spcLower, false);
            }
            if (c.hasTarget()) n = TrendChart.add(data, renderer, n, c, ChartLine.TARGET, ChartLine.TARGET.title(), ChartMonth::target);
            n = points(data, renderer, n, c, ChartLine.CONCERN, PointSignal.CONCERN);
            n = points(data, renderer, n, c, ChartLine.IMPROVEMENT, PointSignal.IMPROVEMENT);
            points(data, renderer, n, c, ChartLine.NEUTRAL, PointSignal.NEUTRAL_HIGH, PointSignal.NEUTRAL_LOW);
        }
        XYPlot plot = new XYPlot(data, ChartStyle.monthAxis(3), TrendChart.axis(c.axisTitle(), c.spcMin(), c.spcMax()), renderer);
        JFreeChart chart = ChartStyle.finish(plot, true);
        chart.addSubtitle(ChartStyle.subtitle(spc.sentence(), true));
        chart.addSubtitle(ChartStyle.subtitle(spc.limits(), false));
        return chart;
    }

    /**
     * A mean or limit line, one series per segment so the line breaks where the limits were recalculated; only the
     * first (when {@code inLegend}) is in the key.
     */
    private static int segmented(TimeSeriesCollection data, XYLineAndShapeRenderer renderer, int n, ChartSeries c,
                                 ChartLine style, String title, java.util.function.Function<ChartMonth, org.boardpack.pack.view.Shown> figure,
                                 boolean inLegend) {
        int segments = c.months().stream().mapToInt(ChartMonth::spcSegment).max().orElse(0) + 1;
        for (int k = 0; k < segments; k++) {
            TimeSeries s = new TimeSeries(k == 0 ? title : title + " (" + (k + 1) + ")");
            for (ChartMonth m : c.months()) {
                if (m.spcSegment() == k) s.add(TrendChart.month(m), figure.apply(m).value());
            }
            data.addSeries(s);
            ChartStyle.apply(renderer, n, style);
            renderer.setSeriesVisibleInLegend(n, inLegend && k == 0);
            n++;
        }
        return n;
    }

    /** The special-cause points of the given signals, markers only; nothing when there are none. */
    private static int points(TimeSeriesCollection data, XYLineAndShapeRenderer renderer, int n, ChartSeries c,
                              ChartLine style, PointSignal... signals) {
        TimeSeries s = new TimeSeries(style.title());
        for (ChartMonth m : c.months()) {
            for (PointSignal signal : signals) {
                if (m.spcSignal() == signal) s.add(TrendChart.month(m), m.value().value());
            }
        }
        if (s.isEmpty()) return n;
        data.addSeries(s);
        ChartStyle.apply(renderer, n, style);
        return n + 1;
    }

}
