package org.boardpack.indicators;

/** The target for an indicator in a financial year; tolerance is in the indicator's unit and marks the Amber band. */
public record Target(String indicatorId, FinancialYear year, double value, double tolerance) {
}
