package org.boardpack.cli;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.boardpack.batch.JobRunner;
import org.boardpack.batch.PackRunParameters;
import org.boardpack.mail.Delivery;
import org.boardpack.mail.DeliveryState;
import org.boardpack.mail.DeliveryStore;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = {"Lists who was sent which pack and when, from the delivery record: period, board, revision,",
                "member, state (PENDING, SENDING, SENT, WRITTEN in files mode: not sent, FAILED), attempts, time sent or",
                "written, what was attached, and the last error. Default: the board's latest run; --all for every run."})
public class DeliveriesCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this period (default: the board's latest run)")
    String period;

    @Option(names = "--board", paramLabel = "ID", description = "Only this board (default: the setting boardpack.board)")
    String board;

    @Option(names = "--all", description = "Every board and period")
    boolean all;

    @Option(names = "--message-ids", description = "Also show each message's Message-ID")
    boolean messageIds;

    @Override
    public Integer call() {
        Boards.checkForm(board);
        YearMonth p = PeriodOption.exact(period);
        try (var ctx = AppContext.open()) {
            DeliveryStore store = ctx.getBean(DeliveryStore.class);
            String b = board;
            List<Delivery> rows;
            if (all || p != null) {
                rows = store.list(b, p);
            } else {
                b = Boards.id(board, AppContext.settings(ctx));
                Optional<JobExecution> latest = ctx.getBean(JobRunner.class).latest(b, null, null, false);
                if (latest.isEmpty()) {
                    System.out.println("No runs recorded for " + b + " (--all lists every board's deliveries).");
                    return ExitCodes.COMPLETED;
                }
                PackRunParameters run = PackRunParameters.from(latest.get().getJobParameters());
                p = run.period();
                System.out.println("The latest run of " + b + ": " + p + " revision " + run.revision() + " (execution "
                        + latest.get().getId() + (run.sendMail() ? "" : ", run with --no-mail") + ")");
                rows = store.list(b, p, run.revision());
            }
            if (rows.isEmpty()) {
                System.out.println("No deliveries recorded" + (b == null ? "" : " for " + b) + (p == null ? "" : " in " + p) + ".");
                return ExitCodes.COMPLETED;
            }
            int width = Math.max(6, rows.stream().mapToInt(d -> member(d).length()).max().orElse(6));
            String format = "%-8s %-22s %-4s %-" + width + "s %-8s %-3s %-19s %-6s %s%n";
            System.out.printf(format, "PERIOD", "BOARD", "REV", "MEMBER", "STATE", "TRY", "SENT/WRITTEN", "MODE", "ATTACHED / LAST ERROR");
            for (Delivery d : rows) {
                String detail = switch (d.state()) {
                    case WRITTEN -> d.location() + " (not sent: files mode)";
                    case SENT -> (d.attached() == null || d.attached().isBlank() ? "(no attachment: over the size cap)" : d.attached())
                            + (d.resend() ? " [resent after an interrupted send]" : "");
                    default -> d.lastError() == null ? "" : d.lastError();
                };
                System.out.printf(format, d.period(), d.board(), d.revision(), member(d), d.state(), d.attempts(),
                        d.sentAt() == null ? "" : d.sentAt().format(TIME), d.mode().code(), firstLine(detail));
                if (messageIds) System.out.printf("%-8s Message-ID %s%n", "", d.messageId());
            }
            long missing = rows.stream().filter(d -> d.state() != DeliveryState.SENT && d.state() != DeliveryState.WRITTEN).count();
            if (missing > 0) {
                System.out.println(missing + (missing == 1 ? " member has" : " members have")
                        + " not been sent the pack: fix the cause and run boardpack restart for that board and period.");
            }
            return ExitCodes.COMPLETED;
        }
    }

    private static String member(Delivery d) {
        return d.memberName() + " <" + d.email() + ">";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
