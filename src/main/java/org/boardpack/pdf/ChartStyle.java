package org.boardpack.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart, chosen to survive black-and-white printing: each line has its own dash pattern and each
 * kind of special-cause point its own marker shape, so nothing is told by colour alone. All paints are opaque
 * (PDF/A-1 forbids transparency) and all text is in the embedded Liberation face.
 */
final class ChartStyle {

    static final float TEXT = 9f;

    static final Color LIMIT = new Color(0x59, 0x59, 0x59);
    static final Color GRID = new Color(0xD9, 0xD9, 0xD9);

    /** The monthly figures: solid. */
    static final Stroke SOLID = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** The target: dashed. */
    static final Stroke DASHED = dash(1.3f, BasicStroke.CAP_BUTT, 5f, 3f);
    /** The statistical neighbours' mean: dotted. */
    static final Stroke DOTTED = dash(1.6f, BasicStroke.CAP_ROUND, 0.1f, 2.8f);
    /** England: dash-dot. */
    static final Stroke DASH_DOT = dash(1.2f, BasicStroke.CAP_BUTT, 6f, 2f, 1.5f, 2f);
    /** SPC centre line: thin solid. */
    static final Stroke THIN = new BasicStroke(0.9f);
    /** SPC process limits: short dashes, thin. */
    static final Stroke LIMITS = dash(0.9f, BasicStroke.CAP_BUTT, 2.5f, 2f);

    static final Shape COMMON_POINT = new Ellipse2D.Double(-1.8, -1.8, 3.6, 3.6);
    static final Shape CONCERN_POINT = new Rectangle2D.Double(-3.2, -3.2, 6.4, 6.4);
    static final Shape IMPROVEMENT_POINT = diamond(4.2);
    static final Shape NEUTRAL_POINT = triangle(4.0);

    private ChartStyle() {
    }

    private static Stroke dash(float width, int cap, float... pattern) {
        return new BasicStroke(width, cap, BasicStroke.JOIN_MITER, 10f, pattern, 0f);
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static Shape triangle(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r * 0.8);
        p.lineTo(-r, r * 0.8);
        p.closePath();
        return p;
    }

    static DateAxis monthAxis(int monthsPerTick) {
        DateAxis axis = new DateAxis(null);
        SimpleDateFormat format = new SimpleDateFormat("MMM yy", Locale.UK);
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, monthsPerTick, format));
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        return axis;
    }

    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setUpperMargin(0.08);
        axis.setLowerMargin(0.08);
        return axis;
    }

    /** Gives series {@code n} the pack view's look for its line: colour, dash and marker. */
    static void apply(XYLineAndShapeRenderer r, int n, org.boardpack.pack.view.ChartLine line) {
        r.setSeriesPaint(n, new Color(Integer.parseInt(line.colour(), 16)));
        r.setSeriesStroke(n, switch (line.dash()) {
            case SOLID, NONE -> line == org.boardpack.pack.view.ChartLine.SPC_MEAN ? THIN
                    : line == org.boardpack.pack.view.ChartLine.MONTHLY ? THIN : SOLID;
            case DASHED -> DASHED;
            case SHORT_DASH -> LIMITS;
            case DOTTED -> DOTTED;
            case DASH_DOT -> DASH_DOT;
        });
        r.setSeriesLinesVisible(n, line.dash() != org.boardpack.pack.view.ChartLine.Dash.NONE);
        Shape shape = switch (line.marker()) {
            case NONE -> null;
            case CIRCLE -> COMMON_POINT;
            case SQUARE -> CONCERN_POINT;
            case DIAMOND -> IMPROVEMENT_POINT;
            case TRIANGLE -> NEUTRAL_POINT;
        };
        if (shape != null) {
            r.setSeriesShape(n, shape);
            r.setSeriesShapesVisible(n, true);
            r.setSeriesShapesFilled(n, true);
        }
    }

    static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(false); // a missing month breaks the line
        r.setLegendLine(new Line2D.Double(-11, 0, 11, 0));
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesStroke(false);
        r.setAutoPopulateSeriesShape(false);
        return r;
    }

    /** Opaque white backgrounds, light grid, Liberation text at print size. */
    static JFreeChart finish(XYPlot plot, boolean legend) {
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD); // markers on top
        plot.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundAlpha(1f);
        plot.setForegroundAlpha(1f);
        plot.setOutlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.4f));
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        plot.setInsets(new RectangleInsets(4, 2, 2, 8));
        plot.setNoDataMessage("No figures for this period");
        plot.setNoDataMessageFont(PdfFonts.awt(false, 9));
        plot.setNoDataMessagePaint(Color.BLACK);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) axisFonts(plot.getDomainAxis(i));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) axisFonts(plot.getRangeAxis(i));
        JFreeChart chart = new JFreeChart(null, PdfFonts.awt(true, 9), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(PdfFonts.awt(false, TEXT));
            l.setItemPaint(Color.BLACK);
            l.setBackgroundPaint(Color.WHITE);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(1, 2, 1, 6));
        }
        return chart;
    }

    private static void axisFonts(org.jfree.chart.axis.Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(PdfFonts.awt(false, TEXT));
        axis.setTickLabelFont(PdfFonts.awt(false, TEXT));
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(LIMIT);
        axis.setTickMarkPaint(LIMIT);
    }

    /** A line of text above the plot (SPC icons as words). */
    static TextTitle subtitle(String text, boolean bold) {
        TextTitle t = new TextTitle(text, PdfFonts.awt(bold, TEXT));
        t.setPaint(Color.BLACK);
        t.setBackgroundPaint(Color.WHITE);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(1, 4, 1, 4));
        return t;
    }
}
