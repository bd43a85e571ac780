package org.boardpack.batch;

import java.util.stream.Collectors;

import org.boardpack.input.InputPaths;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.Problems;
import org.boardpack.input.RejectsReport;
import org.boardpack.intake.Completeness;
import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.intake.MissingFiguresException;
import org.boardpack.intake.ScorecardReader;
import org.boardpack.mail.MailTemplate;
import org.boardpack.mail.PackDistributor;
import org.boardpack.output.AtomicFiles;
import org.boardpack.pack.PeriodLabels;
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
 * First step: takes the run's input snapshot (every file it uses, read once) and checks it. By default any error
 * fails the job before anything is loaded; with skip-invalid the run goes on with the valid rows. The report goes
 * to validation.csv either way. A period without figures for the board's indicators (or with fewer than
 * {@code boardpack.completeness.min-percent} of them) stops here, before anything is written or sent.
 */
@Component
public class ValidateInputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ValidateInputsTasklet.class);
    private final InputReading reading;
    private final RunSnapshots snapshots;
    private final RunRecordStore runs;
    private final int cap;
    private final double minPercent;
    private final FaultInjection faults;

    public ValidateInputsTasklet(InputReading reading, RunSnapshots snapshots, RunRecordStore runs,
                                 BoardPackSettings settings, FaultInjection faults) {
        this.faults = faults;
        this.reading = reading;
        this.snapshots = snapshots;
        this.runs = runs;
        this.cap = settings.validation().maxReported();
        this.minPercent = settings.completeness().minPercent();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        InputSnapshot snapshot = snapshots.take(contribution).snapshot();
        InputSet inputs;
        Completeness completeness;
        try (InputSnapshot.Opened files = snapshot.open()) {
            inputs = reading.read(p, files);
            completeness = Completeness.check(inputs, p.period());
            if (p.sendMail()) {
                // checked now so that bad member rows stop the run before packs are written, not after
                inputs.problems().addAll(PackDistributor.validate(files.inputDir(), files.templatesDir(), p.board()));
            }
            if (p.skipInvalid()) {
                // written while the snapshot is open: the lines of a file that could not be read are listed from it
                Problems found = inputs.problems();
                AtomicFiles.write(p.layout().rejectsCsv(), out -> RejectsReport.writeCsv(found, out));
            }
        }
        StepContextSupport.readCount(contribution, inputs.scorecards().rowsRead());
        var problems = inputs.problems().all();
        AtomicFiles.write(p.layout().validationCsv(), out -> ProblemReport.writeCsv(problems, out));
        runs.replaceProblems(p.layout(), problems);
        faults.midStep("validate");
        // an empty month is named as such first: its other problems (a missing commentary or recommendations file)
        // are what an empty month looks like, and go to validation.csv
        if (completeness != null && completeness.noFigures()) {
            throw new MissingFiguresException(missingFiguresMessage(p, completeness, inputs.problems().errors().size()));
        }
        if (inputs.problems().hasErrors() && !p.skipInvalid()) {
            throw new InvalidInputException("The inputs have errors; nothing was loaded.\n"
                    + ProblemReport.format(problems, cap)
                    + "Fix the files and run again, or run with --skip-invalid to load the valid rows.", problems);
        }
        // a board definition is not a row to skip: with --skip-invalid its errors still stop the run
        var boardErrors = inputs.problems().errors().stream()
                .filter(e -> e.file().replace('\\', '/').endsWith("boards/" + p.board() + ".yml")).toList();
        if (!boardErrors.isEmpty()) {
            throw new InvalidInputException("The board definition has errors; nothing was loaded.\n"
                    + ProblemReport.format(boardErrors, cap) + "Fix the board definition and run again.", boardErrors);
        }
        // nor is an email template: with --skip-invalid its errors would otherwise stop the run only at distribute,
        // after the packs are written
        var templateErrors = inputs.problems().errors().stream().filter(e -> MailTemplate.isTemplateOf(e.file(), p.board())).toList();
        if (!templateErrors.isEmpty()) {
            throw new InvalidInputException("The email template has errors; nothing was loaded.\n"
                    + ProblemReport.format(templateErrors, cap) + "Fix the template and run again (see docs/mail.md).",
                    templateErrors);
        }
        if (completeness != null && !completeness.meets(minPercent)) {
            throw new MissingFiguresException(missingFiguresMessage(p, completeness, 0));
        }
        if (p.skipInvalid()) {
            log.info("Skipping invalid rows: {} rejected rows listed in {}", inputs.problems().rejectedRows().size(),
                    p.layout().rejectsCsv());
        }
        if (!problems.isEmpty()) {
            log.warn("Input problems:\n{}", ProblemReport.format(problems, cap));
        }
        log.info("Snapshot of {} input files taken at {}; validated {} scorecard rows in {} files: {} errors, {} warnings",
                snapshot.files().size(), snapshot.takenAt().withNano(0), inputs.scorecards().rowsRead(),
                inputs.scorecards().files().size(), inputs.problems().errors().size(), inputs.problems().warnings().size());
        return RepeatStatus.FINISHED;
    }

    private String missingFiguresMessage(PackRunParameters p, Completeness c, int errors) {
        String period = PeriodLabels.longLabel(p.period()) + " (" + p.period() + ")";
        String latest = c.latestWithFigures() == null ? "no period has figures for them"
                : "the latest period with figures is " + PeriodLabels.longLabel(c.latestWithFigures()) + " ("
                + c.latestWithFigures() + ")";
        String head = c.noFigures()
                ? "No figures for " + period + " for any of the " + c.indicators().size() + " indicators of " + p.board()
                + "; " + latest + "."
                : "Figures for " + period + " are missing for " + c.missing().size() + " of the " + c.indicators().size()
                + " indicators of " + p.board() + " (" + Math.round(c.percentPresent()) + "% present, below "
                + "boardpack.completeness.min-percent=" + formatPercent(minPercent) + "): "
                + c.missing().stream().collect(Collectors.joining(", ")) + ".";
        String other = errors == 0 ? "" : "\nThe inputs also have " + errors + " error" + (errors == 1 ? "" : "s")
                + ", listed in " + InputPaths.display(p.layout().validationCsv()) + ".";
        return head + other + "\nNo pack was written and nothing was sent. When the scorecards arrive, put them in "
                + scorecards(p) + " and run the same command again"
                + (c.noFigures() ? "." : "; to build the pack without them, lower boardpack.completeness.min-percent.");
    }

    private static String scorecards(PackRunParameters p) {
        return InputPaths.display(p.inputDir().resolve(ScorecardReader.FOLDER));
    }

    private static String formatPercent(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
