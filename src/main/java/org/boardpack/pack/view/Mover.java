package org.boardpack.pack.view;

/**
 * One of the biggest movers since last month.
 *
 * @param change the displayed figure minus the displayed previous figure
 * @param basis  how it was ranked: "against usual variation" or "relative change"
 */
public record Mover(IndicatorView indicator, Shown change, String basis) {
}
