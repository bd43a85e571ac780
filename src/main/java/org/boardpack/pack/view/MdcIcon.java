package org.boardpack.pack.view;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.indicators.spc.AssuranceIcon;
import org.boardpack.indicators.spc.VariationIcon;

/**
 * The Making Data Count icons as every edition draws them: a circle in the icon's colour with its letter (H high,
 * L low, P passes, F fails, C common cause, ? hit and miss), and always its meaning in words (the text alternative
 * and the definitions), so the icon never rests on colour alone. Chosen once per indicator from its SPC result
 * ({@link #of(VariationIcon)}, {@link #of(AssuranceIcon)}); none without limits.
 */
public enum MdcIcon {
    COMMON_CAUSE("C", "7F7F7F", "Common cause variation", "no significant change: the points vary within the limits as expected"),
    CONCERN_HIGH("H", "E46C0A", "Special cause of concern, high", "a significant change upwards, the worse direction"),
    CONCERN_LOW("L", "E46C0A", "Special cause of concern, low", "a significant change downwards, the worse direction"),
    IMPROVEMENT_HIGH("H", "2E75B6", "Special cause of improvement, high", "a significant change upwards, the better direction"),
    IMPROVEMENT_LOW("L", "2E75B6", "Special cause of improvement, low", "a significant change downwards, the better direction"),
    NEUTRAL_HIGH("H", "7030A0", "Special cause variation, high", "a significant change upwards, for an indicator with no better direction"),
    NEUTRAL_LOW("L", "7030A0", "Special cause variation, low", "a significant change downwards, for an indicator with no better direction"),
    PASSES("P", "2E75B6", "Consistently passes the target", "the target is beyond the process limits on the good side: it will be met unless the process changes"),
    HIT_AND_MISS("?", "7F7F7F", "Hit and miss against the target", "the target lies within the process limits: it will be met in some months and missed in others"),
    FAILS("F", "E46C0A", "Consistently fails the target", "the target is beyond the process limits on the bad side: it will not be met unless the process changes");

    private final String letter;
    private final String colour;
    private final String label;
    private final String meaning;

    MdcIcon(String letter, String colour, String label, String meaning) {
        this.letter = letter;
        this.colour = colour;
        this.label = label;
        this.meaning = meaning;
    }

    /** The letter in the circle. */
    public String letter() {
        return letter;
    }

    /** The circle's colour, hex RGB. */
    public String colour() {
        return colour;
    }

    /** The text alternative: "Special cause of concern, high". */
    public String label() {
        return label;
    }

    /** What it means, for the definitions. */
    public String meaning() {
        return meaning;
    }

    /** A name for files and element ids: "concern-high". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean isAssurance() {
        return this == PASSES || this == HIT_AND_MISS || this == FAILS;
    }

    /** The variation icon, or null without limits (not enough data). */
    public static MdcIcon of(VariationIcon v) {
        return switch (v) {
            case NOT_ENOUGH_DATA -> null;
            case COMMON_CAUSE -> COMMON_CAUSE;
            case CONCERN_HIGH -> CONCERN_HIGH;
            case CONCERN_LOW -> CONCERN_LOW;
            case IMPROVEMENT_HIGH -> IMPROVEMENT_HIGH;
            case IMPROVEMENT_LOW -> IMPROVEMENT_LOW;
            case NEUTRAL_HIGH -> NEUTRAL_HIGH;
            case NEUTRAL_LOW -> NEUTRAL_LOW;
        };
    }

    /** The assurance icon, or null without a target, a better direction or limits. */
    public static MdcIcon of(AssuranceIcon a) {
        return switch (a) {
            case NONE -> null;
            case CONSISTENTLY_PASSES -> PASSES;
            case HIT_AND_MISS -> HIT_AND_MISS;
            case CONSISTENTLY_FAILS -> FAILS;
        };
    }

    /** Each icon with its letter, colour name and meaning, for the definitions of every edition. */
    public static List<String[]> definitions() {
        List<String[]> rows = new ArrayList<>();
        for (MdcIcon i : values()) {
            rows.add(new String[]{i.label, "letter " + i.letter + " in a " + colourName(i.colour) + " circle: " + i.meaning});
        }
        return rows;
    }

    private static String colourName(String hex) {
        return switch (hex) {
            case "E46C0A" -> "orange";
            case "2E75B6" -> "blue";
            case "7030A0" -> "purple";
            default -> "grey";
        };
    }
}
