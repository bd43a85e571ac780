package org.boardpack.indicators;

/**
 * How a figure's value follows from its numerator and denominator: percent = 100 x n / d, rate per 10,000 =
 * 10000 x n / d; other units take the given value, or the numerator when the value is blank.
 */
public final class ValueRule {

    private ValueRule() {
    }

    /** @return the value, or null when there is not enough to compute it */
    public static Double valueOf(Unit unit, Double numerator, Double denominator, Double given) {
        if (unit.isRatio()) {
            if (numerator != null && denominator != null && denominator > 0) {
                return unit.scale() * numerator / denominator;
            }
            return given;
        }
        return given != null ? given : numerator;
    }

    /** Whether a given value agrees with the computed one to within half a unit of the last displayed decimal. */
    public static boolean agrees(double given, double computed, int decimals) {
        // a small epsilon absorbs binary floating-point error on an exact half-unit difference
        return Math.abs(given - computed) <= Rounding.halfUnit(decimals) + 1e-9;
    }
}
