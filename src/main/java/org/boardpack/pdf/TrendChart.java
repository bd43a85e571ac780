package org.boardpack.pdf;

import java.time.YearMonth;
import java.util.List;

import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.SeriesPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * An indicator's trend: the monthly series (solid, with markers) against its target (dashed), the statistical
 * neighbours' mean (dotted) and England (dash-dot) as reference lines across the chart. Reference lines are drawn
 * only when the model has them; the legend names each with its figure.
 */
final class TrendChart {

    private TrendChart() {
    }

    static JFreeChart build(IndicatorResult r, int monthsPerTick) {
        List<SeriesPoint> points = r.series();
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.setXPosition(TimePeriodAnchor.MIDDLE);
        XYLineAndShapeRenderer renderer = ChartStyle.renderer();
        int n = 0;
        if (!points.isEmpty()) {
            TimeSeries monthly = new TimeSeries("Monthly figure");
            YearMonth first = points.get(0).period();
            YearMonth last = points.get(points.size() - 1).period();
            // every month from the first to the last, a gap left empty so the line breaks there
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) monthly.add(month(m), (Number) null);
            for (SeriesPoint p : points) monthly.update(month(p.period()), p.value());
            data.addSeries(monthly);
            renderer.setSeriesPaint(n, ChartStyle.SERIES);
            renderer.setSeriesStroke(n, ChartStyle.SOLID);
            renderer.setSeriesShape(n, ChartStyle.COMMON_POINT);
            renderer.setSeriesShapesVisible(n, true);
            renderer.setSeriesShapesFilled(n, true);
            n++;
            if (r.target() != null) {
                data.addSeries(flat("Target " + Text.num(r.target(), r), first, last, r.target()));
                renderer.setSeriesPaint(n, ChartStyle.TARGET);
                renderer.setSeriesStroke(n, ChartStyle.DASHED);
                n++;
            }
            BenchmarkComparison b = r.benchmark();
            if (b != null && b.published()) {
                String year = b.year() == null ? "" : " " + b.year();
                if (b.neighbourMean() != null) {
                    data.addSeries(flat("SN mean" + year + " " + Text.num(b.neighbourMean(), r), first, last,
                            b.neighbourMean().doubleValue()));
                    renderer.setSeriesPaint(n, ChartStyle.NEIGHBOURS);
                    renderer.setSeriesStroke(n, ChartStyle.DOTTED);
                    n++;
                }
                if (b.england() != null) {
                    data.addSeries(flat("England" + year + " " + Text.num(b.england(), r), first, last,
                            b.england().doubleValue()));
                    renderer.setSeriesPaint(n, ChartStyle.ENGLAND);
                    renderer.setSeriesStroke(n, ChartStyle.DASH_DOT);
                    n++;
                }
            }
        }
        XYPlot plot = new XYPlot(data, ChartStyle.monthAxis(monthsPerTick), ChartStyle.valueAxis(Text.unitLabel(r.unit())),
                renderer);
        return ChartStyle.finish(plot, true);
    }

    static Month month(YearMonth m) {
        return new Month(m.getMonthValue(), m.getYear());
    }

    /** A constant reference line across the months shown. */
    private static TimeSeries flat(String name, YearMonth first, YearMonth last, double value) {
        TimeSeries s = new TimeSeries(name);
        s.add(month(first), value);
        if (!last.equals(first)) s.add(month(last), value);
        return s;
    }
}
