package org.boardpack.batch;

/** How a command ended; the CLI maps each to a documented exit code. */
public enum Outcome {
    COMPLETED, FAILED, INVALID_INPUT, ALREADY_COMPLETE, ALREADY_RUNNING, STOPPED, NOTHING_TO_RESTART, NO_FIGURES,
    /** The run completed, but the mail server never confirmed some members' messages (see the delivery record). */
    DELIVERY_UNCONFIRMED
}
