package org.boardpack.batch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.boardpack.output.StopRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * On SIGTERM or SIGINT (a cron timeout, a shutdown, Ctrl-C) during {@code run} or {@code restart}, stops the run
 * at the next safe point instead of letting the JVM die: the run records STOPPED, the process exits with the
 * "stopped" code and {@code restart} (or the same command) resumes it. Whenever the signal comes:
 * <ul>
 * <li>before the job has started (the context starting, the lock being taken): nothing is launched, nothing
 * recorded, exit 6;</li>
 * <li>while the execution is being created: it stops before its first step ({@link #jobStarted}), STOPPED;</li>
 * <li>in a step: that step is asked to stop at its end; during the write steps, which run at once, each of those
 * running stops at its end or next safe point and those not yet started do not start;</li>
 * <li>after the last step: the run completes as it was going to (exit 0).</li>
 * </ul>
 * The process never halts, so no execution is left without a record of who ran it and how it ended.
 *
 * <p>The signal is handled directly rather than in a shutdown hook: once JVM shutdown starts, H2 and the
 * connection pool close themselves and the run could not record that it stopped. The state is static because a
 * signal is the whole process's, and arrives before the Spring context exists. Several executions may be in their
 * steps at once ({@code run --all-boards}); a signal asks each of them to stop, and no further board starts.
 */
public final class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final String[] SIGNALS = {"TERM", "INT"};
    private static final AtomicBoolean REQUESTED = new AtomicBoolean();
    /** The executions in their steps in this process, each between {@link #jobStarted} and {@link #jobEnding}. */
    private static final Set<JobExecution> IN_STEPS = ConcurrentHashMap.newKeySet();
    private static volatile JobOperator operator;
    private static volatile JobRepository repository;

    private final SignalHandler[] previous = new SignalHandler[SIGNALS.length];

    private GracefulStop() {
        REQUESTED.set(false);
        StopRequest.clear();
        SignalHandler handler = signal -> requestStop(signal.getName());
        for (int i = 0; i < SIGNALS.length; i++) {
            try {
                previous[i] = Signal.handle(new Signal(SIGNALS[i]), handler);
            } catch (IllegalArgumentException unavailable) {
                previous[i] = null; // signal not available on this platform
            }
        }
    }

    /** Handles SIGTERM and SIGINT from now until {@link #finished}: install it before anything else starts. */
    public static GracefulStop install() {
        return new GracefulStop();
    }

    /** Once the job repository exists: a stop request reaches an execution in its steps through these. */
    public void attach(JobOperator jobOperator, JobRepository jobRepository) {
        repository = jobRepository;
        operator = jobOperator;
    }

    /** Whether SIGTERM or SIGINT has arrived since {@link #install}. */
    public static boolean requested() {
        return REQUESTED.get();
    }

    /**
     * Called as the execution starts, once its process is recorded: if a stop was requested already (while the
     * execution was being created), it stops before its first step.
     */
    static void jobStarted(JobExecution execution) {
        IN_STEPS.add(execution);
        if (REQUESTED.get()) {
            log.warn("Stop requested while execution {} was starting: it stops before its first step", execution.getId());
            execution.setStatus(BatchStatus.STOPPING);
        }
    }

    /** Called when the job's steps are over: a stop requested from now on lets the run end as it is. */
    static void jobEnding(JobExecution execution) {
        IN_STEPS.remove(execution);
    }

    private static void requestStop(String signal) {
        REQUESTED.set(true);
        JobOperator op = operator;
        JobRepository repo = repository;
        if (IN_STEPS.isEmpty() || op == null || repo == null) {
            log.warn("SIG{} received: stopping before any step runs (or, after the last step, letting the run finish)", signal);
            return;
        }
        StopRequest.request(); // the long loops within a step stop at their next safe point
        for (JobExecution running : IN_STEPS) {
            try {
                log.warn("SIG{} received: execution {} will stop at its next safe point", signal, running.getId());
                op.stop(repo.getJobExecution(running.getId()));
            } catch (Exception ex) {
                log.warn("Could not ask execution {} to stop: {}", running.getId(), ex.getMessage());
            }
        }
    }

    /** Restores the default signal handling once the command has finished. */
    public void finished() {
        operator = null;
        repository = null;
        IN_STEPS.clear();
        for (int i = 0; i < SIGNALS.length; i++) {
            if (previous[i] != null) Signal.handle(new Signal(SIGNALS[i]), previous[i]);
        }
    }
}
