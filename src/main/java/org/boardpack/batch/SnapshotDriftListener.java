package org.boardpack.batch;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.boardpack.intake.InputSnapshot;
import org.boardpack.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a run resumes after its validate step completed, it is built from the snapshot that step took; this says
 * so at the start, and names every input file that differs on disk now (old and new hash).
 */
@Component
public class SnapshotDriftListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SnapshotDriftListener.class);
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final SnapshotStore store;

    public SnapshotDriftListener(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        var stored = store.load(jobExecution.getJobInstanceId());
        if (stored.isEmpty()) return; // a first run, or validate failed: validate takes a new snapshot
        PackRunParameters p = PackRunParameters.from(jobExecution.getJobParameters());
        InputSnapshot snapshot = stored.get().snapshot();
        List<InputSnapshot.Change> changes;
        try {
            changes = snapshot.changesOnDisk(RunInputFiles.files(p));
        } catch (IOException e) {
            log.warn("Cannot compare the input files with this run's snapshot ({}); the pack is built from the snapshot "
                    + "taken at {}", e.getMessage(), TAKEN.format(snapshot.takenAt()));
            return;
        }
        String taken = TAKEN.format(snapshot.takenAt());
        if (changes.isEmpty()) {
            log.info("Resuming from the input snapshot taken at {} ({} files, unchanged on disk)", taken, snapshot.files().size());
            return;
        }
        log.warn("{} input file{} changed since this run's snapshot was taken at {}:\n{}\nThe pack is built from the "
                        + "snapshot taken at {}, not from the files as they are now. To build from the new files, run "
                        + "again with --reissue (the next revision).",
                changes.size(), changes.size() == 1 ? "" : "s", taken,
                changes.stream().map(c -> "  " + c.describe()).collect(Collectors.joining("\n")), taken);
    }
}
