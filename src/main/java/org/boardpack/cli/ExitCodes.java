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
    /** The run completed but some members' delivery is UNCONFIRMED (10 and 11 are kept for other outcomes). */
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
            case DELIVERY_UNCONFIRMED -> DELIVERY_UNCONFIRMED;
        };
    }
}
