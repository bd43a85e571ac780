package org.boardpack.pdf;

import java.util.function.Function;

import org.boardpack.pack.view.ChartLine;
import org.boardpack.pack.view.ChartMonth;
import org.boardpack.pack.view.ChartSeries;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.Shown;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * An indicator's trend from the pack view's chart series: the rated series (solid, with markers; for year-to-date
 * and rolling indicators with the monthly figure beside it), each financial year's target (dashed) and where Red
 * begins, and the statistical neighbours' mean (dotted) and England (dash-dot) of each published year.
 */
final class TrendChart {

    private TrendChart() {
    }

    static JFreeChart build(IndicatorView r, int monthsPerTick) {
        ChartSeries c = r.chart();
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.setXPosition(TimePeriodAnchor.MIDDLE);
        XYLineAndShapeRenderer renderer = ChartStyle.renderer();
        int n = 0;
        if (c.months().stream().anyMatch(m -> !m.value().isBlank() || !m.rated().isBlank())) {
            n = add(data, renderer, n, c, ChartLine.MAIN, c.mainTitle(), m -> m.charted(c.ratedSeries()));
            if (c.ratedSeries()) n = add(data, renderer, n, c, ChartLine.MONTHLY, ChartLine.MONTHLY.title(), ChartMonth::value);
            if (c.hasTarget()) n = add(data, renderer, n, c, ChartLine.TARGET, ChartLine.TARGET.title(), ChartMonth::target);
            if (c.hasTolerance()) n = add(data, renderer, n, c, ChartLine.RED_BEYOND, ChartLine.RED_BEYOND.title(), ChartMonth::redBeyond);
            if (c.hasNeighbours()) n = add(data, renderer, n, c, ChartLine.NEIGHBOURS, ChartLine.NEIGHBOURS.title(), ChartMonth::neighbours);
            if (c.hasEngland()) add(data, renderer, n, c, ChartLine.ENGLAND, ChartLine.ENGLAND.title(), ChartMonth::england);
        }
        XYPlot plot = new XYPlot(data, ChartStyle.monthAxis(monthsPerTick), axis(c.axisTitle(), c.trendMin(), c.trendMax()),
                renderer);
        return ChartStyle.finish(plot, true);
    }

    /** A value axis over the view's fitted range (automatic when there is nothing to draw). */
    static NumberAxis axis(String title, Double min, Double max) {
        NumberAxis axis = ChartStyle.valueAxis(title);
        if (min != null && max != null) axis.setRange(min, max);
        return axis;
    }

    /** One line of the chart, every month of the view (a blank month breaks the line). */
    static int add(TimeSeriesCollection data, XYLineAndShapeRenderer renderer, int n, ChartSeries c, ChartLine style,
                   String title, Function<ChartMonth, Shown> figure) {
        TimeSeries s = new TimeSeries(title);
        for (ChartMonth m : c.months()) s.add(month(m), figure.apply(m).value());
        data.addSeries(s);
        ChartStyle.apply(renderer, n, style);
        return n + 1;
    }

    static Month month(ChartMonth m) {
        return new Month(m.month().getMonthValue(), m.month().getYear());
    }
}
