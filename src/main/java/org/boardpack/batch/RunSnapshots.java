package org.boardpack.batch;

import java.time.Clock;
import java.time.LocalDateTime;

import org.boardpack.intake.InputSnapshot;
import org.boardpack.store.SnapshotStore;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.stereotype.Component;

/** Takes a job instance's input snapshot (validate step) and hands it to every later step. */
@Component
public class RunSnapshots {

    private final SnapshotStore store;
    private final Clock clock;

    public RunSnapshots(SnapshotStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads the run's files from disk and records them for this job instance (replacing an earlier snapshot). */
    SnapshotStore.Stored take(StepContribution contribution) {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        JobExecution job = contribution.getStepExecution().getJobExecution();
        InputSnapshot snapshot = RunInputFiles.take(p, LocalDateTime.now(clock));
        long id = store.replace(new SnapshotStore.Owner(job.getJobInstanceId(), p.authority(), p.board(),
                p.period().toString(), p.revision(), job.getId()), snapshot);
        return new SnapshotStore.Stored(id, snapshot);
    }

    /** The snapshot the validate step took for this job instance, without its bytes (paths, sizes, SHA-256). */
    SnapshotStore.Stored describe(StepContribution contribution) {
        long instance = contribution.getStepExecution().getJobExecution().getJobInstanceId();
        return store.describe(instance).orElseGet(() -> require(contribution));
    }

    /** The snapshot the validate step took for this job instance. */
    SnapshotStore.Stored require(StepContribution contribution) {
        long instance = contribution.getStepExecution().getJobExecution().getJobInstanceId();
        return store.load(instance).orElseThrow(() -> new IllegalStateException(
                "This run has no input snapshot (it was started by release 0.1.0, before snapshots were recorded). "
                        + "Run it again with --reissue to build the pack from the files as they are now."));
    }
}
