package org.boardpack.cli;

import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.boardpack.batch.GracefulStop;
import org.boardpack.batch.JobRunner;
import org.boardpack.batch.RunRequest;
import org.boardpack.batch.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Builds the board pack for a period: validate, load, compute, write Excel and PDF.",
                "Running a failed or stopped period again resumes it from the failed step.",
                "A completed period is refused (exit 4) unless --reissue is given."})
public class RunCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM|previous|latest",
            description = "The month to report (default: the latest month in the scorecards; previous = last calendar month, for cron)")
    String period;

    @Option(names = "--board", paramLabel = "ID",
            description = "Board id, as in templates/boards/<ID>.yml (default: the setting boardpack.board, improvement-board)")
    String board;

    @Mixin
    FolderOptions folders;

    @Option(names = "--reissue", description = "Issue a corrected pack for a completed period as its next revision")
    boolean reissue;

    @Option(names = "--skip-invalid", description = "Load the valid rows and list the rejected ones in rejects.csv and the pack, instead of stopping")
    boolean skipInvalid;

    @Option(names = "--no-mail", description = "Do not email the packs")
    boolean noMail;

    @Override
    public Integer call() {
        Boards.checkForm(board);
        GracefulStop stop = GracefulStop.install();
        try (var ctx = AppContext.open()) {
            String id = Boards.existing(board, AppContext.settings(ctx), folders.templates);
            YearMonth p = PeriodOption.resolve(period, folders.input, ctx.getBean(Clock.class));
            RunRequest request = new RunRequest(id, p, folders.input, folders.templates, folders.output, reissue,
                    skipInvalid, !noMail);
            AppContext.attach(stop, ctx);
            RunResult result = ctx.getBean(JobRunner.class).run(request);
            new RunSummary(ctx).print(result, System.out);
            return ExitCodes.of(result.outcome());
        } finally {
            stop.finished();
        }
    }
}
