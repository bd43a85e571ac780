package org.boardpack.cli;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
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
                "--all-boards builds every board's pack (the setting boardpack.boards, default every board in templates/boards/).",
                "Running a failed or stopped period again resumes it from the failed step.",
                "A completed period is refused (exit 4) unless --reissue is given."})
public class RunCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM|previous|latest",
            description = "The month to report (default: the latest month in the scorecards; previous = last calendar month, for cron)")
    String period;

    @Option(names = "--board", paramLabel = "ID",
            description = "Board id, as in templates/boards/<ID>.yml (default: the setting boardpack.board, improvement-board)")
    String board;

    @Option(names = "--all-boards", description = "Build every board's pack for the period, each its own run, "
            + "up to boardpack.parallel-boards at once; exit code: the worst outcome")
    boolean allBoards;

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
        if (allBoards && board != null) {
            throw new UserError(ExitCodes.USAGE, "Give either --board or --all-boards, not both. Nothing was run.");
        }
        GracefulStop stop = GracefulStop.install();
        try (var ctx = AppContext.open()) {
            var settings = AppContext.settings(ctx);
            boolean several = allBoards || (board == null && !settings.boards().isEmpty());
            List<String> ids = several ? Boards.all(settings, folders.templates)
                    : List.of(Boards.existing(board, settings, folders.templates));
            YearMonth p = PeriodOption.resolve(period, folders.input, ctx.getBean(Clock.class));
            List<RunRequest> requests = ids.stream().map(id -> new RunRequest(id, p, folders.input, folders.templates,
                    folders.output, reissue, skipInvalid, !noMail)).toList();
            AppContext.attach(stop, ctx);
            JobRunner runner = ctx.getBean(JobRunner.class);
            RunSummary summary = new RunSummary(ctx);
            if (!several) {
                RunResult result = runner.run(requests.get(0));
                summary.print(result, System.out);
                return ExitCodes.of(result.outcome());
            }
            var results = new AllBoardsRun(settings.boardsAtOnce(), runner::run, stop).run(requests);
            results.forEach(r -> summary.print(r.result(), System.out));
            AllBoardsRun.printTable(results, System.out);
            return ExitCodes.of(AllBoardsRun.worst(results));
        } finally {
            stop.finished();
        }
    }
}
