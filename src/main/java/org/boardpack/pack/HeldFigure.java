package org.boardpack.pack;

import java.time.YearMonth;

import org.boardpack.indicators.Figure;

/**
 * A figure as held in the store, with the file version it came from.
 *
 * @param issueMonth the month of the file that supplied it; a later issue supersedes an earlier one
 * @param loadOrder  increases with every file version loaded; breaks ties within one issue month
 */
public record HeldFigure(Figure figure, String file, long line, YearMonth issueMonth, long loadOrder) {
}
