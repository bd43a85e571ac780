package org.boardpack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.boardpack.input.InputPaths;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.mail.BoardMembersReader;
import org.boardpack.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a run resumes after its validate step completed, it is built from the snapshot that step took; this says
 * so at the start, and names every input file that differs on disk now (old and new hash).
 *
 * <p>One exception: board-members.csv says who is sent the pack, not what the pack says. A restart after a mail
 * failure (a 550 for a mistyped address) must reach the corrected address, so a changed board-members.csv is taken
 * into the snapshot at the start of the restart, said so, and the distribute step reads it from there.
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
        var stored = store.describe(jobExecution.getJobInstanceId()); // hashes only: the bytes are not needed here
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
        Path members = BoardMembersReader.fileFor(p.inputDir()).toAbsolutePath().normalize();
        String membersShown = InputPaths.display(members);
        if (changes.stream().anyMatch(c -> c.file().equals(membersShown) && c.diskSha256() != null)
                && amendMembers(stored.get().id(), members)) {
            log.warn("{} changed since this run's snapshot was taken at {}: the pack is sent to the members as the file "
                    + "lists them now (taken into the snapshot); the pack itself is built from the snapshot", membersShown, taken);
            changes = changes.stream().filter(c -> !c.file().equals(membersShown)).toList();
        }
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

    private boolean amendMembers(long snapshotId, Path file) {
        try {
            return store.amend(snapshotId, InputSnapshot.Root.INPUT, BoardMembersReader.FILE, Files.readAllBytes(file));
        } catch (IOException e) {
            log.warn("Cannot read {} ({}); the members are taken from the snapshot", InputPaths.display(file), e.getMessage());
            return false;
        }
    }
}
