package org.boardpack.batch;

import org.boardpack.input.InvalidInputException;
import org.boardpack.intake.MissingFiguresException;
import org.boardpack.mail.Delivery;
import org.boardpack.mail.DeliveryState;
import org.boardpack.mail.DeliveryStore;
import org.boardpack.mail.UnconfirmedAdvice;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.boardpack.settings.BoardPackSettings;
import org.boardpack.store.DataFolderFault;
import org.springframework.dao.EmptyResultDataAccessException;
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
    /** The error of an execution whose process ended while it ran, recorded when it is recovered. */
    static final String CRASHED = "the process ended without recording a result (killed or crashed)";
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunProcessListener processes;
    private final RunLock lock;
    private final String authority;
    private final DeliveryStore deliveries;
    private final RecordedExecutions recorded;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, Job boardPackJob, RunProcessListener processes,
                     RunLock lock, BoardPackSettings settings, DeliveryStore deliveries, RecordedExecutions recorded) {
        this.recorded = recorded;
        this.authority = settings.authority().code();
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = boardPackJob;
        this.processes = processes;
        this.lock = lock;
        this.deliveries = deliveries;
    }

    public RunResult run(RunRequest request) {
        return holdingTheLock(request.board(), request.period(), "run " + request.board() + " " + request.period(),
                () -> runHolding(request));
    }

    private RunResult runHolding(RunRequest request) {
        List<ExecutionView> runs = executions(request.board(), request.period());
        int recorded = runs.stream().mapToInt(ExecutionView::revision).max().orElse(0);
        // the output folder is the second record: a manifest of a revision the repository does not know
        Optional<IssuedPacks.Issued> issued = IssuedPacks.latest(request.parameters(authority, 1).layout())
                .filter(i -> i.revision() > recorded);
        if (issued.isPresent()) {
            IssuedPacks.Issued i = issued.get();
            if (!request.reissue()) {
                return new RunResult(Outcome.ALREADY_COMPLETE, "The " + request.board() + " pack for " + request.period()
                        + " was already issued (" + i.describe() + "), but the job repository has no record of it"
                        + (recorded == 0 ? "" : " (it knows revisions up to " + recorded + " only)")
                        + ": it was probably lost or re-created (was data/ deleted or restored from an old backup?). "
                        + "Nothing was built or sent.\nTo go on: restore data/ from the backup taken with output/, or run "
                        + "again with --reissue to build revision " + (i.revision() + 1) + "; the " + i.sent().size()
                        + " members the manifest lists as sent will not be emailed again.", null);
            }
            log.warn("The job repository has no record of {} (revision {}): building revision {}; not emailing the {} members "
                    + "it lists as sent", i.describe(), i.revision(), i.revision() + 1, i.sent().size());
            JobParameters parameters = new JobParametersBuilder(request.parameters(authority, i.revision() + 1).toJobParameters())
                    .addString(NOT_REMAILED, encode(i.sent()), false).toJobParameters();
            return start(parameters);
        }
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
        JobParameters parameters = request.parameters(authority, revision).toJobParameters();
        if (!runs.isEmpty() && runs.get(0).revision() == revision) { // resuming: keep who is not to be emailed
            String notRemailed = jobRepository.getJobExecution(runs.get(0).executionId()).getJobParameters().getString(NOT_REMAILED);
            if (notRemailed != null) {
                parameters = new JobParametersBuilder(parameters).addString(NOT_REMAILED, notRemailed, false).toJobParameters();
            }
        }
        return start(parameters);
    }

    /** Non-identifying job parameter: the members not to email (a reissue after the repository lost its record). */
    static final String NOT_REMAILED = "notRemailed";

    /** "email TAB why" lines. */
    static String encode(java.util.Map<String, String> emails) {
        StringBuilder sb = new StringBuilder();
        emails.forEach((e, why) -> sb.append(e).append('\t').append(why.replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    static java.util.Map<String, String> decode(String text) {
        java.util.Map<String, String> emails = new java.util.LinkedHashMap<>();
        if (text == null) return emails;
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) emails.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return emails;
    }

    /** Resumes the latest failed or stopped execution for the board (and period, when given). */
    public RunResult restart(String board, YearMonth period) {
        YearMonth target = period != null ? period : executions(board, null).stream().findFirst().map(ExecutionView::period).orElse(null);
        if (target == null) return restartHolding(board, null); // nothing recorded: reports that there is nothing to restart
        return holdingTheLock(board, target, "restart " + board + " " + target, () -> restartHolding(board, target));
    }

    private RunResult restartHolding(String board, YearMonth period) {
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
        if (GracefulStop.requested()) return stoppedBeforeLaunch();
        try {
            log.info("Restarting execution {} ({} {} revision {})", previous.getId(), board,
                    target.get().period(), target.get().revision());
            return finished(jobOperator.restart(previous));
        } catch (Exception e) {
            throwIfDataFolderFault(e);
            return new RunResult(Outcome.FAILED, "Cannot restart execution " + previous.getId() + ": " + e.getMessage(), null);
        }
    }

    private RunResult start(JobParameters parameters) {
        if (GracefulStop.requested()) return stoppedBeforeLaunch();
        try {
            return finished(jobOperator.start(job, parameters));
        } catch (JobInstanceAlreadyCompleteException e) {
            return new RunResult(Outcome.ALREADY_COMPLETE, e.getMessage(), null);
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunResult(Outcome.ALREADY_RUNNING, e.getMessage(), null);
        } catch (Exception e) {
            throwIfDataFolderFault(e);
            return new RunResult(Outcome.FAILED, "Cannot start the job: " + e.getMessage(), null);
        }
    }

    /** The job repository itself failed (disk full, read-only, damaged): for the command to report as such. */
    private static void throwIfDataFolderFault(Exception e) {
        if (DataFolderFault.of(e, null).isEmpty()) return;
        if (e instanceof RuntimeException r) throw r;
        throw new IllegalStateException(e.getMessage(), e);
    }

    private static RunResult stoppedBeforeLaunch() {
        return new RunResult(Outcome.STOPPED, "Stopped on request (SIGTERM) before the run started: nothing was "
                + "recorded or changed; run the same command again.", null);
    }

    private RunResult finished(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) return completed(execution);
        if (status == BatchStatus.STOPPED) {
            return new RunResult(Outcome.STOPPED, "Stopped before the end; run the same command again (or restart) to resume.", execution);
        }
        boolean invalid = failures(execution).stream().anyMatch(t -> causedBy(t, InvalidInputException.class));
        boolean noFigures = failures(execution).stream().anyMatch(t -> causedBy(t, MissingFiguresException.class));
        ExecutionView view = view(execution);
        String message = "Failed" + (view.failedStep() == null ? "" : " at step " + view.failedStep()) + ": "
                + (view.error() == null ? status.toString() : view.error());
        Outcome outcome = noFigures ? Outcome.NO_FIGURES : invalid ? Outcome.INVALID_INPUT : Outcome.FAILED;
        return new RunResult(outcome, message, execution);
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

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return true;
        }
        return false;
    }

    /**
     * One run at a time per board and period: the work runs only while this thread holds that run lock. Holding
     * it, every execution of that board and period still marked running belongs to a process that is gone, and is
     * marked failed first so that it can resume. Other boards' executions are not touched (they may be running).
     */
    private RunResult holdingTheLock(String board, YearMonth period, String purpose, Supplier<RunResult> work) {
        RunLock.Attempt attempt = lock.acquire(RunLock.key(authority, board, period), purpose);
        if (!attempt.acquired()) {
            RunLock.Holder h = attempt.heldBy();
            return new RunResult(Outcome.ALREADY_RUNNING, "Another run is in progress: "
                    + (h == null ? "the run lock is held" : h.describe()) + " (" + attempt.why() + ").\nWait for it to finish"
                    + (h != null && h.jobExecutionId() != null ? "; if you know that process is gone, boardpack abandon --execution "
                    + h.jobExecutionId() + " releases it." : "."), null);
        }
        try (RunLock.Hold hold = attempt.hold()) {
            String why = hold.replaced().map(h -> lock.judge(h).reason()).orElse("no run holds the run lock");
            Set<JobExecution> running = new java.util.HashSet<>(jobRepository.findRunningJobExecutions(BoardPackJobConfiguration.JOB_NAME));
            running.removeIf(e -> !covers(e, board, period));
            recover(running, why);
            return work.get();
        }
    }

    /** Whether the execution is a run of this authority's board and period (what one run lock covers). */
    private boolean covers(JobExecution e, String board, YearMonth period) {
        JobParameters p = e.getJobParameters();
        String runAuthority = p.getString(PackRunParameters.AUTHORITY);
        return (runAuthority == null || runAuthority.equals(authority)) && board.equals(p.getString(PackRunParameters.BOARD))
                && period.toString().equals(p.getString(PackRunParameters.PERIOD));
    }

    /**
     * For {@code status}: marks executions left running by a process that is gone as failed, without taking the
     * lock. Only those whose board and period's lock no live process holds (a live holder may be about to record
     * its execution).
     */
    public List<Long> recoverCrashedExecutions() {
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(BoardPackJobConfiguration.JOB_NAME);
        List<Long> recovered = new ArrayList<>();
        for (JobExecution e : running) {
            JobParameters p = e.getJobParameters();
            String runAuthority = p.getString(PackRunParameters.AUTHORITY);
            if (runAuthority != null && !runAuthority.equals(authority)) continue;
            Optional<RunLock.Holder> holder = lock.holder(RunLock.key(runAuthority == null ? authority : runAuthority,
                    p.getString(PackRunParameters.BOARD), YearMonth.parse(p.getString(PackRunParameters.PERIOD))));
            if (holder.isPresent() && !lock.judge(holder.get()).gone()) continue;
            recovered.addAll(recover(Set.of(e), holder.map(h -> lock.judge(h).reason()).orElse("no run holds its run lock")));
        }
        return recovered;
    }

    private List<Long> recover(Set<JobExecution> executions, String why) {
        List<Long> recovered = new ArrayList<>();
        for (JobExecution listed : executions) {
            JobExecution e = jobRepository.getJobExecution(listed.getId());
            if (e == null || !e.isRunning()) continue;
            var process = processes.find(e.getId());
            log.warn("Execution {} was left {} by {}, which is gone ({}): marking it failed so it can resume",
                    e.getId(), e.getStatus(), process.map(p -> "process " + p.pid() + " on " + p.host())
                            .orElse("a process that ended before recording itself"), why);
            ExitStatus crashed = ExitStatus.FAILED.addExitDescription(CRASHED);
            e.setExitStatus(crashed);
            e.getStepExecutions().stream().filter(s -> s.getStatus().isRunning()).forEach(s -> s.setExitStatus(crashed));
            jobOperator.recover(e);
            recovered.add(e.getId());
        }
        return recovered;
    }

    /**
     * Abandons an execution for good (Spring Batch's ABANDONED): for the case a person must decide, e.g. a run on
     * another host that will never come back. One still running as a live process on this host is refused; a
     * running one elsewhere is marked failed first, and the run lock it holds is released. The next run of that
     * board and period starts the next revision.
     *
     * @throws IllegalArgumentException no such execution, or one that completed
     */
    public RunResult abandon(long executionId) {
        JobExecution e;
        try {
            e = jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException none) {
            e = null;
        }
        if (e == null || !BoardPackJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName())) {
            throw new IllegalArgumentException("There is no execution " + executionId + " (boardpack status lists them)");
        }
        ExecutionView v = view(e);
        String what = "execution " + executionId + " (" + v.board() + " " + v.period() + " revision " + v.revision() + ")";
        if (e.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalArgumentException("Cannot abandon " + what + ": it completed. To issue a corrected pack, run --reissue");
        }
        if (e.getStatus() == BatchStatus.ABANDONED) {
            return new RunResult(Outcome.COMPLETED, "Nothing to do: " + what + " was already abandoned.", null);
        }
        Optional<RunLock.Holder> holder = lock.holders().stream().filter(h -> Long.valueOf(executionId).equals(h.jobExecutionId())).findFirst();
        if (e.isRunning()) {
            if (holder.isPresent() && holder.get().host().equals(ProcessIdentity.host()) && !lock.judge(holder.get()).gone()) {
                return new RunResult(Outcome.ALREADY_RUNNING, "Not abandoned: " + what + " is still running as process "
                        + holder.get().pid() + " on this host. Stop it first (kill -TERM " + holder.get().pid()
                        + ": it stops after its current step), or wait for it.", null);
            }
            log.warn("Abandoning {}, still marked {}: marking it failed first", what, e.getStatus());
            e = jobOperator.recover(e);
        }
        if (lock.releaseHeldBy(executionId)) log.warn("Released the run lock held by {}", what);
        try {
            jobOperator.abandon(jobRepository.getJobExecution(executionId));
        } catch (JobExecutionAlreadyRunningException ex) {
            return new RunResult(Outcome.ALREADY_RUNNING, "Not abandoned: " + ex.getMessage(), null);
        }
        log.warn("Abandoned {} by hand", what);
        return new RunResult(Outcome.COMPLETED, "Abandoned " + what + ". The next run for " + v.board() + " " + v.period()
                + " builds revision " + (v.revision() + 1) + ".", null);
    }

    /** The newest execution of the board (and of the period and revision, when given), completed ones only if asked. */
    public Optional<JobExecution> latest(String board, YearMonth period, Integer revision, boolean completedOnly) {
        return executions(board, period).stream()
                .filter(v -> revision == null || v.revision() == revision)
                .filter(v -> !completedOnly || "COMPLETED".equals(v.status()))
                .findFirst()
                .map(v -> jobRepository.getJobExecution(v.executionId()));
    }

    /**
     * This authority's executions for the board and period (either may be null for all), newest first. Runs of
     * release 0.1.0 recorded no authority and count as this authority's.
     */
    public List<ExecutionView> executions(String board, YearMonth period) {
        List<ExecutionView> views = new ArrayList<>();
        for (RecordedExecutions.Row row : recorded.all()) {
            ExecutionView v = row.view();
            if (row.authority() != null && !row.authority().equals(authority)) continue;
            if ((board == null || board.equals(v.board())) && (period == null || period.equals(v.period()))) {
                views.add(v);
            }
        }
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
                if (error == null && s.getStatus() == BatchStatus.FAILED) error = CRASHED;
            }
        }
        if (error == null && (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED)) {
            error = ErrorMessages.firstMessage(e.getExitStatus().getExitDescription());
            // recovered by an earlier release, which recorded no description
            if (error == null && e.getStatus() == BatchStatus.FAILED) error = CRASHED;
        }
        var process = processes.find(e.getId());
        String periodText = p.getString(PackRunParameters.PERIOD);
        Long revision = p.getLong(PackRunParameters.REVISION);
        return new ExecutionView(e.getId(), e.getJobInstanceId(), p.getString(PackRunParameters.BOARD),
                periodText == null ? null : YearMonth.parse(periodText), revision == null ? 0 : revision.intValue(),
                e.getStatus().name(), e.getStartTime() == null ? e.getCreateTime() : e.getStartTime(), e.getEndTime(), failedStep, error,
                process.map(RunProcessListener.RunProcess::host).orElse(null),
                process.map(RunProcessListener.RunProcess::pid).orElse(null),
                !"false".equals(p.getString(PackRunParameters.MAIL)));
    }
}
