package org.boardpack.cli;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.boardpack.batch.ExecutionView;
import org.boardpack.batch.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Lists the runs in the job repository: period, board, revision, status, whether it mailed the packs,",
                "start and end, the failed step and its error."})
public class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this period")
    String period;

    @Option(names = "--board", paramLabel = "ID", description = "Only this board")
    String board;

    @Override
    public Integer call() {
        Boards.checkForm(board);
        YearMonth p = PeriodOption.exact(period);
        try (var ctx = AppContext.openForReading()) {
            JobRunner runner = ctx.getBean(JobRunner.class);
            if (AppContext.openedReadOnly()) {
                System.out.println("The data folder is read-only: the runs as recorded (run and restart need it writable).");
            } else {
                runner.recoverCrashedExecutions();
            }
            List<ExecutionView> runs = runner.executions(board, p);
            if (runs.isEmpty()) {
                System.out.println("No runs recorded" + (board == null ? "" : " for " + board) + (p == null ? "" : " in " + p) + ".");
                return ExitCodes.COMPLETED;
            }
            String format = "%-9s %-8s %-22s %-4s %-10s %-7s %-19s %-19s %s%n";
            System.out.printf(format, "EXECUTION", "PERIOD", "BOARD", "REV", "STATUS", "MAIL", "START", "END", "FAILED STEP / ERROR");
            for (ExecutionView v : runs) {
                System.out.printf(format, v.executionId(), v.period(), v.board(), v.revision(), v.status(),
                        v.mail() ? "yes" : "no-mail", v.start() == null ? "" : v.start().format(TIME),
                        v.end() == null ? "" : v.end().format(TIME),
                        (v.failedStep() == null ? "" : v.failedStep() + ": ") + firstLine(v.error()));
            }
            return ExitCodes.COMPLETED;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
