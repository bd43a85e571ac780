package org.boardpack.pack;

import java.time.YearMonth;

/** One month of an indicator's series. Numerator and denominator are null for units given as a value. */
public record SeriesPoint(YearMonth period, Double numerator, Double denominator, double value) {
}
