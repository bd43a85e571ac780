package org.boardpack.batch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Records the host and process id of every job execution when it starts, and puts its id on the run lock. */
@Component
public class RunProcessListener implements JobExecutionListener {

    /** Host and process of an execution. */
    public record RunProcess(long jobExecutionId, String host, long pid, LocalDateTime startedAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final RunLock lock;
    private final FaultInjection faults;

    public RunProcessListener(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, RunLock lock,
                              FaultInjection faults) {
        this.jdbc = jdbc;
        this.faults = faults;
        this.clock = clock;
        this.lock = lock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Committed at once, whatever transaction the launch runs in: another process must see it while we run. Until
     * it is, the run lock (taken before the execution was created) is the record of who runs it: an execution
     * without a process record whose lock holder is gone is recovered as crashed ({@link JobRunner}).
     */
    @Override
    public void beforeJob(JobExecution jobExecution) {
        faults.at("job-start");
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM bp_run_process WHERE job_execution_id = ?").param(jobExecution.getId()).update();
            jdbc.sql("INSERT INTO bp_run_process (job_execution_id, host, pid, started_at) VALUES (?, ?, ?, ?)")
                    .params(jobExecution.getId(), thisHost(), ProcessIdentity.pid(), Timestamp.valueOf(LocalDateTime.now(clock)))
                    .update();
        });
        lock.attachCurrent(jobExecution.getId());
        GracefulStop.jobStarted(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        GracefulStop.jobEnding(jobExecution);
        faults.at("job-end");
    }

    public Optional<RunProcess> find(long jobExecutionId) {
        return jdbc.sql("SELECT job_execution_id, host, pid, started_at FROM bp_run_process WHERE job_execution_id = ?")
                .param(jobExecutionId)
                .query((rs, n) -> new RunProcess(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toLocalDateTime()))
                .optional();
    }

    public static String thisHost() {
        return ProcessIdentity.host();
    }
}
