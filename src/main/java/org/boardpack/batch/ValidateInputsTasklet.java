package org.boardpack.batch;

import org.boardpack.input.InvalidInputException;
import org.boardpack.input.InputSet;
import org.boardpack.mail.PackDistributor;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.RejectsReport;
import org.boardpack.output.AtomicFiles;
import org.boardpack.store.RunRecordStore;
import org.boardpack.settings.BoardPackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * First step: checks every input. By default any error fails the job before anything is loaded; with
 * skip-invalid the run goes on with the valid rows. The report goes to validation.csv either way.
 */
@Component
public class ValidateInputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ValidateInputsTasklet.class);
    private final InputReading reading;
    private final RunRecordStore runs;
    private final int cap;
    private final FaultInjection faults;

    public ValidateInputsTasklet(InputReading reading, RunRecordStore runs,
                                 BoardPackSettings settings, FaultInjection faults) {
        this.faults = faults;
        this.reading = reading;
        this.runs = runs;
        this.cap = settings.validation().maxReported();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        InputSet inputs = reading.read(p);
        if (p.sendMail()) {
            // checked now so that bad member rows stop the run before packs are written, not after
            inputs.problems().addAll(PackDistributor.validate(p.inputDir(), p.templatesDir(), p.board()));
        }
        StepContextSupport.readCount(contribution, inputs.scorecards().rowsRead());
        var problems = inputs.problems().all();
        AtomicFiles.write(p.layout().validationCsv(), out -> ProblemReport.writeCsv(problems, out));
        runs.replaceProblems(p.layout(), problems);
        faults.midStep("validate");
        if (inputs.problems().hasErrors() && !p.skipInvalid()) {
            throw new InvalidInputException("The inputs have errors; nothing was loaded.\n"
                    + ProblemReport.format(problems, cap)
                    + "Fix the files and run again, or run with --skip-invalid to load the valid rows.", problems);
        }
        if (p.skipInvalid()) {
            AtomicFiles.write(p.layout().rejectsCsv(), out -> RejectsReport.writeCsv(inputs.problems(), out));
            log.info("Skipping invalid rows: {} rejected rows listed in {}", inputs.problems().rejectedRows().size(),
                    p.layout().rejectsCsv());
        }
        if (!problems.isEmpty()) {
            log.warn("Input problems:\n{}", ProblemReport.format(problems, cap));
        }
        log.info("Validated {} scorecard rows in {} files: {} errors, {} warnings",
                inputs.scorecards().rowsRead(), inputs.scorecards().files().size(),
                inputs.problems().errors().size(), inputs.problems().warnings().size());
        return RepeatStatus.FINISHED;
    }
}
