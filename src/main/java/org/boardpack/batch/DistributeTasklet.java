package org.boardpack.batch;

import java.util.function.BooleanSupplier;

import org.boardpack.mail.DistributionReport;
import org.boardpack.mail.DistributionStoppedException;
import org.boardpack.mail.PackDigest;
import org.boardpack.mail.PackDistributor;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.pack.PackModel;
import org.boardpack.store.PackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Last step: emails the written packs to the board's members, once each. Delivery records commit on their own,
 * so a rerun or restart sends only to those not yet sent. A stop request (SIGTERM) is seen during any SMTP wait, not
 * only between steps: the step then ends STOPPED with every member's state recorded.
 */
@Component
public class DistributeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DistributeTasklet.class);
    private final PackStore packs;
    private final PackDistributor distributor;
    private final FaultInjection faults;
    private final RunSnapshots snapshots;
    private final JobRepository jobRepository;

    public DistributeTasklet(PackStore packs, PackDistributor distributor, FaultInjection faults, RunSnapshots snapshots,
                             JobRepository jobRepository) {
        this.snapshots = snapshots;
        this.packs = packs;
        this.distributor = distributor;
        this.faults = faults;
        this.jobRepository = jobRepository;
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
                    p.skipInvalid(), stopRequested(contribution.getStepExecution().getJobExecutionId()),
                    new PackDistributor.NotRemailed(JobRunner.decode(contribution.getStepExecution().getJobParameters()
                            .getString(JobRunner.NOT_REMAILED))));
        } catch (DistributionStoppedException e) {
            throw new JobInterruptedException(e.getMessage(), BatchStatus.STOPPED);
        }
        StepContextSupport.readCount(contribution, report.members().size());
        contribution.incrementWriteCount(report.sentNow());
        log.info("Distribution: {}", report.summary());
        return RepeatStatus.FINISHED;
    }

    /** True once the execution has been asked to stop (STOPPING in the job repository, set by the SIGTERM handler). */
    private BooleanSupplier stopRequested(long executionId) {
        return new BooleanSupplier() {
            private volatile boolean seen;

            @Override
            public boolean getAsBoolean() {
                if (!seen) {
                    var e = jobRepository.getJobExecution(executionId);
                    seen = e != null && (e.getStatus() == BatchStatus.STOPPING || e.getStatus() == BatchStatus.STOPPED);
                }
                return seen;
            }
        };
    }
}
