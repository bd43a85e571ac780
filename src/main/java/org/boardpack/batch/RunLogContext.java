package org.boardpack.batch;

import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Puts the job execution id on every log line of a run (the steps run on the launching thread). */
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
}
