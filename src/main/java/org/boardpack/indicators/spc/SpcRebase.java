package org.boardpack.indicators.spc;

import java.time.YearMonth;

/** A declared change in the process: the indicator's SPC limits are recalculated from {@code period}. */
public record SpcRebase(String indicatorId, YearMonth period, String reason) {
}
