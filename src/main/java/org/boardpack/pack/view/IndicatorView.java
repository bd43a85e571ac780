package org.boardpack.pack.view;

import java.util.List;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Rag;
import org.boardpack.indicators.Unit;
import org.boardpack.input.Commentary;
import org.boardpack.pack.ExceptionList;
import org.boardpack.pack.ExceptionReason;

/**
 * One indicator as every edition shows it: each figure formatted once ({@link Shown}), the words for its unit,
 * polarity, RAG, directions and exception reasons, the headline that says which figure is rated, its benchmark
 * and SPC readings and its chart series.
 *
 * @param ratedOnLabel "Month", "Year to date", "Rolling 12 months" (a column value)
 * @param ratedOn      "the month", "the year to date", "the rolling 12 months" (in a sentence)
 * @param headline     "rated on the rolling 12 months: 17.0%, Green"
 * @param summary      the indicator in one line: "Oct 2026: 21.1%; rated on the rolling 12 months: 20.3%, Green;
 *                     target 22.0%; since last month: Improving; vs neighbours: better (-1.2); vs England: worse (0.4)"
 * @param exceptionList   act, watch or neither; {@code exceptionListWord} "Act", "Watch" or ""
 * @param previousRagWord last month's RAG ("Amber"), "" when last month has no figure
 * @param exceptionStatus "new", "continuing" (an exception now), "closed" (an exception last month only) or ""
 * @param valueCounts     "7 of 12" behind the month's figure, "" when it is not a ratio of counts
 * @param ratedCounts     the same behind the rated figure (summed for the year to date or 12 months)
 * @param valueSmall      the month's denominator is below the pack's small-numbers threshold
 * @param ratedSmall      the rated figure's denominator is below it
 */
public record IndicatorView(String id, String name, String area, Unit unit, String unitName, String unitShort,
                            Polarity polarity, String better, String polarityText, int decimals,
                            Aggregation aggregation, String ratedOnLabel, String ratedOn, String definition,
                            String source, Shown value, Shown numerator, Shown denominator, Shown aggregated,
                            Shown rated, String financialYear, Shown target, Shown tolerance, Rag rag,
                            String ragWord, StatusColour ragColour, Shown previous, Direction directionMonth,
                            String directionMonthWord, Shown yearAgo, String directionYearWord, String headline,
                            String summary,
                            BenchmarkView benchmark, SpcView spc, List<ExceptionReason> exceptionReasons,
                            String exceptionText, boolean commentaryMissing, Commentary commentary,
                            List<String> dataQuality, List<TeamView> teams, ChartSeries chart,
                            ExceptionList exceptionList, String exceptionListWord, Rag previousRag,
                            String previousRagWord, String exceptionStatus, Shown ratedNumerator,
                            Shown ratedDenominator, String valueCounts, String ratedCounts, boolean valueSmall,
                            boolean ratedSmall) {

    public static final String SMALL_NUMBERS = "small numbers: read with care";

    public boolean isException() {
        return !exceptionReasons.isEmpty();
    }

    public boolean hasTarget() {
        return !target.isBlank();
    }

    /** "58.3% (7 of 12)", with the small-numbers warning when so; "no figure" when there is none. */
    public String valueWithCounts() {
        return withCounts(value, valueCounts, valueSmall);
    }

    /** "Act, new (last month Amber): Red against target": the list, the change since last month and why. */
    public String exceptionWhy() {
        return exceptionListWord + ", " + exceptionStatus + (previousRagWord.isEmpty() ? "" : " (last month " + previousRagWord + ")")
                + ": " + exceptionText;
    }

    /** The rated figure as {@link #valueWithCounts()}. */
    public String ratedWithCounts() {
        return withCounts(rated, ratedCounts, ratedSmall);
    }

    /** "7 of 12; small numbers: read with care" under the month's figure, or "". */
    public String valueCountsNote() {
        return countsNote(valueCounts, valueSmall);
    }

    /** The same under the rated figure. */
    public String ratedCountsNote() {
        return countsNote(ratedCounts, ratedSmall);
    }

    /** "Year to date; 60 of 78" under a year-to-date or rolling figure. */
    public String aggregatedNote() {
        String counts = ratedCountsNote();
        return ratedOnLabel + (counts.isEmpty() ? "" : "; " + counts);
    }

    private static String countsNote(String counts, boolean small) {
        if (counts.isEmpty()) return "";
        return counts + (small ? "; " + SMALL_NUMBERS : "");
    }

    /** The month's or the rated figure rests on small numbers. */
    public boolean smallNumbers() {
        return valueSmall || ratedSmall;
    }

    /** The small-numbers warning, or "". */
    public String smallNumbersNote() {
        return smallNumbers() ? SMALL_NUMBERS : "";
    }

    private static String withCounts(Shown figure, String counts, boolean small) {
        if (figure.isBlank()) return IndicatorViews.MISSING_FIGURE;
        return figure.withUnit() + (counts.isEmpty() ? "" : " (" + counts + ")") + (small ? ", " + SMALL_NUMBERS : "");
    }

    public boolean isSnapshot() {
        return aggregation == Aggregation.SNAPSHOT;
    }

    /** "Red against target; Worsened two months running" and, when so, "; commentary missing". */
    public String exceptionSummary() {
        return exceptionText + (commentaryMissing ? "; commentary missing" : "");
    }
}
