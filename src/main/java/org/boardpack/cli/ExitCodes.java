package org.boardpack.cli;

import org.boardpack.batch.Outcome;

/** The documented exit codes (README "Exit codes"). */
public final class ExitCodes {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    public static final int ALREADY_COMPLETE = 4;
    public static final int ALREADY_RUNNING = 5;
    public static final int STOPPED = 6;
    public static final int NOTHING_TO_RESTART = 7;
    public static final int VERIFY_MISMATCH = 8;
    public static final int CONFIGURATION = 9;
    /** No figures (or fewer than boardpack.completeness.min-percent) for the period: nothing written or sent. */
    public static final int NO_FIGURES = 10;
    /** verify or deliveries found no run of the board (and period) to look at. */
    public static final int NO_SUCH_RUN = 11;
    /** The run completed but some members' delivery is UNCONFIRMED. */
    public static final int DELIVERY_UNCONFIRMED = 12;

    private ExitCodes() {
    }

    public static int of(Outcome outcome) {
        return switch (outcome) {
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
            case INVALID_INPUT -> INVALID_INPUT;
            case ALREADY_COMPLETE -> ALREADY_COMPLETE;
            case ALREADY_RUNNING -> ALREADY_RUNNING;
            case STOPPED -> STOPPED;
            case NOTHING_TO_RESTART -> NOTHING_TO_RESTART;
            case NO_FIGURES -> NO_FIGURES;
            case DELIVERY_UNCONFIRMED -> DELIVERY_UNCONFIRMED;
        };
    }
}
