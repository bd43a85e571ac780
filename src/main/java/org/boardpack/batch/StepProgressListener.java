package org.boardpack.batch;

import java.time.Duration;
import java.time.LocalDateTime;

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

    @Override
    public void beforeStep(StepExecution stepExecution) {
        log.info("Step {} started", stepExecution.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        LocalDateTime start = stepExecution.getStartTime();
        long ms = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        log.info("Step {} {}: read {}, written {}, {} ms", stepExecution.getStepName(), stepExecution.getStatus(),
                stepExecution.getReadCount(), stepExecution.getWriteCount(), ms);
        return stepExecution.getExitStatus();
    }
}
