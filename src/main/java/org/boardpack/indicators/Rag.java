package org.boardpack.indicators;

/** Red/Amber/Green against target. NONE: no target, or an indicator with no polarity and no target band. */
public enum Rag {
    GREEN("Green"), AMBER("Amber"), RED("Red"), NONE("No target");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    /** The text shown in every cell beside the colour (colour is never used alone). */
    public String label() {
        return label;
    }
}
