package org.boardpack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.BoardPackApplication;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.output.AtomicFiles;
import org.boardpack.output.FileHashes;
import org.boardpack.output.OutputLayout;
import org.boardpack.store.SnapshotStore;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes manifest.json: the run's input snapshot and every output written, with size and SHA-256; the version; step timings. */
@Component
public class ManifestTasklet implements Tasklet {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final RunSnapshots snapshots;
    private final RunProcessListener processes;
    private final FaultInjection faults;
    private final Clock clock;

    public ManifestTasklet(RunSnapshots snapshots, RunProcessListener processes, FaultInjection faults, Clock clock) {
        this.faults = faults;
        this.clock = clock;
        this.snapshots = snapshots;
        this.processes = processes;
    }

    public static JsonMapper json() {
        return JSON;
    }

    public static String applicationVersion() {
        String v = BoardPackApplication.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        JobExecution job = contribution.getStepExecution().getJobExecution();
        OutputLayout layout = p.layout();
        List<RunManifest.FileRecord> inputs = new ArrayList<>();
        // exactly the run's snapshot: what the pack was built from, whatever is on disk now
        SnapshotStore.Stored snapshot = snapshots.require(contribution);
        for (InputSnapshot.SnapshotFile f : snapshot.snapshot().files()) {
            inputs.add(new RunManifest.FileRecord(display(snapshot.snapshot().location(f)), f.size(), f.sha256()));
        }
        List<RunManifest.FileRecord> outputs = new ArrayList<>();
        for (Path f : outputs(layout)) outputs.add(record(f));
        List<RunManifest.StepTiming> steps = new ArrayList<>();
        for (StepExecution s : job.getStepExecutions()) {
            steps.add(new RunManifest.StepTiming(s.getStepName(), s.getStepName().equals("manifest") ? "STARTED"
                    : s.getStatus().name(), s.getStartTime(), s.getEndTime(),
                    s.getStartTime() == null || s.getEndTime() == null ? 0 : Duration.between(s.getStartTime(), s.getEndTime()).toMillis(),
                    s.getReadCount(), s.getWriteCount()));
        }
        var process = processes.find(job.getId());
        RunManifest manifest = new RunManifest(job.getId(), p.board(), p.period().toString(), p.revision(),
                applicationVersion(), job.getStartTime(), LocalDateTime.now(clock), process.map(RunProcessListener.RunProcess::host).orElse(""),
                process.map(RunProcessListener.RunProcess::pid).orElse(0L), inputs, outputs, steps);
        AtomicFiles.write(layout.manifest(), out -> {
            out.write(JSON.writeValueAsBytes(manifest));
            faults.midStep("manifest");
        });
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

    /** This revision's outputs: the packs, exports, reports and emails written as files. */
    static List<Path> outputs(OutputLayout layout) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path f : List.of(layout.excelPack(), layout.pdfPack(), layout.htmlPack(),
                layout.accessiblePdfPack(), layout.resultsCsv(), layout.recommendationsCsv(),
                layout.validationCsv(), layout.rejectsCsv())) {
            if (Files.isRegularFile(f)) files.add(f);
        }
        Path mail = layout.folder().resolve("mail");
        if (Files.isDirectory(mail)) {
            try (Stream<Path> eml = Files.list(mail)) {
                eml.filter(f -> f.getFileName().toString().startsWith(layout.stem() + "-")
                                && !f.getFileName().toString().substring(layout.stem().length() + 1).matches("r\\d+-.*"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static RunManifest.FileRecord record(Path f) throws IOException {
        return new RunManifest.FileRecord(display(f), Files.size(f), FileHashes.sha256(f));
    }

    private static String display(Path f) {
        return f.toAbsolutePath().normalize().toString().replace('\\', '/');
    }
}
