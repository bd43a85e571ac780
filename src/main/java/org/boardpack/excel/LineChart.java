package org.boardpack.excel;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.boardpack.pack.view.ChartLine;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * A native Excel line chart whose series are cell ranges of the workbook (so the figures can be checked and
 * reused), with a title, a titled value axis, a legend, gaps for blank cells, and line styles that differ by
 * dash as well as by colour.
 */
final class LineChart {

    /**
     * One line.
     *
     * @param values  the column's cells, one per category
     * @param dash    null for a solid line
     * @param marker  the marker of each point, NONE for none
     * @param noLine  markers only (special-cause points)
     * @param inLegend false for a line that continues another's in a later segment, which the legend names once
     */
    record Line(String title, CellRangeAddress values, String colourHex, PresetLineDash dash, MarkerStyle marker,
                boolean noLine, double widthPt, boolean inLegend) {

        /** A line in the pack view's style for it. */
        static Line of(ChartLine style, String title, CellRangeAddress values, double widthPt) {
            PresetLineDash dash = switch (style.dash()) {
                case SOLID, NONE -> null;
                case DASHED -> PresetLineDash.DASH;
                case SHORT_DASH -> PresetLineDash.SYSTEM_DASH;
                case DOTTED -> PresetLineDash.SYSTEM_DOT;
                case DASH_DOT -> PresetLineDash.DASH_DOT;
            };
            MarkerStyle marker = switch (style.marker()) {
                case NONE -> MarkerStyle.NONE;
                case CIRCLE -> MarkerStyle.CIRCLE;
                case SQUARE -> MarkerStyle.SQUARE;
                case DIAMOND -> MarkerStyle.DIAMOND;
                case TRIANGLE -> MarkerStyle.TRIANGLE;
            };
            return new Line(title, values, style.colour(), dash, marker, style.dash() == ChartLine.Dash.NONE, widthPt, true);
        }

        /** The same line left out of the legend. */
        Line outOfLegend() {
            return new Line(title, values, colourHex, dash, marker, noLine, widthPt, false);
        }

        boolean markers() {
            return marker != MarkerStyle.NONE;
        }
    }

    /** Charts' drawing ids start here, clear of the ids POI gives pictures. */
    static final int SHAPE_ID_BASE = 1000;

    private LineChart() {
    }

    /**
     * @param data       the Trends table's cells, which hold the categories and values
     * @param categories the category labels (the months)
     * @param altText    the description screen readers announce
     */
    static XSSFChart draw(XSSFDrawing drawing, XSSFClientAnchor anchor, TrendLayout data, String title,
                          String altText, CellRangeAddress categories, String categoryTitle, String valueTitle,
                          String numberFormat, Double axisMin, Double axisMax, List<Line> lines) {
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        // filtering the table on the data sheet must not empty the charts
        chart.setPlotOnlyVisibleCells(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(categoryTitle);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(valueTitle);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setNumberFormat(numberFormat);
        if (axisMin != null && axisMax != null) {
            y.setMinimum(axisMin);
            y.setMaximum(axisMax);
        }
        y.getOrAddMajorGridProperties().setLineProperties(line("D9D9D9", null, 0.75));

        XDDFDataSource<String> cats = data.strings(categories);
        XDDFLineChartData lineData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        lineData.setVaryColors(false);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            XDDFNumericalDataSource<Double> values = data.numbers(l.values());
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) lineData.addSeries(cats, values);
            if (!l.inLegend()) {
                XDDFLegendEntry entry = legend.addEntry();
                entry.setIndex(i);
                entry.setDelete(true);
            }
            s.setTitle(l.title(), null);
            s.setSmooth(false);
            s.setMarkerStyle(l.marker());
            XDDFShapeProperties props = new XDDFShapeProperties();
            if (l.noLine()) {
                XDDFLineProperties none = new XDDFLineProperties();
                none.setFillProperties(new XDDFNoFillProperties());
                props.setLineProperties(none);
            } else {
                props.setLineProperties(line(l.colourHex(), l.dash(), l.widthPt()));
            }
            s.setShapeProperties(props);
            if (l.markers()) markerColour(s, l.colourHex());
        }
        // XDDFChart.plot(data) would also build an empty embedded workbook per chart (never saved): plot the series alone
        for (int i = 0; i < lineData.getSeriesCount(); i++) lineData.getSeries(i).plot();

        CTNonVisualDrawingProps nv = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        int n = drawing.getCTDrawing().sizeOfTwoCellAnchorArray();
        nv.setId(SHAPE_ID_BASE + n);
        nv.setName("Chart " + n + ": " + title);
        nv.setTitle(title);
        nv.setDescr(altText);
        return chart;
    }

    /** Fills and outlines a series' markers in its colour (POI has no API for the marker's own shape properties). */
    private static void markerColour(XDDFLineChartData.Series s, String hex) {
        var marker = s.getCTLineSer().getMarker();
        if (marker == null) return;
        var sp = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
        sp.addNewSolidFill().addNewSrgbClr().setVal(StatusFills.hex(hex));
        sp.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(StatusFills.hex(hex));
    }

    static XDDFLineProperties line(String hex, PresetLineDash dash, double widthPt) {
        XDDFLineProperties p = new XDDFLineProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(StatusFills.hex(hex))));
        p.setWidth(widthPt);
        if (dash != null) p.setPresetDash(new XDDFPresetLineDash(dash));
        return p;
    }
}
