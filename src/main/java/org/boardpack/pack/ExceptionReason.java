package org.boardpack.pack;

/** Why an indicator is an exception the board should look at. */
public enum ExceptionReason {
    RED("Red against target"),
    WORSENED_TWO_MONTHS("Worsened two months running"),
    SPC_CONCERN("SPC special cause of concern");

    private final String label;

    ExceptionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
