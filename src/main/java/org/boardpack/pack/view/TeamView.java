package org.boardpack.pack.view;

/** A team's figure for the month and the month before, as displayed. */
public record TeamView(String team, Shown value, Shown numerator, Shown denominator, Shown previous) {
}
