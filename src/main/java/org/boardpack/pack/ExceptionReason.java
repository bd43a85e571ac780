package org.boardpack.pack;

/** Why an indicator is on the act or watch list. */
public enum ExceptionReason {
    RED("Red against target"),
    AMBER("Amber against target"),
    SPC_CONCERN("Special cause of concern in the last month"),
    WORSENING_RUN("Worsening run: special cause of concern in the last month"),
    ASSURANCE_FAILS("Consistently fails the target");

    private final String label;

    ExceptionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
