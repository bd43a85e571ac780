package org.boardpack.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.pack.view.ChartLine;
import org.boardpack.pack.view.ChartMessage;
import org.boardpack.pack.view.ChartMonth;
import org.boardpack.pack.view.ChartSeries;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.Shown;

/**
 * An indicator's trend or SPC chart as inline SVG, drawn from the pack view's chart series with the lines, dashes and
 * colours every edition uses ({@link ChartLine}), so it reads in black and white. The SVG is one image to assistive
 * technology ({@code role="img"}), named by its title and described by the chart's message
 * ({@link ChartMessage}); its figures are in the data table beside it.
 */
final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 312;
    private static final double LEFT = 64;
    private static final double RIGHT = 624;
    private static final double TOP = 16;
    private static final double BOTTOM = 222;
    private static final String TEXT = "#1a1a1a";
    private static final String GRID = "#d9d9d9";

    /** @param segmented the line breaks where the SPC limits were recalculated (mean and limits) */
    private record Line(ChartLine style, String title, Function<ChartMonth, Shown> figure, double width, boolean segmented) {
        Line(ChartLine style, String title, Function<ChartMonth, Shown> figure, double width) {
            this(style, title, figure, width, false);
        }
    }

    private final IndicatorView r;
    private final List<ChartMonth> months;
    private final double min;
    private final double max;
    private final StringBuilder svg = new StringBuilder(8192);

    private SvgChart(IndicatorView r, Double min, Double max) {
        this.r = r;
        this.months = r.chart().months();
        double lo = min == null ? 0 : min;
        double hi = max == null ? 1 : max;
        if (hi <= lo) hi = lo + 1;
        this.min = lo;
        this.max = hi;
    }

    /** The trend chart: the figure rated (and the monthly figure), each year's target, where Red begins, benchmarks. */
    static String trend(IndicatorView r, String id) {
        ChartSeries c = r.chart();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(ChartLine.MAIN, c.mainTitle(), m -> m.charted(c.ratedSeries()), 2.2));
        if (c.ratedSeries()) lines.add(new Line(ChartLine.MONTHLY, ChartLine.MONTHLY.title(), ChartMonth::value, 1));
        if (c.hasTarget()) lines.add(new Line(ChartLine.TARGET, ChartLine.TARGET.title(), ChartMonth::target, 1.5));
        if (c.hasTolerance()) lines.add(new Line(ChartLine.RED_BEYOND, ChartLine.RED_BEYOND.title(), ChartMonth::redBeyond, 1.2));
        if (c.hasNeighbours()) lines.add(new Line(ChartLine.NEIGHBOURS, ChartLine.NEIGHBOURS.title(), ChartMonth::neighbours, 1.6));
        if (c.hasEngland()) lines.add(new Line(ChartLine.ENGLAND, ChartLine.ENGLAND.title(), ChartMonth::england, 1.4));
        return new SvgChart(r, c.trendMin(), c.trendMax())
                .draw(id, r.name() + ": trend, " + first(r) + " to " + last(r), ChartMessage.trend(r), lines, false);
    }

    /** The SPC (XmR) chart: the monthly figure, mean and limits, target, and special-cause points by their marker. */
    static String spc(IndicatorView r, String id) {
        ChartSeries c = r.chart();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(ChartLine.SPC_VALUES, ChartLine.SPC_VALUES.title(), ChartMonth::value, 1.8));
        if (c.hasSpcLimits()) {
            lines.add(new Line(ChartLine.SPC_MEAN, "Mean" + c.limitsSuffix(), ChartMonth::spcMean, 1.2, true));
            lines.add(new Line(ChartLine.SPC_LIMIT, "Lower process limit" + c.limitsSuffix(), ChartMonth::spcLower, 1.2, true));
            lines.add(new Line(ChartLine.SPC_LIMIT, "Upper process limit" + c.limitsSuffix(), ChartMonth::spcUpper, 1.2, true));
        }
        if (c.hasTarget()) lines.add(new Line(ChartLine.TARGET, ChartLine.TARGET.title(), ChartMonth::target, 1.5));
        return new SvgChart(r, c.spcMin(), c.spcMax())
                .draw(id, r.name() + ": SPC chart, " + first(r) + " to " + last(r), ChartMessage.spc(r), lines, true);
    }

    private static String first(IndicatorView r) {
        return r.chart().months().isEmpty() ? "" : r.chart().months().get(0).label();
    }

    private static String last(IndicatorView r) {
        List<ChartMonth> m = r.chart().months();
        return m.isEmpty() ? "" : m.get(m.size() - 1).label();
    }

    private String draw(String id, String title, String message, List<Line> lines, boolean signals) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(message)).append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        axes();
        for (Line l : lines) line(l);
        if (signals) signalMarkers();
        key(lines, signals);
        svg.append("</svg>");
        return svg.toString();
    }

    private void axes() {
        int ticks = 5;
        for (int i = 0; i <= ticks; i++) {
            double v = min + (max - min) * i / ticks;
            double y = y(v);
            svg.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(f(RIGHT))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"0.8\"/>");
            text(LEFT - 6, y + 4, "end", tick(v));
        }
        svg.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(BOTTOM)).append("\" x2=\"").append(f(RIGHT))
                .append("\" y2=\"").append(f(BOTTOM)).append("\" stroke=\"").append(TEXT).append("\" stroke-width=\"1\"/>");
        for (int i = 0; i < months.size(); i++) {
            if ((months.size() - 1 - i) % 3 != 0) continue;
            double x = x(i);
            svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(BOTTOM)).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(f(BOTTOM + 4)).append("\" stroke=\"").append(TEXT).append("\"/>");
            text(x, BOTTOM + 16, "middle", months.get(i).label());
        }
        String axis = r.chart().axisTitle();
        svg.append("<text x=\"14\" y=\"").append(f((TOP + BOTTOM) / 2)).append("\" transform=\"rotate(-90 14 ")
                .append(f((TOP + BOTTOM) / 2)).append(")\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(TEXT)
                .append("\">").append(escape(axis)).append("</text>");
    }

    private void line(Line l) {
        List<String> segment = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Shown s = l.figure().apply(months.get(i));
            if (l.segmented() && i > 0 && months.get(i).spcSegment() != months.get(i - 1).spcSegment()) {
                polyline(l, segment); // new limits from this month: the line breaks
                segment.clear();
            }
            if (s.value() == null) { // no figure, or one withheld for small numbers (a gap in the line)
                polyline(l, segment);
                segment.clear();
                continue;
            }
            segment.add(f(x(i)) + "," + f(y(s.value())));
            if (l.style().marker() == ChartLine.Marker.CIRCLE) {
                svg.append("<circle cx=\"").append(f(x(i))).append("\" cy=\"").append(f(y(s.value())))
                        .append("\" r=\"2.6\" fill=\"#").append(l.style().colour()).append("\"/>");
            }
        }
        polyline(l, segment);
    }

    private void polyline(Line l, List<String> points) {
        if (points.size() < 2) return;
        svg.append("<polyline fill=\"none\" stroke=\"#").append(l.style().colour()).append("\" stroke-width=\"")
                .append(f(l.width())).append('"');
        String dash = dash(l.style().dash());
        if (!dash.isEmpty()) svg.append(" stroke-dasharray=\"").append(dash).append('"');
        svg.append(" points=\"").append(String.join(" ", points)).append("\"/>");
    }

    private void signalMarkers() {
        for (int i = 0; i < months.size(); i++) {
            ChartMonth m = months.get(i);
            if (m.spcSignal() == null || !m.spcSignal().isSpecialCause() || m.value().value() == null) continue;
            marker(style(m.spcSignal()), x(i), y(m.value().value()), 5);
        }
    }

    private static ChartLine style(PointSignal s) {
        return switch (s) {
            case CONCERN -> ChartLine.CONCERN;
            case IMPROVEMENT -> ChartLine.IMPROVEMENT;
            default -> ChartLine.NEUTRAL;
        };
    }

    private void marker(ChartLine style, double x, double y, double size) {
        String fill = "#" + style.colour();
        switch (style.marker()) {
            case SQUARE -> svg.append("<rect x=\"").append(f(x - size)).append("\" y=\"").append(f(y - size))
                    .append("\" width=\"").append(f(2 * size)).append("\" height=\"").append(f(2 * size))
                    .append("\" fill=\"").append(fill).append("\" stroke=\"#000000\" stroke-width=\"0.6\"/>");
            case DIAMOND -> svg.append("<polygon points=\"").append(f(x)).append(',').append(f(y - size * 1.3)).append(' ')
                    .append(f(x + size * 1.3)).append(',').append(f(y)).append(' ').append(f(x)).append(',')
                    .append(f(y + size * 1.3)).append(' ').append(f(x - size * 1.3)).append(',').append(f(y))
                    .append("\" fill=\"").append(fill).append("\" stroke=\"#000000\" stroke-width=\"0.6\"/>");
            case TRIANGLE -> svg.append("<polygon points=\"").append(f(x)).append(',').append(f(y - size * 1.3)).append(' ')
                    .append(f(x + size * 1.2)).append(',').append(f(y + size)).append(' ').append(f(x - size * 1.2))
                    .append(',').append(f(y + size)).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"#000000\" stroke-width=\"0.6\"/>");
            case CIRCLE -> svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"")
                    .append(f(size * 0.6)).append("\" fill=\"").append(fill).append("\"/>");
            case NONE -> { }
        }
    }

    /** The key under the plot, two entries a row: each line's pattern and title, and the markers used. */
    private void key(List<Line> lines, boolean signals) {
        List<ChartLine> styles = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Line l : lines) {
            if (l.style() == ChartLine.SPC_LIMIT && titles.stream().anyMatch(t -> t.contains("process limit"))) continue;
            styles.add(l.style());
            titles.add(l.style() == ChartLine.SPC_LIMIT ? "Process limits" + r.chart().limitsSuffix() : l.title());
        }
        if (signals) {
            for (ChartLine s : List.of(ChartLine.CONCERN, ChartLine.IMPROVEMENT, ChartLine.NEUTRAL)) {
                if (months.stream().anyMatch(m -> m.spcSignal() != null && style(m.spcSignal()) == s
                        && m.spcSignal().isSpecialCause())) {
                    styles.add(s);
                    titles.add(s.title());
                }
            }
        }
        for (int i = 0; i < styles.size(); i++) {
            double x = LEFT + (i % 2) * 280;
            double y = BOTTOM + 36 + (i / 2) * 15;
            ChartLine s = styles.get(i);
            if (s.dash() == ChartLine.Dash.NONE) {
                marker(s, x + 12, y - 4, 4);
            } else {
                svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(y - 4)).append("\" x2=\"").append(f(x + 24))
                        .append("\" y2=\"").append(f(y - 4)).append("\" stroke=\"#").append(s.colour()).append("\" stroke-width=\"2\"");
                String dash = dash(s.dash());
                if (!dash.isEmpty()) svg.append(" stroke-dasharray=\"").append(dash).append('"');
                svg.append("/>");
            }
            text(x + 30, y, "start", titles.get(i));
        }
    }

    private void text(double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"11\" fill=\"").append(TEXT).append("\">").append(escape(text)).append("</text>");
    }

    private static String dash(ChartLine.Dash d) {
        return switch (d) {
            case SOLID, NONE -> "";
            case DASHED -> "8 4";
            case SHORT_DASH -> "4 3";
            case DOTTED -> "1.5 3";
            case DASH_DOT -> "8 3 2 3";
        };
    }

    private double x(int i) {
        return months.size() <= 1 ? (LEFT + RIGHT) / 2 : LEFT + 8 + (RIGHT - LEFT - 16) * i / (months.size() - 1);
    }

    private double y(double v) {
        double clamped = Math.max(min, Math.min(max, v));
        return BOTTOM - (BOTTOM - TOP) * (clamped - min) / (max - min);
    }

    private String tick(double v) {
        double step = (max - min) / 5;
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
        return String.format(Locale.UK, "%,." + decimals + "f", v);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
