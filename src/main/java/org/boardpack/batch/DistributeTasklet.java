package org.boardpack.batch;

import org.boardpack.mail.DistributionReport;
import org.boardpack.mail.PackDigest;
import org.boardpack.mail.PackDistributor;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.pack.PackModel;
import org.boardpack.store.PackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Last step: emails the written packs to the board's members, once each. Delivery records commit on their own,
 * so a rerun or restart sends only to those not yet sent.
 */
@Component
public class DistributeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DistributeTasklet.class);
    private final PackStore packs;
    private final PackDistributor distributor;
    private final FaultInjection faults;
    private final RunSnapshots snapshots;

    public DistributeTasklet(PackStore packs, PackDistributor distributor, FaultInjection faults, RunSnapshots snapshots) {
        this.snapshots = snapshots;
        this.packs = packs;
        this.distributor = distributor;
        this.faults = faults;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        if (!p.sendMail()) {
            log.info("Mail skipped (--no-mail)");
            return RepeatStatus.FINISHED;
        }
        PackModel pack = packs.load(p.board(), p.period(), p.revision())
                .orElseThrow(() -> new IllegalStateException("No computed pack for " + p.board() + " " + p.period()));
        PackDigest digest = PackDigest.of(pack);
        faults.midStep("distribute");
        DistributionReport report;
        // board members and the email templates as the snapshot recorded them
        try (InputSnapshot.Opened files = snapshots.require(contribution).snapshot().open()) {
            report = distributor.distribute(pack, p.layout(), digest, files.inputDir(), files.templatesDir(),
                    p.skipInvalid());
        }
        StepContextSupport.readCount(contribution, report.members().size());
        contribution.incrementWriteCount(report.sentNow());
        log.info("Distribution: {}", report.summary());
        return RepeatStatus.FINISHED;
    }
}
