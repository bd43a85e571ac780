package org.boardpack.input;

import java.time.YearMonth;

import org.boardpack.indicators.Figure;

/**
 * A valid scorecard row with where it came from.
 *
 * @param issueMonth the month the file belongs to (its folder or file name YYYY-MM, else its latest period);
 *                   a later issue restates an earlier one
 */
public record ScorecardRow(Figure figure, String file, long line, YearMonth issueMonth) {
}
