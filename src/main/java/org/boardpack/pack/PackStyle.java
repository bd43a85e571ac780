package org.boardpack.pack;

import java.util.Map;

/**
 * The layout and wording a council changes without code, from {@code templates/pack-style.yml} and
 * {@code templates/logo.png}: carried in the pack model so every writer renders the same choices.
 *
 * @param coverTitle    the title on the cover (default: the board's title)
 * @param coverSubtitle a line under it, e.g. "Monthly performance and improvement plan report"
 * @param contact       who to ask about the pack (shown on the cover)
 * @param colours       hex RGB fills by status word: Red, Amber, Green, Blue, Grey (text colours stay dark)
 * @param logoPng       the cover logo as PNG bytes, or null for none
 */
public record PackStyle(String coverTitle, String coverSubtitle, String contact, Map<String, String> colours,
                        byte[] logoPng) {

    public static final Map<String, String> DEFAULT_COLOURS = Map.of(
            "Red", "FFC7CE", "Amber", "FFEB9C", "Green", "C6EFCE", "Blue", "BDD7EE", "Grey", "E7E6E6");

    public static PackStyle defaults() {
        return new PackStyle("", "Monthly performance and improvement plan report", "", DEFAULT_COLOURS, null);
    }

    /** The fill for a status word (Red, Amber, Green, Blue, Grey), falling back to the default palette. */
    public String colour(String word) {
        String c = colours == null ? null : colours.get(word);
        return c != null ? c : DEFAULT_COLOURS.getOrDefault(word, "FFFFFF");
    }
}
