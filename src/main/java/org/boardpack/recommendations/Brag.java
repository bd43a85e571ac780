package org.boardpack.recommendations;

import java.util.Locale;

/**
 * The improvement plan's BRAG rating, derived from the status. Colour is never shown alone: every cell also carries
 * {@link #label()} and, where there is room, {@link #meaning()}.
 */
public enum Brag {
    RED("Red", "Off track"),
    AMBER("Amber", "At risk"),
    GREEN("Green", "On track"),
    BLUE("Blue", "Complete"),
    GREY("Grey", "Not started");

    private final String label;
    private final String meaning;

    Brag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** "Red", "Amber", "Green", "Blue", "Grey". */
    public String label() {
        return label;
    }

    /** "Off track", "At risk", "On track", "Complete", "Not started". */
    public String meaning() {
        return meaning;
    }

    /** "Red: off track", for a single cell that must be read without colour. */
    public String text() {
        return label + ": " + meaning.toLowerCase(Locale.ROOT);
    }
}
