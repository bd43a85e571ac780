package org.boardpack.pack.view;

/**
 * How each line and marker of the charts looks, the same in every edition: its title in the key, its dash (so the
 * charts read in black and white) and its colour (hex RGB).
 */
public enum ChartLine {
    /** The trend chart's main line: the month's figure, or the rated figure for year-to-date and rolling indicators. */
    MAIN("Figure", Dash.SOLID, "1F4E79", Marker.CIRCLE),
    /** The month's own figure beside the rated series. */
    MONTHLY("Monthly figure", Dash.SOLID, "7F7F7F", Marker.NONE),
    TARGET(ChartSeries.TARGET_TITLE, Dash.DASHED, "C00000", Marker.NONE),
    RED_BEYOND(ChartSeries.RED_BEYOND_TITLE, Dash.SHORT_DASH, "C00000", Marker.NONE),
    NEIGHBOURS(ChartSeries.NEIGHBOURS_TITLE, Dash.DOTTED, "385723", Marker.NONE),
    ENGLAND(ChartSeries.ENGLAND_TITLE, Dash.DASH_DOT, "404040", Marker.NONE),
    SPC_VALUES("Monthly figure", Dash.SOLID, "404040", Marker.CIRCLE),
    SPC_MEAN("Mean", Dash.SOLID, "000000", Marker.NONE),
    SPC_LIMIT("Process limits", Dash.SHORT_DASH, "595959", Marker.NONE),
    CONCERN("Special cause: concern", Dash.NONE, "E46C0A", Marker.SQUARE),
    IMPROVEMENT("Special cause: improvement", Dash.NONE, "2E75B6", Marker.DIAMOND),
    NEUTRAL("Special cause: neutral", Dash.NONE, "7030A0", Marker.TRIANGLE);

    /** A line's pattern; NONE for markers only. */
    public enum Dash { SOLID, DASHED, SHORT_DASH, DOTTED, DASH_DOT, NONE }

    public enum Marker { NONE, CIRCLE, SQUARE, DIAMOND, TRIANGLE }

    private final String title;
    private final Dash dash;
    private final String colour;
    private final Marker marker;

    ChartLine(String title, Dash dash, String colour, Marker marker) {
        this.title = title;
        this.dash = dash;
        this.colour = colour;
        this.marker = marker;
    }

    public String title() {
        return title;
    }

    public Dash dash() {
        return dash;
    }

    public String colour() {
        return colour;
    }

    public Marker marker() {
        return marker;
    }
}
