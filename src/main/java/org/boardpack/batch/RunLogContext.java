package org.boardpack.batch;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Puts the job execution id on every log line of a run: set on the launching thread, and carried to the threads the
 * write steps run on ({@link #carried}).
 */
@Component
public class RunLogContext implements JobExecutionListener {

    public static final String KEY = "execution";

    @Override
    public void beforeJob(JobExecution jobExecution) {
        MDC.put(KEY, String.valueOf(jobExecution.getId()));
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        MDC.remove(KEY);
    }

    /** The task, to run on another thread with the log context (execution, board) of the thread that hands it over. */
    public static Runnable carried(Runnable task) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            if (context == null) MDC.clear();
            else MDC.setContextMap(context);
            try {
                task.run();
            } finally {
                if (before == null) MDC.clear();
                else MDC.setContextMap(before);
            }
        };
    }
}
