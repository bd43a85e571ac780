package org.boardpack.pack.view;

import java.util.List;

/**
 * What an indicator's trend and SPC charts draw, month by month over the 24 months to the pack's period, with the
 * line titles and a value axis fitted to everything drawn (never below 0; at most 100 for a percentage).
 *
 * @param ratedSeries  whether the trend chart's main line is the rated (year-to-date or rolling) series
 * @param mainTitle    the trend chart's main line: "Figure", "Rolling 12 months", "Year to date"
 * @param axisTitle    the value axis title
 * @param trendMin     value axis bounds of the trend chart; null when nothing is drawn
 * @param spcMin       value axis bounds of the SPC chart; null when nothing is drawn
 */
public record ChartSeries(List<ChartMonth> months, boolean ratedSeries, String mainTitle, String axisTitle,
                          boolean hasTarget, boolean hasTolerance, boolean hasNeighbours, boolean hasEngland,
                          boolean hasSpcLimits, String limitsSuffix, Double trendMin, Double trendMax, Double spcMin,
                          Double spcMax) {

    /** "Target (each financial year's)". */
    public static final String TARGET_TITLE = "Target (each financial year's)";
    public static final String RED_BEYOND_TITLE = "Red beyond (target and tolerance)";
    public static final String NEIGHBOURS_TITLE = "Statistical neighbours (published year)";
    public static final String ENGLAND_TITLE = "England (published year)";
}
