package org.boardpack.batch;

import org.springframework.batch.core.job.JobExecution;

/**
 * @param message   what happened and, when it did not complete, what to do next
 * @param execution the execution that ran, or null when nothing was started
 */
public record RunResult(Outcome outcome, String message, JobExecution execution) {
}
