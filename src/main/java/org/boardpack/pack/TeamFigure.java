package org.boardpack.pack;

/** A team's figure for the pack's period, with its previous month for comparison. */
public record TeamFigure(String team, Double value, Double numerator, Double denominator, Double previousValue) {
}
