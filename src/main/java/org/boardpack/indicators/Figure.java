package org.boardpack.indicators;

import java.time.YearMonth;

/**
 * One monthly figure for an indicator as loaded from a scorecard file.
 *
 * @param team  "" for the whole authority
 * @param value the figure in the indicator's unit (already derived from numerator and denominator for ratios)
 */
public record Figure(String indicatorId, YearMonth period, String team, Double numerator, Double denominator,
                     double value) {

    public boolean isAuthority() {
        return team == null || team.isEmpty();
    }
}
