package org.boardpack.pdf;

import java.awt.Color;
import java.awt.Shape;
import java.time.YearMonth;

import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.pack.IndicatorResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A Making Data Count XmR chart from the model's SPC result: the monthly values, the mean (thin solid), the process
 * limits (short dashes; "trial limits" with 12-19 points), the target (dashed), and special-cause points marked by
 * type with their own shapes (concern: square, improvement: diamond, neutral: triangle). The variation and assurance
 * icons are written as words above the plot.
 */
final class SpcChart {

    private SpcChart() {
    }

    /** The month of SPC point {@code index}: the SPC series starts at the indicator's first series month. */
    static YearMonth monthOf(IndicatorResult r, int index) {
        return r.series().get(0).period().plusMonths(index);
    }

    static JFreeChart build(IndicatorResult r) {
        SpcResult spc = r.spc();
        SpcResult shown = spc.rounded(r.decimals());
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.setXPosition(TimePeriodAnchor.MIDDLE);
        XYLineAndShapeRenderer renderer = ChartStyle.renderer();
        int n = 0;
        if (!spc.points().isEmpty() && !r.series().isEmpty()) {
            YearMonth first = monthOf(r, 0);
            YearMonth last = monthOf(r, spc.points().size() - 1);
            TimeSeries values = new TimeSeries("Monthly figure");
            TimeSeries concern = new TimeSeries("Special cause: concern");
            TimeSeries improvement = new TimeSeries("Special cause: improvement");
            TimeSeries neutral = new TimeSeries("Special cause: neutral");
            for (SpcPoint p : spc.points()) {
                YearMonth m = monthOf(r, p.index());
                values.add(TrendChart.month(m), p.value());
                if (p.isMissing() || !p.isSpecialCause()) continue;
                TimeSeries marked = switch (p.signal()) {
                    case CONCERN -> concern;
                    case IMPROVEMENT -> improvement;
                    case NEUTRAL_HIGH, NEUTRAL_LOW -> neutral;
                    case COMMON -> null;
                };
                if (marked != null) marked.add(TrendChart.month(m), p.value());
            }
            data.addSeries(values);
            renderer.setSeriesPaint(n, ChartStyle.SPC_LINE);
            renderer.setSeriesStroke(n, ChartStyle.SOLID);
            renderer.setSeriesShape(n, ChartStyle.COMMON_POINT);
            renderer.setSeriesShapesVisible(n, true);
            renderer.setSeriesShapesFilled(n, true);
            renderer.setSeriesFillPaint(n, ChartStyle.COMMON);
            n++;
            if (spc.hasLimits()) {
                data.addSeries(flat("Mean " + Text.num(shown.mean(), r), first, last, spc.mean()));
                line(renderer, n++, ChartStyle.MEAN, ChartStyle.THIN);
                String limits = (spc.isTrial() ? "Trial limits " : "Process limits ")
                        + Text.num(shown.lowerProcessLimit(), r) + " to " + Text.num(shown.upperProcessLimit(), r);
                data.addSeries(flat(limits, first, last, spc.upperProcessLimit()));
                line(renderer, n++, ChartStyle.LIMIT, ChartStyle.LIMITS);
                data.addSeries(flat("Lower limit", first, last, spc.lowerProcessLimit()));
                line(renderer, n, ChartStyle.LIMIT, ChartStyle.LIMITS);
                renderer.setSeriesVisibleInLegend(n++, false);
            }
            if (r.target() != null) {
                data.addSeries(flat("Target " + Text.num(r.target(), r), first, last, r.target()));
                line(renderer, n++, ChartStyle.TARGET, ChartStyle.DASHED);
            }
            n = points(data, renderer, n, concern, ChartStyle.CONCERN, ChartStyle.CONCERN_POINT);
            n = points(data, renderer, n, improvement, ChartStyle.IMPROVEMENT, ChartStyle.IMPROVEMENT_POINT);
            points(data, renderer, n, neutral, ChartStyle.NEUTRAL, ChartStyle.NEUTRAL_POINT);
        }
        XYPlot plot = new XYPlot(data, ChartStyle.monthAxis(3), ChartStyle.valueAxis(Text.unitLabel(r.unit())), renderer);
        JFreeChart chart = ChartStyle.finish(plot, true);
        chart.addSubtitle(ChartStyle.subtitle(iconLine(r), true));
        chart.addSubtitle(ChartStyle.subtitle(spc.status().label(), false));
        return chart;
    }

    /** "Variation: Special cause concern (high) | Assurance: Consistently fails target". */
    static String iconLine(IndicatorResult r) {
        return "Variation: " + r.spc().variation().label() + "   |   Assurance: " + r.spc().assurance().label();
    }

    private static void line(XYLineAndShapeRenderer renderer, int series, Color paint, java.awt.Stroke stroke) {
        renderer.setSeriesPaint(series, paint);
        renderer.setSeriesStroke(series, stroke);
    }

    private static int points(TimeSeriesCollection data, XYLineAndShapeRenderer renderer, int n, TimeSeries s,
                              Color paint, Shape shape) {
        if (s.isEmpty()) return n;
        data.addSeries(s);
        renderer.setSeriesPaint(n, paint);
        renderer.setSeriesShape(n, shape);
        renderer.setSeriesLinesVisible(n, false);
        renderer.setSeriesShapesVisible(n, true);
        renderer.setSeriesShapesFilled(n, true);
        return n + 1;
    }

    private static TimeSeries flat(String name, YearMonth first, YearMonth last, double value) {
        TimeSeries s = new TimeSeries(name);
        s.add(TrendChart.month(first), value);
        if (!last.equals(first)) s.add(TrendChart.month(last), value);
        return s;
    }
}
