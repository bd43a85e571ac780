package org.boardpack.indicators;

/**
 * Direction of travel between two figures. IMPROVING/WORSENING for indicators with a polarity; UP/DOWN for
 * indicators with none (an activity rate has no "good" direction); NOT_AVAILABLE when there is nothing to compare.
 */
public enum Direction {
    IMPROVING("Improving"), WORSENING("Worsening"), NO_CHANGE("No change"),
    UP("Up"), DOWN("Down"), NOT_AVAILABLE("n/a");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
