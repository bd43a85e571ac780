package org.boardpack.batch;

import org.boardpack.input.InvalidInputException;
import org.boardpack.mail.Delivery;
import org.boardpack.mail.DeliveryState;
import org.boardpack.mail.DeliveryStore;
import org.boardpack.mail.UnconfirmedAdvice;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Starts, resumes and reports on board pack runs. A run is one job instance per (board, period, revision):
 * running a failed or stopped one again resumes it from the failed step; a completed one is refused unless
 * reissued as the next revision. An execution left running by a process that no longer exists is recovered
 * first; a live one is never touched.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunProcessListener processes;
    private final DeliveryStore deliveries;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, Job boardPackJob, RunProcessListener processes,
                     DeliveryStore deliveries) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = boardPackJob;
        this.processes = processes;
        this.deliveries = deliveries;
    }

    public RunResult run(RunRequest request) {
        recoverCrashedExecutions();
        Optional<RunResult> busy = refuseWhileRunning();
        if (busy.isPresent()) return busy.get();
        List<ExecutionView> runs = executions(request.board(), request.period());
        int revision = 1;
        if (!runs.isEmpty()) {
            ExecutionView last = runs.get(0);
            revision = last.revision();
            if ("COMPLETED".equals(last.status())) {
                if (!request.reissue()) {
                    return new RunResult(Outcome.ALREADY_COMPLETE, "The " + request.board() + " pack for "
                            + request.period() + " is already complete (revision " + revision + ", execution "
                            + last.executionId() + ").\nTo issue a corrected pack as revision " + (revision + 1)
                            + ", run again with --reissue.", null);
                }
                revision++;
            } else if ("ABANDONED".equals(last.status())) {
                revision++;
            } else {
                log.info("Resuming {} {} revision {} (last execution {} {})", request.board(), request.period(),
                        revision, last.executionId(), last.status());
            }
        }
        return start(request.parameters(revision).toJobParameters());
    }

    /** Resumes the latest failed or stopped execution for the board (and period, when given). */
    public RunResult restart(String board, YearMonth period) {
        recoverCrashedExecutions();
        Optional<RunResult> busy = refuseWhileRunning();
        if (busy.isPresent()) return busy.get();
        Optional<ExecutionView> target = executions(board, period).stream()
                .filter(e -> e.board().equals(board))
                .findFirst();
        if (target.isEmpty() || !(target.get().status().equals("FAILED") || target.get().status().equals("STOPPED"))) {
            String unconfirmed = target.map(t -> UnconfirmedAdvice.of(t.board(), t.period(), t.revision(),
                    deliveries.list(t.board(), t.period(), t.revision()))).orElse("");
            return new RunResult(Outcome.NOTHING_TO_RESTART, "Nothing to restart for " + board
                    + (period == null ? "" : " " + period) + target.map(t -> ": the latest execution (" + t.executionId()
                    + ", " + t.period() + " revision " + t.revision() + ") is " + t.status()).orElse(": no executions found")
                    + "." + (unconfirmed.isEmpty() ? "" : "\n" + unconfirmed), null);
        }
        JobExecution previous = jobRepository.getJobExecution(target.get().executionId());
        try {
            log.info("Restarting execution {} ({} {} revision {})", previous.getId(), board,
                    target.get().period(), target.get().revision());
            return finished(jobOperator.restart(previous));
        } catch (Exception e) {
            return new RunResult(Outcome.FAILED, "Cannot restart execution " + previous.getId() + ": " + e.getMessage(), null);
        }
    }

    private RunResult start(JobParameters parameters) {
        try {
            return finished(jobOperator.start(job, parameters));
        } catch (JobInstanceAlreadyCompleteException e) {
            return new RunResult(Outcome.ALREADY_COMPLETE, e.getMessage(), null);
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunResult(Outcome.ALREADY_RUNNING, e.getMessage(), null);
        } catch (Exception e) {
            return new RunResult(Outcome.FAILED, "Cannot start the job: " + e.getMessage(), null);
        }
    }

    private RunResult finished(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) return completed(execution);
        if (status == BatchStatus.STOPPED) {
            return new RunResult(Outcome.STOPPED, "Stopped before the end; run the same command again (or restart) to resume.", execution);
        }
        boolean invalid = failures(execution).stream().anyMatch(JobRunner::isInvalidInput);
        ExecutionView view = view(execution);
        String message = "Failed" + (view.failedStep() == null ? "" : " at step " + view.failedStep()) + ": "
                + (view.error() == null ? status.toString() : view.error());
        return new RunResult(invalid ? Outcome.INVALID_INPUT : Outcome.FAILED, message, execution);
    }

    /** Completed; but when some members' delivery is UNCONFIRMED the run says so, and who, with its own exit code. */
    private RunResult completed(JobExecution execution) {
        PackRunParameters p = PackRunParameters.from(execution.getJobParameters());
        List<Delivery> rows = deliveries.list(p.board(), p.period(), p.revision());
        if (rows.stream().anyMatch(d -> d.state() == DeliveryState.UNCONFIRMED)) {
            return new RunResult(Outcome.DELIVERY_UNCONFIRMED, "Completed, but "
                    + UnconfirmedAdvice.of(p.board(), p.period(), p.revision(), rows), execution);
        }
        return new RunResult(Outcome.COMPLETED, "Completed.", execution);
    }

    private static List<Throwable> failures(JobExecution execution) {
        List<Throwable> all = new ArrayList<>(execution.getFailureExceptions());
        execution.getStepExecutions().forEach(s -> all.addAll(s.getFailureExceptions()));
        return all;
    }

    private static boolean isInvalidInput(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException) return true;
        }
        return false;
    }

    /** A live run anywhere on this database blocks another: one run at a time. */
    private Optional<RunResult> refuseWhileRunning() {
        return jobRepository.findRunningJobExecutions(BoardPackJobConfiguration.JOB_NAME).stream()
                .findFirst().map(e -> {
                    ExecutionView v = view(e);
                    return new RunResult(Outcome.ALREADY_RUNNING, "Another run is in progress: execution " + v.executionId()
                            + " (" + v.board() + " " + v.period() + " revision " + v.revision() + ") on host " + v.host()
                            + ", process " + v.pid() + ", started " + v.start() + ". Wait for it to finish.", null);
                });
    }

    /** Marks executions left running by a process that no longer exists (on this host) as failed. */
    public List<Long> recoverCrashedExecutions() {
        List<Long> recovered = new ArrayList<>();
        for (JobExecution e : jobRepository.findRunningJobExecutions(BoardPackJobConfiguration.JOB_NAME)) {
            var process = processes.find(e.getId());
            boolean dead = process.map(RunProcessListener.RunProcess::isDeadLocalProcess).orElse(false);
            if (dead) {
                log.warn("Execution {} was left {} by process {} on {}, which no longer exists: marking it failed so it can resume",
                        e.getId(), e.getStatus(), process.get().pid(), process.get().host());
                jobOperator.recover(e);
                recovered.add(e.getId());
            }
        }
        return recovered;
    }

    /** Executions for the board and period (either may be null for all), newest first. */
    public List<ExecutionView> executions(String board, YearMonth period) {
        List<ExecutionView> views = new ArrayList<>();
        for (JobInstance instance : jobRepository.findJobInstances(BoardPackJobConfiguration.JOB_NAME)) {
            for (JobExecution e : jobRepository.getJobExecutions(instance)) {
                ExecutionView v = view(e);
                if ((board == null || board.equals(v.board())) && (period == null || period.equals(v.period()))) {
                    views.add(v);
                }
            }
        }
        views.sort(Comparator.comparingLong(ExecutionView::executionId).reversed());
        return views;
    }

    ExecutionView view(JobExecution e) {
        JobParameters p = e.getJobParameters();
        String failedStep = null;
        String error = null;
        for (StepExecution s : e.getStepExecutions()) {
            if (s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.STOPPED) {
                failedStep = s.getStepName();
                error = ErrorMessages.firstMessage(s.getExitStatus().getExitDescription());
            }
        }
        if (error == null && e.getStatus() == BatchStatus.FAILED) {
            error = ErrorMessages.firstMessage(e.getExitStatus().getExitDescription());
        }
        var process = processes.find(e.getId());
        String periodText = p.getString(PackRunParameters.PERIOD);
        Long revision = p.getLong(PackRunParameters.REVISION);
        return new ExecutionView(e.getId(), e.getJobInstanceId(), p.getString(PackRunParameters.BOARD),
                periodText == null ? null : YearMonth.parse(periodText), revision == null ? 0 : revision.intValue(),
                e.getStatus().name(), e.getStartTime(), e.getEndTime(), failedStep, error,
                process.map(RunProcessListener.RunProcess::host).orElse(null),
                process.map(RunProcessListener.RunProcess::pid).orElse(null));
    }
}
