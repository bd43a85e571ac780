package org.boardpack.pack.view;

import java.util.List;

/**
 * The SPC (XmR) reading as shown: the mean and limits to the indicator's decimals and kept within what the unit
 * can take (0 to 100 for a percentage, never below 0), the icons and the last point in words, and every
 * special-cause point with its month.
 *
 * @param limits           "Process limits (20+ points)", "Trial limits (12-19 points)", "Not enough data ..."
 * @param limitsWord       "Process limits" or "Trial limits" (empty without limits)
 */
public record SpcView(boolean hasLimits, boolean trial, String limits, String limitsWord, Shown mean,
                      Shown lowerLimit, Shown upperLimit, Shown lowerNearLimit, Shown upperNearLimit,
                      Shown meanMovingRange, String variation, String assurance, String lastPointMonth,
                      Shown lastPointValue, String lastPointRule, String lastPointSignal,
                      List<SpcPointView> specialCauses) {

    /** "Variation: Special cause concern (high)   |   Assurance: Consistently fails target". */
    public String iconLine() {
        return "Variation: " + variation + "   |   Assurance: " + assurance;
    }
}
