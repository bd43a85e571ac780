package org.boardpack.cli;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.boardpack.mail.Delivery;
import org.boardpack.mail.DeliveryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = {"Lists who was sent which pack and when, from the delivery record: period, board, revision,",
                "member, state (PENDING, SENDING, SENT, FAILED), attempts, time sent, what was attached, and the last error."})
public class DeliveriesCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this period")
    String period;

    @Option(names = "--board", paramLabel = "ID", description = "Only this board")
    String board;

    @Option(names = "--message-ids", description = "Also show each message's Message-ID")
    boolean messageIds;

    @Override
    public Integer call() {
        YearMonth p = PeriodOption.exact(period);
        try (var ctx = AppContext.open()) {
            List<Delivery> rows = ctx.getBean(DeliveryStore.class).list(board, p);
            if (rows.isEmpty()) {
                System.out.println("No deliveries recorded" + (board == null ? "" : " for " + board) + (p == null ? "" : " in " + p) + ".");
                return ExitCodes.COMPLETED;
            }
            int width = Math.max(6, rows.stream().mapToInt(d -> member(d).length()).max().orElse(6));
            String format = "%-8s %-22s %-4s %-" + width + "s %-8s %-3s %-19s %-6s %s%n";
            System.out.printf(format, "PERIOD", "BOARD", "REV", "MEMBER", "STATE", "TRY", "SENT", "MODE", "ATTACHED / LAST ERROR");
            for (Delivery d : rows) {
                String detail = switch (d.state()) {
                    case SENT -> (d.attached() == null || d.attached().isBlank() ? "(no attachment: over the size cap)" : d.attached())
                            + (d.resend() ? " [resent after an interrupted send]" : "");
                    default -> d.lastError() == null ? "" : d.lastError();
                };
                System.out.printf(format, d.period(), d.board(), d.revision(), member(d), d.state(), d.attempts(),
                        d.sentAt() == null ? "" : d.sentAt().format(TIME), d.mode().code(), firstLine(detail));
                if (messageIds) System.out.printf("%-8s Message-ID %s%n", "", d.messageId());
            }
            long missing = rows.stream().filter(d -> d.state() != org.boardpack.mail.DeliveryState.SENT).count();
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
