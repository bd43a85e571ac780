package org.boardpack.batch;

import org.boardpack.output.StopRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * On SIGTERM or SIGINT (a cron timeout, a shutdown, Ctrl-C) during a run, asks this process's running execution
 * to stop at the next safe point (the end of the current step) instead of letting the JVM die mid-step. The run
 * then records STOPPED, the process exits with the "stopped" code, and {@code restart} resumes it.
 *
 * <p>The signal is handled directly rather than in a shutdown hook: once JVM shutdown starts, H2 and the
 * connection pool close themselves and the run could not record that it stopped.
 */
public final class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final String[] SIGNALS = {"TERM", "INT"};
    private final SignalHandler[] previous = new SignalHandler[SIGNALS.length];
    private volatile boolean requested;

    private GracefulStop(JobOperator operator, JobRepository repository, RunProcessListener processes) {
        SignalHandler handler = signal -> {
            requested = true;
            requestStop(operator, repository, processes, signal.getName());
        };
        for (int i = 0; i < SIGNALS.length; i++) {
            try {
                previous[i] = Signal.handle(new Signal(SIGNALS[i]), handler);
            } catch (IllegalArgumentException unavailable) {
                previous[i] = null; // signal not available on this platform
            }
        }
    }

    private static void requestStop(JobOperator operator, JobRepository repository, RunProcessListener processes,
                                    String signal) {
        long pid = ProcessHandle.current().pid();
        boolean any = false;
        for (JobExecution e : repository.findRunningJobExecutions(BoardPackJobConfiguration.JOB_NAME)) {
            boolean mine = processes.find(e.getId()).map(p -> p.pid() == pid
                    && p.host().equals(RunProcessListener.thisHost())).orElse(false);
            if (!mine) continue;
            any = true;
            StopRequest.request(); // the long loops within the step stop at their next safe point
            try {
                log.warn("SIG{} received: execution {} will stop after its current step", signal, e.getId());
                operator.stop(e);
            } catch (Exception ex) {
                log.warn("Could not ask execution {} to stop: {}", e.getId(), ex.getMessage());
            }
        }
        if (!any) {
            log.warn("SIG{} received before the run started: exiting", signal);
            Runtime.getRuntime().halt(143);
        }
    }

    /** Handles SIGTERM and SIGINT for the duration of a run. */
    public static GracefulStop install(JobOperator operator, JobRepository repository, RunProcessListener processes) {
        StopRequest.clear();
        return new GracefulStop(operator, repository, processes);
    }

    /** Whether a stop was asked for: {@code run --all-boards} then starts no further board. */
    public boolean requested() {
        return requested;
    }

    /** Restores the default signal handling once the run has finished. */
    public void finished() {
        for (int i = 0; i < SIGNALS.length; i++) {
            if (previous[i] != null) Signal.handle(new Signal(SIGNALS[i]), previous[i]);
        }
    }
}
