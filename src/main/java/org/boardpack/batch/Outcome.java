package org.boardpack.batch;

import java.util.Collection;
import java.util.Comparator;

/** How a command ended; the CLI maps each to a documented exit code. */
public enum Outcome {
    COMPLETED(0), FAILED(8), INVALID_INPUT(7), ALREADY_COMPLETE(1), ALREADY_RUNNING(4), STOPPED(6), NOTHING_TO_RESTART(2),
    NO_FIGURES(5),
    /** The run completed, but the mail server never confirmed some members' messages (see the delivery record). */
    DELIVERY_UNCONFIRMED(3);

    /**
     * How much it asks of the operator, for the one exit code of {@code run --all-boards} (README, "Exit codes"):
     * completed &lt; already complete &lt; nothing to restart &lt; delivery unconfirmed (check with the members) &lt;
     * already running (wait) &lt; no figures (run again
     * when the scorecards arrive) &lt; stopped (restart) &lt; invalid input (fix the files) &lt; failed (fix the cause).
     */
    private final int severity;

    Outcome(int severity) {
        this.severity = severity;
    }

    /** The worst of the outcomes (COMPLETED for none). */
    public static Outcome worst(Collection<Outcome> outcomes) {
        return outcomes.stream().max(Comparator.comparingInt((Outcome o) -> o.severity)).orElse(COMPLETED);
    }
}
