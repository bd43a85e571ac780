package org.boardpack.pack;

import java.util.List;

import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Rag;
import org.boardpack.indicators.Unit;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.input.Commentary;

/**
 * Every figure computed for one indicator in the pack's period. The pack view formats and words them once; the
 * writers lay out the view.
 *
 * @param value           the month's figure (null when no figure was supplied for the period)
 * @param aggregatedValue the year-to-date or rolling 12-month figure; null for snapshot indicators
 * @param ratedValue      the figure RAG is judged on (the aggregated one unless the indicator is a snapshot)
 * @param series          the last 24 months (or all available) at authority level, oldest first
 * @param dataQuality     short notes such as "no figure for 2026-10"
 * @param teams           per-team figures for the period, where teams are given
 * @param spc             the XmR analysis of the series (limits from all its points)
 * @param exceptionReasons why the indicator is an exception; empty when it is not one
 * @param commentary      the owner's commentary for the month, or null
 * @param benchmark       the LAIT comparison for the latest published year (status says when there is none)
 * @param history         each financial year's target, the rated series and each published benchmark year
 * @param exceptionList   act, watch or neither (by the board's rules)
 * @param previousRag     the RAG of the previous month, by the same rules from the same snapshot; null when the
 *                        previous month has no figure
 * @param previousList    the list the indicator was on in the previous month
 * @param ratedNumerator  the counts behind the rated figure (summed over the year to date or 12 months); null
 *                        when the figure is not a ratio of counts
 */
public record IndicatorResult(
        String id, String name, String area, Unit unit, Polarity polarity, int decimals, Aggregation aggregation,
        String definition, String source,
        Double value, Double numerator, Double denominator, Double aggregatedValue, Double ratedValue,
        String financialYear, Double target, Double tolerance, Rag rag,
        Double previousValue, Direction directionMonth, Double yearAgoValue, Direction directionYear,
        List<SeriesPoint> series, List<String> dataQuality, List<TeamFigure> teams, SpcResult spc,
        List<ExceptionReason> exceptionReasons, Commentary commentary, BenchmarkComparison benchmark,
        IndicatorHistory history, ExceptionList exceptionList, Rag previousRag, ExceptionList previousList,
        Double ratedNumerator, Double ratedDenominator) {

    public IndicatorResult {
        if (history == null) history = IndicatorHistory.none();
        if (exceptionList == null) exceptionList = exceptionReasons.isEmpty() ? ExceptionList.NONE : ExceptionList.ACT;
        if (previousList == null) previousList = ExceptionList.NONE;
    }

    /** A result without the previous month (a pack built from figures alone, as in tests). */
    public IndicatorResult(
            String id, String name, String area, Unit unit, Polarity polarity, int decimals, Aggregation aggregation,
            String definition, String source,
            Double value, Double numerator, Double denominator, Double aggregatedValue, Double ratedValue,
            String financialYear, Double target, Double tolerance, Rag rag,
            Double previousValue, Direction directionMonth, Double yearAgoValue, Direction directionYear,
            List<SeriesPoint> series, List<String> dataQuality, List<TeamFigure> teams, SpcResult spc,
            List<ExceptionReason> exceptionReasons, Commentary commentary, BenchmarkComparison benchmark,
            IndicatorHistory history) {
        this(id, name, area, unit, polarity, decimals, aggregation, definition, source, value, numerator, denominator,
                aggregatedValue, ratedValue, financialYear, target, tolerance, rag, previousValue, directionMonth,
                yearAgoValue, directionYear, series, dataQuality, teams, spc, exceptionReasons, commentary, benchmark,
                history, null, null, null, null, null);
    }

    public boolean hasTarget() {
        return target != null;
    }

    public boolean isException() {
        return !exceptionReasons.isEmpty();
    }

    /** An exception last month that is not one this month. */
    public boolean exceptionClosed() {
        return !isException() && previousList.isException();
    }

    /** An exception with no commentary from its owner. */
    public boolean commentaryMissing() {
        return isException() && commentary == null;
    }
}
