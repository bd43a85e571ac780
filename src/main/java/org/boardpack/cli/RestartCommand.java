package org.boardpack.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.boardpack.batch.GracefulStop;
import org.boardpack.batch.JobRunner;
import org.boardpack.batch.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Resumes the last failed or stopped run from the step that failed, with the same folders and switches.",
                "Exit 7 when there is nothing to restart."})
public class RestartCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "The period (default: the latest failed run of the board)")
    String period;

    @Option(names = "--board", paramLabel = "ID", description = "Board id (default: the setting boardpack.board, improvement-board)")
    String board;

    @Override
    public Integer call() {
        Boards.checkForm(board);
        YearMonth p = PeriodOption.exact(period);
        GracefulStop stop = GracefulStop.install();
        try (var ctx = AppContext.open()) {
            String id = Boards.id(board, AppContext.settings(ctx));
            AppContext.attach(stop, ctx);
            RunResult result = ctx.getBean(JobRunner.class).restart(id, p);
            new RunSummary(ctx).print(result, System.out);
            return ExitCodes.of(result.outcome());
        } finally {
            stop.finished();
        }
    }
}
