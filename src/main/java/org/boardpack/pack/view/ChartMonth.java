package org.boardpack.pack.view;

import java.time.YearMonth;

import org.boardpack.indicators.spc.PointSignal;

/**
 * One month of an indicator's charts, every figure as displayed (null number when there is none).
 *
 * @param rated          the year-to-date or rolling 12-month figure at that month (blank for snapshots)
 * @param financialYear  the month's own financial year, whose target applies
 * @param target         that financial year's target
 * @param redBeyond      the edge of the tolerance band: worse than this is Red (the target's tolerance away)
 * @param benchmarkYear  the published year whose neighbours' mean and England are shown for this month: the
 *                       month's own year (the year its financial year ends in) or, after the latest published
 *                       year, that latest year
 * @param spcSignal      the special-cause signal of this month's point; null for common cause or no limits
 * @param spcSegment     which segment of the SPC chart the month is in (0, then 1 after the first rebase...): its
 *                       mean and limits are that segment's, and the lines break between segments
 */
public record ChartMonth(YearMonth month, String label, Shown value, Shown numerator, Shown denominator, Shown rated,
                         String financialYear, Shown target, Shown tolerance, Shown redBeyond, Integer benchmarkYear,
                         Shown neighbours, Shown england, Shown spcMean, Shown spcLower, Shown spcUpper,
                         String spcRule, PointSignal spcSignal, String spcSignalWord, int spcSegment) {

    /** A month of a chart without rebased limits. */
    public ChartMonth(YearMonth month, String label, Shown value, Shown numerator, Shown denominator, Shown rated,
                      String financialYear, Shown target, Shown tolerance, Shown redBeyond, Integer benchmarkYear,
                      Shown neighbours, Shown england, Shown spcMean, Shown spcLower, Shown spcUpper,
                      String spcRule, PointSignal spcSignal, String spcSignalWord) {
        this(month, label, value, numerator, denominator, rated, financialYear, target, tolerance, redBeyond,
                benchmarkYear, neighbours, england, spcMean, spcLower, spcUpper, spcRule, spcSignal, spcSignalWord, 0);
    }

    /** The figure the chart draws as its main line: the rated one for year-to-date and rolling indicators. */
    public Shown charted(boolean ratedSeries) {
        return ratedSeries ? rated : value;
    }
}
