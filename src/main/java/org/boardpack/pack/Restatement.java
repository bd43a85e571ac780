package org.boardpack.pack;

import java.time.YearMonth;

/**
 * A figure for an earlier period changed by a later file: both are kept, the latest is used. A change of the counts
 * alone (the same value from a new numerator and denominator) is a restatement too.
 *
 * @param oldNumerator   the earlier file's numerator, or null when it gave none (likewise the others)
 */
public record Restatement(String indicatorId, YearMonth period, String team, double oldValue, double newValue,
                          Double oldNumerator, Double oldDenominator, Double newNumerator, Double newDenominator,
                          String oldFile, String newFile) {

    /** Whether the counts were given and changed. */
    public boolean countsChanged() {
        return oldNumerator != null && oldDenominator != null && newNumerator != null && newDenominator != null
                && (!oldNumerator.equals(newNumerator) || !oldDenominator.equals(newDenominator));
    }
}
