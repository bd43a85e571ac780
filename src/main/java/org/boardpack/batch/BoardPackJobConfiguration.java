package org.boardpack.batch;

import org.boardpack.excel.ExcelPackWriter;
import org.boardpack.html.AccessiblePdfWriter;
import org.boardpack.html.HtmlPackWriter;
import org.boardpack.pack.PackWriter;
import org.boardpack.csv.RecommendationsCsvPackWriter;
import org.boardpack.csv.ResultsCsvWriter;
import org.boardpack.pdf.PdfPackWriter;
import org.boardpack.output.StopRequest;
import org.boardpack.settings.BoardPackSettings;
import org.boardpack.settings.PackOutput;
import org.boardpack.store.PackStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.stream.Stream;

/**
 * The board pack job: validate (which takes the input snapshot), load, compute, then one step per output, all
 * running at once (a split flow), then distribute (email), then the run's manifest. Identified by (authority, board, period, revision) with no
 * incrementer, so running the same four again restarts the failed instance from the failed step; completed steps
 * are not run again, and every step after validate reads only the snapshot.
 */
@Configuration
public class BoardPackJobConfiguration {

    public static final String JOB_NAME = "boardPackJob";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final StepProgressListener progress;
    private final FaultInjection faults;
    private final BoardPackSettings settings;

    public BoardPackJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     StepProgressListener progress, FaultInjection faults, BoardPackSettings settings) {
        this.faults = faults;
        this.settings = settings;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.progress = progress;
    }

    @Bean
    public Job boardPackJob(ThreadPoolTaskExecutor writeExecutor, Step validateStep, Step loadStep, Step computeStep, Step resultsStep,
                            Step recommendationsStep, Step excelStep, Step pdfStep, Step htmlStep,
                            Step accessiblePdfStep, Step distributeStep, Step manifestStep,
                            RunProcessListener processListener,
                            RunLogContext logContext, SnapshotDriftListener snapshotDrift) {
        // the outputs are independent of each other: written at once, each its own step; the split waits for all of
        // them, so one failing leaves the others to finish (and be COMPLETED), then fails the job before distribute.
        // Handed to the threads longest first (the accessible PDF takes about as long as the rest together), so the
        // last to finish is a short one: on two threads the sample's writes took 11 s in the old order, 7.5 s in this.
        Flow writes = new FlowBuilder<SimpleFlow>("write-outputs").split(writeExecutor)
                .add(Stream.of(accessiblePdfStep, excelStep, pdfStep, htmlStep, resultsStep, recommendationsStep)
                        .map(s -> new FlowBuilder<SimpleFlow>("flow-" + s.getName()).start(s).build())
                        .toArray(Flow[]::new))
                .build();
        Flow all = new FlowBuilder<SimpleFlow>("board-pack")
                .start(validateStep)
                .next(loadStep)
                .next(computeStep)
                .next(writes)
                .next(distributeStep)
                .next(manifestStep)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(logContext)
                .listener(processListener)
                .listener(snapshotDrift)
                .start(all)
                .end()
                .build();
    }

    /**
     * The threads the write steps run on, shared by every run in the process ({@code run --all-boards}):
     * {@code boardpack.parallel-writes}, by default as many as there are processors (the writers are CPU-bound). Each thread carries the log
     * context of the run that handed it the step.
     */
    @Bean
    public ThreadPoolTaskExecutor writeExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int threads = settings.writesAtOnce();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("write-");
        executor.setDaemon(true);
        executor.setTaskDecorator(RunLogContext::carried);
        return executor;
    }

    @Bean
    public ResultsCsvWriter resultsCsvWriter() {
        return new ResultsCsvWriter();
    }

    @Bean
    public ExcelPackWriter excelPackWriter() {
        return new ExcelPackWriter();
    }

    @Bean
    public PdfPackWriter pdfPackWriter() {
        return new PdfPackWriter();
    }

    @Bean
    public HtmlPackWriter htmlPackWriter() {
        return new HtmlPackWriter();
    }

    @Bean
    public AccessiblePdfWriter accessiblePdfWriter() {
        return new AccessiblePdfWriter();
    }

    @Bean
    public Step validateStep(ValidateInputsTasklet tasklet) {
        return step("validate", tasklet);
    }

    @Bean
    public Step loadStep(LoadFiguresTasklet tasklet) {
        return step("load", tasklet);
    }

    @Bean
    public Step computeStep(ComputePackTasklet tasklet) {
        return step("compute", tasklet);
    }

    @Bean
    public Step resultsStep(ResultsCsvWriter writer, PackStore packs) {
        return writeStep(writer, packs);
    }

    @Bean
    public Step recommendationsStep(PackStore packs) {
        return writeStep(new RecommendationsCsvPackWriter(), packs);
    }

    @Bean
    public Step excelStep(ExcelPackWriter writer, PackStore packs) {
        return writeStep(writer, packs, PackOutput.XLSX);
    }

    @Bean
    public Step pdfStep(PdfPackWriter writer, PackStore packs) {
        return writeStep(writer, packs, PackOutput.PDF);
    }

    @Bean
    public Step htmlStep(HtmlPackWriter writer, PackStore packs) {
        return writeStep(writer, packs, PackOutput.HTML);
    }

    @Bean
    public Step accessiblePdfStep(AccessiblePdfWriter writer, PackStore packs) {
        return writeStep(new OneAtATimeWriter(writer), packs, PackOutput.ACCESSIBLE_PDF); // see OneAtATimeWriter
    }

    @Bean
    public Step distributeStep(DistributeTasklet tasklet) {
        return step("distribute", tasklet);
    }

    @Bean
    public Step manifestStep(ManifestTasklet tasklet) {
        return step("manifest", tasklet);
    }

    /** Runs again on a restart even when completed: it writes its file again only when missing or changed. */
    private Step writeStep(PackWriter writer, PackStore packs) {
        return writeStep(writer, new WritePackTasklet(writer, packs, faults, jobRepository));
    }

    /** A pack edition's step; it writes nothing when boardpack.outputs leaves the edition out. */
    private Step writeStep(PackWriter writer, PackStore packs, PackOutput output) {
        return writeStep(writer, new WritePackTasklet(writer, packs, faults, jobRepository, settings.writes(output)));
    }

    private Step writeStep(PackWriter writer, WritePackTasklet tasklet) {
        return new StepBuilder("write-" + writer.name(), jobRepository).tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true).listener(progress).build();
    }

    private Step step(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(stoppable(tasklet), transactionManager).listener(progress).build();
    }

    /**
     * A stop requested while the step runs ends it at the loop's next safe point: the step's transaction is rolled
     * back and it records STOPPED (Spring Batch's JobInterruptedException), so restart runs it again.
     */
    private static Tasklet stoppable(Tasklet tasklet) {
        return (contribution, chunkContext) -> {
            try {
                return tasklet.execute(contribution, chunkContext);
            } catch (StopRequest.StoppedException e) {
                throw new JobInterruptedException("Stopped within step "
                        + contribution.getStepExecution().getStepName() + ": " + e.getMessage());
            }
        };
    }
}
