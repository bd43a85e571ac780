package org.boardpack.batch;

import org.boardpack.output.StopRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.boardpack.settings.BoardPackSettings;
import org.springframework.stereotype.Component;

/**
 * For crash testing: holds a step half-way through its work (inside its transaction, with partial output) so a
 * test can kill the process there, or fails it there ({@code boardpack.fault-injection.fail-at}) so a test can
 * restart it. Off unless one of the two names a step, or one of the points around the steps: {@code job-start}
 * (the execution exists, its process is not recorded yet) and {@code job-end} (after the last step, before the
 * execution records how it ended).
 */
@Component
public class FaultInjection {

    private static final Logger log = LoggerFactory.getLogger(FaultInjection.class);
    private final String pauseAt;
    private final long pauseMs;
    private final String failAt;

    public FaultInjection(BoardPackSettings settings) {
        this.failAt = settings.faultInjection().failAt();
        this.pauseAt = settings.faultInjection().pauseAt();
        this.pauseMs = settings.faultInjection().pauseMs();
    }

    /** Called half-way through a step's work. */
    public void midStep(String step) {
        if (failAt.equals(step)) throw new IllegalStateException("Fault injection: step " + step + " failed");
        at(step);
    }

    /** Pauses at the named point when asked to. */
    void at(String point) {
        if (pauseMs <= 0 || !pauseAt.equals(point)) return;
        log.warn("Fault injection: pausing {} ms at {}", pauseMs, point);
        long end = System.nanoTime() + pauseMs * 1_000_000;
        try {
            // a stop requested during the pause ends it, as a long loop would reach its next safe point
            while (System.nanoTime() < end && !StopRequest.isRequested()) Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
