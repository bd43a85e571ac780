package org.boardpack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.BoardPackApplication;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.mail.Delivery;
import org.boardpack.mail.DeliveryStore;
import org.boardpack.pack.Edition;
import org.boardpack.output.AtomicFiles;
import org.boardpack.output.FileHashes;
import org.boardpack.output.OutputLayout;
import org.boardpack.store.SnapshotStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes manifest.json: the run's input snapshot, every output written (size, SHA-256, the step and execution that
 * wrote it), the version, every execution and step of the job instance, and the delivery record.
 */
@Component
public class ManifestTasklet implements Tasklet {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final RunSnapshots snapshots;
    private final RunProcessListener processes;
    private final FaultInjection faults;
    private final Clock clock;
    private final JobRepository jobRepository;
    private final DeliveryStore deliveries;

    public ManifestTasklet(RunSnapshots snapshots, RunProcessListener processes, FaultInjection faults, Clock clock,
                           JobRepository jobRepository, DeliveryStore deliveries) {
        this.jobRepository = jobRepository;
        this.deliveries = deliveries;
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
        SnapshotStore.Stored snapshot = snapshots.describe(contribution); // the list of files, not their bytes
        InputSnapshot s = snapshot.snapshot();
        for (InputSnapshot.SnapshotFile f : s.files()) {
            Path root = f.root() == InputSnapshot.Root.INPUT ? s.inputDir() : s.templatesDir();
            String folder = root.getFileName() == null ? "" : root.getFileName() + "/";
            inputs.add(new RunManifest.FileRecord(folder + f.path(), f.size(), f.sha256(), null, null));
        }
        // every execution of this job instance, oldest first: a resumed run's steps are spread over several
        List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(job.getJobInstance()));
        executions.removeIf(e -> e.getId() == job.getId());
        executions.add(job);
        executions.sort(Comparator.comparingLong(JobExecution::getId));
        List<RunManifest.StepTiming> steps = new ArrayList<>();
        List<RunManifest.ExecutionRecord> runs = new ArrayList<>();
        List<StepExecution> allSteps = new ArrayList<>();
        for (JobExecution e : executions) {
            var process = processes.find(e.getId());
            boolean current = e.getId() == job.getId();
            runs.add(new RunManifest.ExecutionRecord(e.getId(), current ? "COMPLETED" : e.getStatus().name(), e.getStartTime(),
                    current ? LocalDateTime.now(clock) : e.getEndTime(), process.map(RunProcessListener.RunProcess::host).orElse(null),
                    process.map(RunProcessListener.RunProcess::pid).orElse(null)));
            for (StepExecution st : e.getStepExecutions()) {
                allSteps.add(st);
                steps.add(new RunManifest.StepTiming(st.getStepName(), st.getStepName().equals("manifest") ? "STARTED"
                        : st.getStatus().name(), st.getStartTime(), st.getEndTime(),
                        st.getStartTime() == null || st.getEndTime() == null ? 0 : Duration.between(st.getStartTime(), st.getEndTime()).toMillis(),
                        st.getReadCount(), st.getWriteCount(), e.getId()));
            }
        }
        List<Delivery> sent = deliveries.list(p.board(), p.period(), p.revision());
        List<RunManifest.FileRecord> outputs = new ArrayList<>();
        for (Path f : outputs(layout)) {
            String step = writtenByStep(layout, f);
            Edition edition = editionOf(layout, f, sent);
            outputs.add(new RunManifest.FileRecord(relative(p.outputDir(), f), Files.size(f), FileHashes.sha256(f), step,
                    writtenBy(step, f, allSteps, sent), edition == null ? null : edition.id()));
        }
        List<RunManifest.DeliveryRecord> delivered = sent.stream().map(d -> new RunManifest.DeliveryRecord(d.email(),
                d.memberName(), d.state().name(), d.mode().code(), d.messageId(), d.sentAt(), d.edition().id())).toList();
        var process = processes.find(job.getId());
        RunManifest manifest = new RunManifest(job.getId(), p.board(), p.period().toString(), p.revision(),
                applicationVersion(), executions.get(0).getStartTime(), LocalDateTime.now(clock),
                process.map(RunProcessListener.RunProcess::host).orElse(""),
                process.map(RunProcessListener.RunProcess::pid).orElse(0L), inputs, outputs, steps, runs, delivered);
        AtomicFiles.write(layout.manifest(), out -> {
            out.write(JSON.writeValueAsBytes(manifest));
            faults.midStep("manifest");
        });
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

    /** The step that writes a file of the layout, of any edition; anything else (an .eml) is distribute's. */
    static String writtenByStep(OutputLayout layout, Path f) {
        if (f.equals(layout.validationCsv()) || f.equals(layout.rejectsCsv())) return "validate";
        for (org.boardpack.pack.Edition e : org.boardpack.pack.Edition.values()) {
            OutputLayout l = e == org.boardpack.pack.Edition.FULL ? layout : layout.forEdition(e.id());
            if (f.equals(l.excelPack())) return "write-excel";
            if (f.equals(l.pdfPack())) return "write-pdf";
            if (f.equals(l.htmlPack())) return "write-html";
            if (f.equals(l.accessiblePdfPack())) return "write-accessible-pdf";
            if (f.equals(l.resultsCsv())) return "write-results";
            if (f.equals(l.recommendationsCsv())) return "write-recommendations";
        }
        return "distribute";
    }

    /**
     * The edition a pack file of the layout belongs to (by its name: {@code <board>-<period>-partner.pdf} is the
     * partner edition's), or null for a file of the run itself (validation, rejects) or not of the layout.
     */
    public static Edition editionOf(OutputLayout layout, Path f) {
        Path file = f.toAbsolutePath().normalize();
        for (Edition e : Edition.values()) {
            OutputLayout l = e == Edition.FULL ? layout : layout.forEdition(e.id());
            for (Path p : List.of(l.excelPack(), l.pdfPack(), l.htmlPack(), l.accessiblePdfPack(), l.resultsCsv(),
                    l.recommendationsCsv())) {
                if (p.toAbsolutePath().normalize().equals(file)) return e;
            }
        }
        return null;
    }

    /** As above; a member's message (.eml, files mode) is of the edition their delivery record names. */
    static Edition editionOf(OutputLayout layout, Path f, List<Delivery> sent) {
        Edition e = editionOf(layout, f);
        if (e != null) return e;
        String where = f.toString();
        return sent.stream().filter(d -> where.equals(d.location())).map(Delivery::edition).findFirst().orElse(null);
    }

    /**
     * The execution whose step last wrote the file: for an .eml file, the distribute step running when its delivery
     * was recorded; otherwise the latest completed execution of the step that wrote something.
     */
    private static Long writtenBy(String step, Path f, List<StepExecution> steps, List<Delivery> sent) {
        if (step.equals("distribute")) {
            String where = f.toString();
            LocalDateTime at = sent.stream().filter(d -> where.equals(d.location())).map(Delivery::sentAt)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (at != null) {
                for (StepExecution st : steps) {
                    if (st.getStepName().equals(step) && st.getStartTime() != null && !at.isBefore(st.getStartTime())
                            && (st.getEndTime() == null || !at.isAfter(st.getEndTime()))) {
                        return st.getJobExecutionId();
                    }
                }
            }
        }
        Long by = null;
        for (StepExecution st : steps) {
            if (st.getStepName().equals(step) && st.getStatus() == BatchStatus.COMPLETED
                    && (st.getWriteCount() > 0 || step.equals("validate"))) {
                by = st.getJobExecutionId();
            }
        }
        return by;
    }

    /** The file's path relative to the output folder, '/'-separated. */
    static String relative(Path outputDir, Path f) {
        Path base = outputDir.toAbsolutePath().normalize();
        Path file = f.toAbsolutePath().normalize();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }

    /** This revision's outputs: the packs, exports, reports and emails written as files. */
    static List<Path> outputs(OutputLayout layout) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path f : List.of(layout.excelPack(), layout.pdfPack(), layout.htmlPack(),
                layout.accessiblePdfPack(), layout.resultsCsv(), layout.recommendationsCsv(),
                layout.validationCsv(), layout.rejectsCsv())) {
            if (Files.isRegularFile(f)) files.add(f);
        }
        for (org.boardpack.pack.Edition e : org.boardpack.pack.Edition.values()) {
            if (e == org.boardpack.pack.Edition.FULL) continue;
            OutputLayout edition = layout.forEdition(e.id());
            for (Path f : List.of(edition.excelPack(), edition.pdfPack(), edition.htmlPack(), edition.accessiblePdfPack(),
                    edition.resultsCsv(), edition.recommendationsCsv())) {
                if (Files.isRegularFile(f)) files.add(f);
            }
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

}
