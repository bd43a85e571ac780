package org.boardpack.batch;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Logs each step's start and its items read and written and elapsed time at the end. */
@Component
public class StepProgressListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepProgressListener.class);

    /** Elapsed time is measured, not read from a clock: a fixed clock (boardpack.fixed-time) must not distort it. */
    private final ThreadLocal<Long> startedNanos = new ThreadLocal<>();

    @Override
    public void beforeStep(StepExecution stepExecution) {
        startedNanos.set(System.nanoTime());
        log.info("Step {} started", stepExecution.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Long start = startedNanos.get();
        startedNanos.remove();
        long ms = start == null ? 0 : Duration.ofNanos(System.nanoTime() - start).toMillis();
        log.info("Step {} {}: read {}, written {}, {} ms", stepExecution.getStepName(), stepExecution.getStatus(),
                stepExecution.getReadCount(), stepExecution.getWriteCount(), ms);
        return stepExecution.getExitStatus();
    }
}
