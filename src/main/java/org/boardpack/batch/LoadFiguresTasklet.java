package org.boardpack.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boardpack.input.InputPaths;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.ProblemReport;
import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.intake.ScorecardReader;
import org.boardpack.store.FigureStore;
import org.boardpack.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Loads the snapshot's scorecard files into the store. A file version already held (same source folder, path and
 * SHA-256) is not loaded again, so rerunning the step never duplicates rows.
 */
@Component
public class LoadFiguresTasklet implements Tasklet {

    /** Where the "load-rows" fault is injected: part-way through a file's rows (tests of a stop or kill mid-load). */
    private static final long FAULT_AFTER_ROWS = 50_000;
    private static final Logger log = LoggerFactory.getLogger(LoadFiguresTasklet.class);
    private final InputReading reading;
    private final RunSnapshots snapshots;
    private final SnapshotStore snapshotStore;
    private final FigureStore figures;
    private final Clock clock;
    private final FaultInjection faults;

    public LoadFiguresTasklet(InputReading reading, RunSnapshots snapshots, SnapshotStore snapshotStore,
                              FigureStore figures, Clock clock, FaultInjection faults) {
        this.faults = faults;
        this.reading = reading;
        this.snapshots = snapshots;
        this.snapshotStore = snapshotStore;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        SnapshotStore.Stored described = snapshots.describe(contribution);
        List<Long> allHeld = allHeld(described.snapshot(), described.snapshot().inputDir().toString());
        if (allHeld != null) {
            // another board's run (or an earlier run) loaded every one of these file versions: nothing to read
            snapshotStore.replaceFigureFiles(described.id(), allHeld);
            log.info("Loaded {} scorecard files from the snapshot of {} (0 new, all already held), 0 new rows",
                    allHeld.size(), InputPaths.display(described.snapshot().inputDir()));
            return RepeatStatus.FINISHED;
        }
        SnapshotStore.Stored stored = snapshots.require(contribution);
        InputSnapshot snapshot = stored.snapshot();
        Map<String, InputSnapshot.SnapshotFile> byPath = snapshot.files().stream()
                .filter(f -> f.root() == InputSnapshot.Root.INPUT)
                .collect(Collectors.toMap(InputSnapshot.SnapshotFile::path, Function.identity()));
        String source = snapshot.inputDir().toString();
        List<Long> fileIds = new ArrayList<>();
        int newFiles = 0;
        long[] rowsWritten = {0};
        InputSet inputs;
        try (InputSnapshot.Opened files = snapshot.open()) {
            inputs = reading.read(p, files);
            if (inputs.problems().hasErrors() && !p.skipInvalid()) {
                // cannot happen with an unchanged snapshot; kept so that a reader change never loads bad rows
                throw new InvalidInputException("The input snapshot has errors; nothing was loaded.\n"
                        + ProblemReport.format(inputs.problems().all(), 50), inputs.problems().all());
            }
            for (ScorecardReader.ScorecardFile file : inputs.scorecards().details()) {
                String path = files.inputDir().relativize(file.path()).toString().replace('\\', '/');
                InputSnapshot.SnapshotFile recorded = byPath.get(path);
                var existing = figures.findFileVersion(source, path, recorded.sha256());
                if (existing.isPresent()) {
                    fileIds.add(existing.get());
                    continue;
                }
                long before = rowsWritten[0];
                fileIds.add(figures.insertFileVersion(source, path, recorded.sha256(), file.issue(), recorded.size(),
                        rows -> inputs.scorecards().forEachRow(file, r -> {
                            rows.accept(r);
                            rowsWritten[0]++;
                            if (rowsWritten[0] - before == FAULT_AFTER_ROWS) faults.midStep("load-rows");
                        }),
                        StepContextSupport.jobExecutionId(contribution), LocalDateTime.now(clock)));
                newFiles++;
                if (newFiles == 1) faults.midStep("load");
            }
        }
        snapshotStore.replaceFigureFiles(stored.id(), fileIds);
        StepContextSupport.readCount(contribution, inputs.scorecards().rowsRead());
        contribution.incrementWriteCount(rowsWritten[0]);
        log.info("Loaded {} scorecard files from the snapshot of {} ({} new, {} already held), {} new rows",
                fileIds.size(), InputPaths.display(snapshot.inputDir()), newFiles, fileIds.size() - newFiles, rowsWritten[0]);
        return RepeatStatus.FINISHED;
    }

    /**
     * The stored file versions of every scorecard file of the snapshot (the .csv files under scorecards/, as
     * {@link ScorecardReader#files} lists them), or null when one of them is not held yet.
     */
    private List<Long> allHeld(InputSnapshot snapshot, String source) {
        List<Long> ids = new ArrayList<>();
        for (InputSnapshot.SnapshotFile f : snapshot.files()) {
            if (f.root() != InputSnapshot.Root.INPUT || !f.path().startsWith(ScorecardReader.FOLDER + "/")
                    || !f.path().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) continue;
            var held = figures.findFileVersion(source, f.path(), f.sha256());
            if (held.isEmpty()) return null;
            ids.add(held.get());
        }
        return ids.isEmpty() ? null : ids;
    }
}
