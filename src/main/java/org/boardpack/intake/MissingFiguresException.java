package org.boardpack.intake;

/** The period has no figures (or too few) for the board's indicators: nothing is written or sent. */
public class MissingFiguresException extends RuntimeException {

    public MissingFiguresException(String message) {
        super(message);
    }
}
