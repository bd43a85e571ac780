package org.boardpack.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.boardpack.output.AtomicFiles;
import org.boardpack.output.FileHashes;
import org.boardpack.pack.Edition;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.store.PackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders the saved pack model with one writer, once per edition the run builds, each to a temporary file moved
 * into place when complete, and records each file's SHA-256 in the step's context. The step runs again on every
 * restart: when an earlier execution of this run wrote a file and it is still there unchanged, nothing is done; when
 * it is missing or changed (an output folder cleared while the run awaited its restart), it is written again from
 * the pack model, which was built from the run's snapshot, and the log says so.
 */
public class WritePackTasklet implements Tasklet {

    static final String FILE = "file";
    static final String SHA256 = "sha256";
    /** The editions ({@link Edition#id()}) whose files the step recorded, comma-separated; empty when it wrote none. */
    static final String EDITIONS = "editions";

    private static final Logger log = LoggerFactory.getLogger(WritePackTasklet.class);
    private final PackWriter writer;
    private final PackStore packs;
    private final FaultInjection faults;
    private final JobRepository jobRepository;
    private final boolean enabled;

    public WritePackTasklet(PackWriter writer, PackStore packs, FaultInjection faults, JobRepository jobRepository) {
        this(writer, packs, faults, jobRepository, true);
    }

    /** @param enabled false when boardpack.outputs leaves this edition out: the step then writes nothing */
    public WritePackTasklet(PackWriter writer, PackStore packs, FaultInjection faults, JobRepository jobRepository,
            boolean enabled) {
        this.jobRepository = jobRepository;
        this.writer = writer;
        this.packs = packs;
        this.faults = faults;
        this.enabled = enabled;
    }

    /** The layout of an edition's files: the full edition's carry no edition in their names. */
    static org.boardpack.output.OutputLayout editionLayout(PackRunParameters p, Edition edition) {
        return p.layout().forEdition(edition == Edition.FULL ? "" : edition.id());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!enabled) {
            log.info("Not writing {}: boardpack.outputs leaves it out", writer.name());
            return RepeatStatus.FINISHED;
        }
        PackRunParameters p = StepContextSupport.parameters(contribution);
        StepExecution current = contribution.getStepExecution();
        Optional<StepExecution> earlier = earlierCompleted(current);
        if (earlier.isPresent() && asWritten(earlier.get(), current)) {
            StepContextSupport.readCount(contribution, earlier.get().getReadCount());
            return RepeatStatus.FINISHED;
        }
        PackModel pack = packs.load(p.board(), p.period(), p.revision())
                .orElseThrow(() -> new IllegalStateException("No computed pack for " + p.board() + " " + p.period()
                        + " revision " + p.revision() + "; the compute step has not completed"));
        StepContextSupport.readCount(contribution, pack.indicatorList().size());
        List<String> keys = new ArrayList<>();
        if (!writer.appliesTo(pack)) {
            log.info("Nothing to write for {} in this pack", writer.name());
            current.getExecutionContext().putString(EDITIONS, "");
            return RepeatStatus.FINISHED;
        }
        // every edition the run builds, each laid out from the same model (the partner edition's figures suppressed)
        for (Edition edition : pack.editions()) {
            Path target = writer.target(editionLayout(p, edition));
            String key = edition == Edition.FULL ? "" : "." + edition.id();
            keys.add(edition.id());
            if (earlier.isPresent()) {
                ExecutionContext was = earlier.get().getExecutionContext();
                String sha = was.containsKey(SHA256 + key) ? was.getString(SHA256 + key) : null;
                String now = Files.isRegularFile(target) ? FileHashes.sha256(target) : null;
                if (now != null && (sha == null || now.equals(sha))) {
                    log.info("{} is as execution {} wrote it: not written again", target, earlier.get().getJobExecutionId());
                    record(current, key, target, now);
                    continue;
                }
                log.warn("{} {} since execution {} wrote it: writing it again from the pack model (built from this run's "
                        + "input snapshot)", target, now == null ? "is missing" : "was changed",
                        earlier.get().getJobExecutionId());
            }
            PackModel laidOut = pack.asEdition(edition);
            AtomicFiles.write(target, out -> {
                writer.write(laidOut, out);
                out.flush();
                faults.midStep("write-" + writer.name());
            });
            contribution.incrementWriteCount(1);
            record(current, key, target, FileHashes.sha256(target));
            log.info("Wrote {} ({} bytes)", target, Files.size(target));
        }
        current.getExecutionContext().putString(EDITIONS, String.join(",", keys));
        return RepeatStatus.FINISHED;
    }

    private static void record(StepExecution step, String editionKey, Path target, String sha) {
        step.getExecutionContext().putString(FILE + editionKey, target.toString());
        step.getExecutionContext().putString(SHA256 + editionKey, sha);
    }

    /**
     * Whether every file the earlier execution recorded (it lists them under {@link #EDITIONS}) is still on disk as it
     * wrote it: then the pack model need not even be loaded. Recorded again for this execution, for the manifest
     * and the next restart.
     */
    private static boolean asWritten(StepExecution earlier, StepExecution current) throws java.io.IOException {
        ExecutionContext was = earlier.getExecutionContext();
        if (!was.containsKey(EDITIONS)) return false; // written by a release that did not list them
        String listed = was.getString(EDITIONS);
        List<String> keys = new ArrayList<>();
        for (String id : listed.isEmpty() ? new String[0] : listed.split(",")) {
            keys.add(Edition.parse(id) == Edition.FULL ? "" : "." + id);
        }
        List<Path> targets = new ArrayList<>();
        for (String key : keys) {
            if (!was.containsKey(FILE + key) || !was.containsKey(SHA256 + key)) return false;
            Path target = Path.of(was.getString(FILE + key));
            if (!Files.isRegularFile(target) || !FileHashes.sha256(target).equals(was.getString(SHA256 + key))) return false;
            targets.add(target);
        }
        for (int i = 0; i < keys.size(); i++) {
            log.info("{} is as execution {} wrote it: not written again", targets.get(i), earlier.getJobExecutionId());
            record(current, keys.get(i), targets.get(i), was.getString(SHA256 + keys.get(i)));
        }
        if (keys.isEmpty()) log.info("Nothing to write for {} in this pack (as execution {} found)",
                current.getStepName(), earlier.getJobExecutionId());
        current.getExecutionContext().putString(EDITIONS, listed);
        return true;
    }

    /** This step's latest completed execution in an earlier execution of the same run, if any. */
    private Optional<StepExecution> earlierCompleted(StepExecution current) {
        JobExecution job = current.getJobExecution();
        StepExecution found = null;
        for (JobExecution e : jobRepository.getJobExecutions(job.getJobInstance())) {
            if (e.getId() == job.getId()) continue;
            for (StepExecution s : e.getStepExecutions()) {
                if (s.getStepName().equals(current.getStepName()) && s.getStatus() == BatchStatus.COMPLETED
                        && (found == null || s.getId() > found.getId())) {
                    found = s;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
