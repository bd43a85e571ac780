package org.boardpack.batch;

import java.nio.file.Path;

import org.boardpack.output.AtomicFiles;
import org.boardpack.pack.Edition;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.store.PackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders the saved pack model with one writer, once per edition the run builds, each to a temporary file moved
 * into place when complete.
 */
public class WritePackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WritePackTasklet.class);
    private final PackWriter writer;
    private final PackStore packs;
    private final FaultInjection faults;

    public WritePackTasklet(PackWriter writer, PackStore packs, FaultInjection faults) {
        this.writer = writer;
        this.packs = packs;
        this.faults = faults;
    }

    /** The layout of an edition's files: the full edition's carry no edition in their names. */
    static org.boardpack.output.OutputLayout editionLayout(PackRunParameters p, Edition edition) {
        return p.layout().forEdition(edition == Edition.FULL ? "" : edition.id());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        PackModel pack = packs.load(p.board(), p.period(), p.revision())
                .orElseThrow(() -> new IllegalStateException("No computed pack for " + p.board() + " " + p.period()
                        + " revision " + p.revision() + "; the compute step has not completed"));
        StepContextSupport.readCount(contribution, pack.indicatorList().size());
        if (!writer.appliesTo(pack)) {
            log.info("Nothing to write for {} in this pack", writer.name());
            return RepeatStatus.FINISHED;
        }
        // every edition the run builds, each laid out from the same model (the partner edition's figures suppressed)
        for (Edition edition : pack.editions()) {
            Path target = writer.target(editionLayout(p, edition));
            PackModel laidOut = pack.asEdition(edition);
            AtomicFiles.write(target, out -> {
                writer.write(laidOut, out);
                out.flush();
                faults.midStep("write-" + writer.name());
            });
            contribution.incrementWriteCount(1);
            log.info("Wrote {} ({} bytes)", target, java.nio.file.Files.size(target));
        }
        return RepeatStatus.FINISHED;
    }
}
