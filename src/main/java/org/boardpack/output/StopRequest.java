package org.boardpack.output;

/**
 * Whether this process's run has been asked to stop (SIGTERM, Ctrl-C). Long loops (reading a big file, loading
 * its rows, writing the workbook's rows) call {@link #check()} at each safe point, so a stop takes effect within
 * a step instead of after it. Process-wide because the loops are plain code, not beans.
 */
public final class StopRequest {

    private static volatile boolean requested;

    private StopRequest() {
    }

    /** Asks the loops to stop at their next safe point. */
    public static void request() {
        requested = true;
    }

    /** Forgets an earlier request (a new run in the same process). */
    public static void clear() {
        requested = false;
    }

    public static boolean isRequested() {
        return requested;
    }

    /** @throws StoppedException when a stop was requested */
    public static void check() {
        if (requested) throw new StoppedException();
    }

    /** Thrown at a safe point once a stop was requested; the step records STOPPED and rolls back what it had not committed. */
    public static final class StoppedException extends RuntimeException {
        public StoppedException() {
            super("the run was asked to stop (SIGTERM or Ctrl-C)");
        }
    }
}
