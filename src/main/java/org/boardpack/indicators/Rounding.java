package org.boardpack.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding to an indicator's displayed decimals, half up as a reader would round by hand. */
public final class Rounding {

    private Rounding() {
    }

    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    public static Double round(Double value, int decimals) {
        return value == null ? null : round(value.doubleValue(), decimals);
    }

    /** Whether two figures are equal as displayed. */
    public static boolean equalAsDisplayed(double a, double b, int decimals) {
        return round(a, decimals) == round(b, decimals);
    }

    /** Half a unit of the last displayed decimal: the most a given value may differ from the computed one. */
    public static double halfUnit(int decimals) {
        return 0.5 * Math.pow(10, -decimals);
    }
}
