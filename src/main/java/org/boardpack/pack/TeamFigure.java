package org.boardpack.pack;

import java.util.List;

/**
 * A team's figure for the pack's period, with its previous month for comparison and its series (the same
 * 24-month window as the authority's, oldest first).
 */
public record TeamFigure(String team, Double value, Double numerator, Double denominator, Double previousValue,
                         List<SeriesPoint> series) {
}
