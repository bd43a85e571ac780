package org.boardpack.pdf;

import org.boardpack.pack.view.ChartSeries;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.boardpack.indicators.spc.LimitStatus;
import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The charts read in black and white and hold nothing PDF/A forbids, whatever the data. */
class PdfChartsTest {

    static IndicatorView indicator(PackModel pack, String id) {
        return PackView.of(pack).indicators().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void trendLinesDifferByDashPatternNotOnlyColour() {
        // re-referrals: a target and published neighbour and England figures
        JFreeChart chart = TrendChart.build(indicator(PdfTestPacks.sample(), "rereferrals"), 6);
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) names.add(data.getSeriesKey(i).toString());
        // a rolling 12-month indicator: the rated series first, the monthly figure beside it
        assertThat(names).containsExactly("Rolling 12 months", "Monthly figure", ChartSeries.TARGET_TITLE,
                ChartSeries.RED_BEYOND_TITLE, ChartSeries.NEIGHBOURS_TITLE, ChartSeries.ENGLAND_TITLE);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        assertThat(dash(r.getSeriesStroke(0))).as("rated figure is solid").isNull();
        assertThat(dash(r.getSeriesStroke(1))).as("monthly figure is solid").isNull();
        Set<String> patterns = new HashSet<>();
        for (int i = 2; i < 6; i++) {
            assertThat(dash(r.getSeriesStroke(i))).as(names.get(i) + " is dashed or dotted").isNotNull();
            patterns.add(java.util.Arrays.toString(dash(r.getSeriesStroke(i))));
        }
        assertThat(patterns).as("target, Red edge, neighbours and England each have their own pattern").hasSize(4);
        assertOpaque(chart);
    }

    @Test
    void spcChartMarksSpecialCausePointsByTypeWithShapesAndNamesTheIcons() {
        PackModel pack = PdfTestPacks.sample();
        // care proceedings: special cause of concern; cla_rate (no polarity): neutral; cpp_2years: both
        IndicatorView care = indicator(pack, "care_proceedings_weeks");
        JFreeChart chart = SpcChart.build(care);
        List<String> subtitles = new ArrayList<>();
        for (Object t : chart.getSubtitles()) if (t instanceof TextTitle tt) subtitles.add(tt.getText());
        assertThat(subtitles).contains(care.spc().sentence(), care.spc().limits());
        assertThat(seriesShape(chart, "Special cause: concern")).isEqualTo(ChartStyle.CONCERN_POINT);
        assertThat(seriesNames(chart)).anyMatch(n -> n.startsWith("Mean ")).anyMatch(n -> n.startsWith("Process limits "))
                .anyMatch(n -> n.startsWith("Target "));
        assertOpaque(chart);

        IndicatorView cla = indicator(pack, "cla_rate");
        assertThat(cla.spc().specialCauses()).anyMatch(p -> p.signal() == PointSignal.NEUTRAL_HIGH || p.signal() == PointSignal.NEUTRAL_LOW);
        assertThat(seriesShape(SpcChart.build(cla), "Special cause: neutral")).isEqualTo(ChartStyle.NEUTRAL_POINT);
        IndicatorView cpp = indicator(pack, "cpp_2years");
        assertThat(seriesShape(SpcChart.build(cpp), "Special cause: improvement")).isEqualTo(ChartStyle.IMPROVEMENT_POINT);
        // square, diamond, triangle: told apart by their corners in black and white
        assertThat(List.of(corners(ChartStyle.CONCERN_POINT), corners(ChartStyle.IMPROVEMENT_POINT),
                corners(ChartStyle.NEUTRAL_POINT))).containsExactly(4, 4, 3);
        assertThat(ChartStyle.CONCERN_POINT).isInstanceOf(java.awt.geom.Rectangle2D.class);
        assertThat(ChartStyle.IMPROVEMENT_POINT).isNotInstanceOf(java.awt.geom.Rectangle2D.class);
    }

    @Test
    void chartsCopeWithNoFiguresTooFewForLimitsAndTrialLimits() throws Exception {
        PackModel stress = PdfTestPacks.stress();
        IndicatorView none = indicator(stress, "stress_06_10");
        IndicatorView six = indicator(stress, "stress_06_09");
        IndicatorView trial = indicator(stress, "stress_06_08");
        assertThat(none.chart().months()).allMatch(m -> m.value().isBlank());
        assertThat(six.spc().limits()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA.label());
        assertThat(trial.spc().trial()).isTrue();
        assertThat(seriesNames(SpcChart.build(trial))).anyMatch(n -> n.startsWith("Trial limits "));
        assertThat(seriesNames(SpcChart.build(six))).noneMatch(n -> n.contains("limits"));
        for (IndicatorView r : List.of(none, six, trial)) {
            for (JFreeChart c : List.of(TrendChart.build(r, 6), SpcChart.build(r))) {
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = img.createGraphics();
                c.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 300, 200));
                g.dispose();
            }
        }
    }

    private static int corners(Shape s) {
        Set<java.awt.geom.Point2D> points = new HashSet<>();
        double[] c = new double[6];
        for (java.awt.geom.PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO || type == java.awt.geom.PathIterator.SEG_LINETO) {
                points.add(new java.awt.geom.Point2D.Double(c[0], c[1]));
            }
        }
        return points.size();
    }

    private static float[] dash(Stroke s) {
        return ((BasicStroke) s).getDashArray();
    }

    private static List<String> seriesNames(JFreeChart chart) {
        XYDataset data = chart.getXYPlot().getDataset();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) names.add(data.getSeriesKey(i).toString());
        return names;
    }

    private static Shape seriesShape(JFreeChart chart, String name) {
        int i = seriesNames(chart).indexOf(name);
        assertThat(i).as("series " + name).isNotNegative();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        assertThat(r.getSeriesLinesVisible(i)).as(name + " is markers only").isFalse();
        return r.getSeriesShape(i);
    }

    /** PDF/A-1 forbids transparency: every paint and the plot's alphas are opaque. */
    private static void assertOpaque(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getBackgroundAlpha()).isEqualTo(1f);
        assertThat(plot.getForegroundAlpha()).isEqualTo(1f);
        List<Paint> paints = new ArrayList<>(List.of(chart.getBackgroundPaint(), plot.getBackgroundPaint(),
                plot.getDomainGridlinePaint(), plot.getRangeGridlinePaint()));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) paints.add(r.getSeriesPaint(i));
        for (Title t : chart.getSubtitles()) if (t instanceof TextTitle tt) paints.add(tt.getPaint());
        assertThat(paints).allSatisfy(p -> assertThat(((Color) p).getAlpha()).isEqualTo(255));
    }
}
