package org.boardpack.pack;

/** An indicator's target and tolerance for one financial year ("2025-26"). */
public record YearTarget(String financialYear, double target, double tolerance) {
}
