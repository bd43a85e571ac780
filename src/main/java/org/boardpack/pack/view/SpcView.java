package org.boardpack.pack.view;

import java.util.List;

/**
 * The SPC (XmR) reading as shown: the mean and limits to the indicator's decimals and kept within what the unit
 * can take (0 to 100 for a percentage, never below 0), the icons and the last point in words, and every
 * special-cause point with its month.
 *
 * @param limits           "Process limits (20+ points)", "Trial limits (12-19 points)", "Not enough data ..."
 * @param limitsWord       "Process limits" or "Trial limits" (empty without limits)
 * @param variationIcon    the Making Data Count variation icon to draw; null without limits
 * @param assuranceIcon    the assurance icon to draw; null without a target, a better direction or limits
 * @param sentence         the chart in one plain sentence ({@link SpcWords#sentence})
 * @param shiftPrompt      "A sustained shift since March 2026: consider recalculating the limits", or ""
 * @param rebaseNotes      "Limits recalculated from April 2025: reason", one per rebase in the chart
 */
public record SpcView(boolean hasLimits, boolean trial, String limits, String limitsWord, Shown mean,
                      Shown lowerLimit, Shown upperLimit, Shown lowerNearLimit, Shown upperNearLimit,
                      Shown meanMovingRange, String variation, String assurance, String lastPointMonth,
                      Shown lastPointValue, String lastPointRule, String lastPointSignal,
                      List<SpcPointView> specialCauses, MdcIcon variationIcon, MdcIcon assuranceIcon,
                      String sentence, String shiftPrompt, List<String> rebaseNotes) {

    /** The sentence, then the shift prompt and the recalculated limits when there are any, as one paragraph. */
    public String reading() {
        StringBuilder sb = new StringBuilder(sentence).append('.');
        if (!shiftPrompt.isEmpty()) sb.append(' ').append(shiftPrompt).append('.');
        for (String n : rebaseNotes) sb.append(' ').append(n).append('.');
        return sb.toString();
    }

    /** The variation icon's text alternative, or the words without one ("Not enough data"). */
    public String variationText() {
        return variationIcon == null ? variation : variationIcon.label();
    }

    /** The assurance icon's text alternative, or "No assurance icon" without one. */
    public String assuranceText() {
        return assuranceIcon == null ? "No assurance icon" : assuranceIcon.label();
    }
}
