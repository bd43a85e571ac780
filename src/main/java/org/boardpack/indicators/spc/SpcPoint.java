package org.boardpack.indicators.spc;

import java.util.Objects;

/**
 * One point of an SPC (XmR) chart.
 *
 * @param index       position in the series as given (0-based; missing values keep their position)
 * @param value       the value, or null when missing
 * @param movingRange |value - previous value|; null for the first point, a missing point, and the point just after
 *                    a missing one (the range across a gap is not computed)
 * @param rule        the special-cause rule that flags this point (first that applies), NONE for common cause
 * @param signal      improvement / concern / neutral high or low for a special-cause point, COMMON otherwise
 * @param high        for a special-cause point: true when it signals "high" (above the mean for the outside-limits,
 *                    2-of-3 and shift rules; a rising run for the trend rule); false for common-cause points
 */
public record SpcPoint(int index, Double value, Double movingRange, SpecialCauseRule rule, PointSignal signal,
                       boolean high) {

    public SpcPoint {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(signal, "signal");
        if ((rule == SpecialCauseRule.NONE) != (signal == PointSignal.COMMON)) {
            throw new IllegalArgumentException("rule " + rule + " does not agree with signal " + signal);
        }
    }

    public boolean isSpecialCause() {
        return rule != SpecialCauseRule.NONE;
    }

    public boolean isMissing() {
        return value == null;
    }
}
