package org.boardpack.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.boardpack.input.InputPaths;
import org.boardpack.intake.Completeness;
import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputValidator;
import org.boardpack.input.ProblemReport;
import org.boardpack.mail.PackDistributor;
import org.boardpack.output.AtomicFiles;
import org.boardpack.output.OutputLayout;
import org.boardpack.settings.BoardPackSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every input the job would read, without running it, with the same settings and clock as run.",
                "Exit 0 when clean (warnings allowed), 3 when there are errors. The report also goes to validation-check.csv."})
public class ValidateCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM|previous|latest", description = "The period (default: latest in the scorecards)")
    String period;

    @Option(names = "--board", paramLabel = "ID", description = "Board id (default: the setting boardpack.board, improvement-board)")
    String board;

    @Option(names = "--max-reported", paramLabel = "N", description = "List at most N problems on screen (default: the setting boardpack.validation.max-reported)")
    Integer cap;

    @Mixin
    FolderOptions folders;

    @Override
    public Integer call() throws IOException {
        Boards.checkForm(board);
        try (var ctx = AppContext.open()) {
            BoardPackSettings settings = AppContext.settings(ctx);
            String id = Boards.existing(board, settings, folders.templates);
            Clock clock = ctx.getBean(Clock.class);
            YearMonth p = null;
            try {
                p = PeriodOption.resolve(period, folders.input, clock);
            } catch (UserError e) {
                if (e.exitCode() == ExitCodes.USAGE) throw e; // a mistyped --period
                // no usable period in the scorecards: the report below says why
            }
            InputSet inputs = InputValidator.read(folders.input, folders.templates, id,
                    p == null ? YearMonth.now(clock).minusMonths(1) : p, YearMonth.now(clock).plusMonths(1),
                    settings.authority().code());
            inputs.problems().addAll(PackDistributor.validate(folders.input, folders.templates, id));
            if (p != null) Completeness.check(inputs, p);
            var problems = inputs.problems().all();
            System.out.print(ProblemReport.format(problems, cap == null ? settings.validation().maxReported() : cap));
            if (p != null) {
                var layout = new OutputLayout(folders.output, id, p, 1);
                AtomicFiles.write(layout.validationCheckCsv(), out -> ProblemReport.writeCsv(problems, out));
                System.out.println("Report written to " + InputPaths.display(layout.validationCheckCsv()));
            }
            return inputs.problems().hasErrors() ? ExitCodes.INVALID_INPUT : ExitCodes.COMPLETED;
        }
    }
}
