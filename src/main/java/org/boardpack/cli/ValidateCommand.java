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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every input the job would read, without running it.",
                "Exit 0 when clean (warnings allowed), 3 when there are errors. The report also goes to validation.csv."})
public class ValidateCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM|previous|latest", description = "The period (default: latest in the scorecards)")
    String period;

    @Option(names = "--board", paramLabel = "ID", defaultValue = "improvement-board", description = "Board id (default: ${DEFAULT-VALUE})")
    String board;

    @Option(names = "--max-reported", paramLabel = "N", defaultValue = "50", description = "List at most N problems on screen (default: ${DEFAULT-VALUE})")
    int cap;

    @Mixin
    FolderOptions folders;

    @Option(names = "--authority", paramLabel = "CODE", defaultValue = "${sys:boardpack.authority.code:-822}",
            description = "The authority's LA code for benchmark checks (default: ${DEFAULT-VALUE}; the job uses boardpack.authority.code)")
    String authority;

    @Override
    public Integer call() throws IOException {
        Clock clock = Clock.systemDefaultZone();
        YearMonth p = null;
        try {
            p = PeriodOption.resolve(period, folders.input, clock);
        } catch (UserError e) {
            // no usable period (e.g. no scorecards): the report below says why
        }
        InputSet inputs = InputValidator.read(folders.input, folders.templates, board,
                p == null ? YearMonth.now(clock).minusMonths(1) : p, YearMonth.now(clock).plusMonths(1), authority);
        inputs.problems().addAll(PackDistributor.validate(folders.input, folders.templates, board));
        if (p != null) Completeness.check(inputs, p);
        var problems = inputs.problems().all();
        System.out.print(ProblemReport.format(problems, cap));
        if (p != null) {
            var layout = new OutputLayout(folders.output, board, p, 1);
            AtomicFiles.write(layout.validationCsv(), out -> ProblemReport.writeCsv(problems, out));
            System.out.println("Report written to " + InputPaths.display(layout.validationCsv()));
        }
        return inputs.problems().hasErrors() ? ExitCodes.INVALID_INPUT : ExitCodes.COMPLETED;
    }
}
