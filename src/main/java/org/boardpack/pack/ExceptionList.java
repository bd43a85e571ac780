package org.boardpack.pack;

/** Which of the board's two exception lists an indicator is on (Making Data Count: act on signals, watch the rest). */
public enum ExceptionList {
    ACT("Act"), WATCH("Watch"), NONE("");

    private final String label;

    ExceptionList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isException() {
        return this != NONE;
    }
}
