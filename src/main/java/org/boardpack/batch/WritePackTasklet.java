package org.boardpack.batch;

import java.nio.file.Path;

import org.boardpack.output.AtomicFiles;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.store.PackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Renders the saved pack model with one writer, to a temporary file moved into place when complete. */
public class WritePackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WritePackTasklet.class);
    private final PackWriter writer;
    private final PackStore packs;
    private final FaultInjection faults;
    private final boolean enabled;

    public WritePackTasklet(PackWriter writer, PackStore packs, FaultInjection faults) {
        this(writer, packs, faults, true);
    }

    /** @param enabled false when boardpack.outputs leaves this edition out: the step then writes nothing */
    public WritePackTasklet(PackWriter writer, PackStore packs, FaultInjection faults, boolean enabled) {
        this.writer = writer;
        this.packs = packs;
        this.faults = faults;
        this.enabled = enabled;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!enabled) {
            log.info("Not writing {}: boardpack.outputs leaves it out", writer.name());
            return RepeatStatus.FINISHED;
        }
        PackRunParameters p = StepContextSupport.parameters(contribution);
        PackModel pack = packs.load(p.board(), p.period(), p.revision())
                .orElseThrow(() -> new IllegalStateException("No computed pack for " + p.board() + " " + p.period()
                        + " revision " + p.revision() + "; the compute step has not completed"));
        StepContextSupport.readCount(contribution, pack.indicatorList().size());
        if (!writer.appliesTo(pack)) {
            log.info("Nothing to write for {} in this pack", writer.name());
            return RepeatStatus.FINISHED;
        }
        Path target = writer.target(p.layout());
        AtomicFiles.write(target, out -> {
            writer.write(pack, out);
            out.flush();
            faults.midStep("write-" + writer.name());
        });
        contribution.incrementWriteCount(1);
        log.info("Wrote {} ({} bytes)", target, java.nio.file.Files.size(target));
        return RepeatStatus.FINISHED;
    }
}
