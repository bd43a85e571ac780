package org.boardpack.cli;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.boardpack.batch.BoardPackJobConfiguration;
import org.boardpack.batch.ExecutionView;
import org.boardpack.batch.JobRunner;
import org.boardpack.batch.PackRunParameters;
import org.boardpack.mail.Delivery;
import org.boardpack.mail.DeliveryKey;
import org.boardpack.mail.DeliveryState;
import org.boardpack.mail.DeliveryStore;
import org.boardpack.mail.DistributionReport;
import org.boardpack.mail.PackDigest;
import org.boardpack.mail.PackDistributor;
import org.boardpack.mail.UnconfirmedAdvice;
import org.boardpack.pack.PackDigests;
import org.boardpack.pack.PackModel;
import org.boardpack.store.PackStore;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = {"Lists who was sent which pack and when, from the delivery record: period, board, revision,",
                "member, state (PENDING, SENDING, SENT, FAILED, UNCONFIRMED, REMOVED), attempts, time sent, what was",
                "attached, and the last error; then what to do about anyone who does not have the pack.",
                "UNCONFIRMED: handed to the mail server without its answer (the member may or may not have it); never",
                "sent again automatically: --confirm records it as received, --resend-unconfirmed sends it again.",
                "Exit 12 when UNCONFIRMED deliveries remain after --resend-unconfirmed."})
public class DeliveriesCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this period")
    String period;

    @Option(names = "--board", paramLabel = "ID", description = "Only this board")
    String board;

    @Option(names = "--message-ids", description = "Also show each message's Message-ID")
    boolean messageIds;

    @Option(names = "--confirm", paramLabel = "ADDRESS",
            description = "Record that the member at ADDRESS received their UNCONFIRMED message (they said so, or the mail server's log shows it)")
    String confirm;

    @Option(names = "--resend-unconfirmed",
            description = "Send every UNCONFIRMED message (of --board and --period, when given) again, with the same Message-ID")
    boolean resendUnconfirmed;

    @Override
    public Integer call() {
        if (confirm != null && resendUnconfirmed) {
            throw new UserError(ExitCodes.USAGE, "Give --confirm or --resend-unconfirmed, not both.");
        }
        YearMonth p = PeriodOption.exact(period);
        try (var ctx = AppContext.open()) {
            if (confirm != null) return confirm(ctx, p);
            if (resendUnconfirmed) return resend(ctx, p);
            return list(ctx, p);
        }
    }

    private int list(ConfigurableApplicationContext ctx, YearMonth p) {
        List<Delivery> rows = ctx.getBean(DeliveryStore.class).list(board, p);
        if (rows.isEmpty()) {
            System.out.println("No deliveries recorded" + (board == null ? "" : " for " + board) + (p == null ? "" : " in " + p) + ".");
            return ExitCodes.COMPLETED;
        }
        int width = Math.max(6, rows.stream().mapToInt(d -> member(d).length()).max().orElse(6));
        String format = "%-8s %-22s %-4s %-" + width + "s %-11s %-3s %-19s %-6s %s%n";
        System.out.printf(format, "PERIOD", "BOARD", "REV", "MEMBER", "STATE", "TRY", "SENT", "MODE", "ATTACHED / LAST ERROR");
        for (Delivery d : rows) {
            String detail = switch (d.state()) {
                case SENT -> (d.attached() == null || d.attached().isBlank() ? "(no attachment: over the size cap)" : d.attached())
                        + (d.resend() ? " [sent again after an unconfirmed delivery]" : "")
                        + (d.confirmedAt() == null ? "" : " [confirmed as received by the operator " + d.confirmedAt().format(TIME) + "]");
                default -> d.lastError() == null ? "" : d.lastError();
            };
            System.out.printf(format, d.period(), d.board(), d.revision(), member(d), d.state(), d.attempts(),
                    d.sentAt() == null ? "" : d.sentAt().format(TIME), d.mode().code(), firstLine(detail));
            if (messageIds) System.out.printf("%-8s Message-ID %s%n", "", d.messageId());
        }
        Map<String, List<Delivery>> byPack = new LinkedHashMap<>();
        rows.forEach(d -> byPack.computeIfAbsent(d.board() + " " + d.period() + " " + d.revision(), k -> new ArrayList<>()).add(d));
        JobRunner runs = ctx.getBean(JobRunner.class);
        for (List<Delivery> pack : byPack.values()) {
            Delivery first = pack.get(0);
            long missing = pack.stream().filter(d -> d.state().outstanding()).count();
            if (missing > 0) System.out.println(missingAdvice(first, missing, runs.executions(first.board(), first.period())));
            String unsure = UnconfirmedAdvice.of(first.board(), first.period(), first.revision(), pack);
            if (!unsure.isEmpty()) System.out.println(unsure);
        }
        return ExitCodes.COMPLETED;
    }

    /** What to do about members still to be sent a pack, as the job repository sees that pack: the same answer restart gives. */
    static String missingAdvice(Delivery pack, long missing, List<ExecutionView> runs) {
        String who = missing + (missing == 1 ? " member has" : " members have") + " not been sent the " + pack.board()
                + " pack for " + pack.period() + (pack.revision() > 1 ? " (revision " + pack.revision() + ")" : "");
        int newest = runs.stream().mapToInt(ExecutionView::revision).max().orElse(pack.revision());
        if (newest > pack.revision()) {
            return who + ": it was replaced by revision " + newest + ", so nothing is left to do for this one.";
        }
        Optional<ExecutionView> last = runs.stream().filter(r -> r.revision() == pack.revision()).findFirst();
        String status = last.map(ExecutionView::status).orElse("");
        return switch (status) {
            case "FAILED", "STOPPED" -> who + ": fix the cause (the error above) and run: boardpack restart --board "
                    + pack.board() + " --period " + pack.period();
            case "STARTING", "STARTED", "STOPPING" -> who + " yet: a run of it is in progress (execution "
                    + last.get().executionId() + "; see boardpack status).";
            case "ABANDONED" -> who + ": its run was abandoned, so nothing is left to do for it.";
            case "COMPLETED" -> who + ", and its run completed without them (nothing to restart): to send it to them, "
                    + "correct input/board-members.csv and run: boardpack run --board " + pack.board() + " --period "
                    + pack.period() + " --reissue";
            default -> who + ": no run of it is recorded in the job repository.";
        };
    }

    private int confirm(ConfigurableApplicationContext ctx, YearMonth p) {
        DeliveryStore store = ctx.getBean(DeliveryStore.class);
        String email = confirm.strip().toLowerCase(Locale.ROOT);
        String scope = (board == null ? "" : " for " + board) + (p == null ? "" : " in " + p);
        List<Delivery> mine = store.list(board, p).stream().filter(d -> d.email().equals(email)).toList();
        List<Delivery> unsure = mine.stream().filter(d -> d.state() == DeliveryState.UNCONFIRMED).toList();
        if (unsure.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, (mine.isEmpty() ? "No delivery to " + email + " is recorded" + scope + "."
                    : "No UNCONFIRMED delivery to " + email + scope + "; recorded: " + describe(mine) + ".")
                    + " Only an UNCONFIRMED delivery can be confirmed (see boardpack deliveries).");
        }
        if (unsure.stream().map(d -> d.board() + d.period()).distinct().count() > 1) {
            throw new UserError(ExitCodes.USAGE, "Several UNCONFIRMED deliveries to " + email + scope + ": " + describe(unsure)
                    + ". Say which with --board and --period.");
        }
        for (Delivery d : unsure) {
            if (!store.confirm(d.key())) throw new UserError(ExitCodes.FAILED, "The delivery to " + email + " changed meanwhile; run boardpack deliveries again.");
            System.out.println("Recorded: " + member(d) + " has the " + d.board() + " pack for " + d.period()
                    + (d.revision() > 1 ? " (revision " + d.revision() + ")" : "") + " (Message-ID " + d.messageId()
                    + "): SENT, confirmed by the operator. It will not be sent again.");
        }
        return ExitCodes.COMPLETED;
    }

    private int resend(ConfigurableApplicationContext ctx, YearMonth p) {
        JobRepository jobs = ctx.getBean(JobRepository.class);
        jobs.findRunningJobExecutions(BoardPackJobConfiguration.JOB_NAME).stream().findFirst().ifPresent(e -> {
            throw new UserError(ExitCodes.ALREADY_RUNNING, "A run is in progress (execution " + e.getId()
                    + "; see boardpack status): wait for it to finish, then send the unconfirmed messages again.");
        });
        DeliveryStore store = ctx.getBean(DeliveryStore.class);
        Map<DeliveryKey, Delivery> packs = new LinkedHashMap<>();
        for (Delivery d : store.list(board, p)) {
            if (PackDistributor.awaitsResend(d)) packs.putIfAbsent(new DeliveryKey(d.board(), d.period(), d.revision(), "-"), d);
        }
        if (packs.isEmpty()) {
            System.out.println("No UNCONFIRMED deliveries" + (board == null ? "" : " for " + board) + (p == null ? "" : " in " + p) + ": nothing to send again.");
            return ExitCodes.COMPLETED;
        }
        int exit = ExitCodes.COMPLETED;
        for (DeliveryKey k : packs.keySet()) {
            PackModel pack = ctx.getBean(PackStore.class).load(k.board(), k.period(), k.revision())
                    .orElseThrow(() -> new UserError(ExitCodes.FAILED, "The " + k.board() + " pack for " + k.period()
                            + " (revision " + k.revision() + ") is not in the store: it cannot be sent again."));
            PackRunParameters run = ctx.getBean(JobRunner.class).executions(k.board(), k.period()).stream()
                    .filter(e -> e.revision() == k.revision()).findFirst()
                    .map(e -> PackRunParameters.from(jobs.getJobExecution(e.executionId()).getJobParameters()))
                    .orElseThrow(() -> new UserError(ExitCodes.FAILED, "No run of the " + k.board() + " pack for " + k.period()
                            + " (revision " + k.revision() + ") is recorded in the job repository: its folders are unknown."));
            PackDigest digest = new PackDigest(PackDigests.exceptionLines(pack), PackDigests.overdueRecommendationLines(pack));
            DistributionReport report = ctx.getBean(PackDistributor.class)
                    .resendUnconfirmed(pack, run.layout(), digest, run.templatesDir(), () -> false);
            for (DistributionReport.MemberResult m : report.members()) {
                if (m.delivered()) {
                    System.out.println("Sent again to " + m.who() + " with the same Message-ID " + m.messageId() + ".");
                }
            }
            if (!report.unconfirmed().isEmpty()) {
                System.out.println(UnconfirmedAdvice.of(report));
                exit = ExitCodes.DELIVERY_UNCONFIRMED;
            }
        }
        return exit;
    }

    private static String describe(List<Delivery> rows) {
        return String.join(", ", rows.stream().map(d -> d.board() + " " + d.period() + " revision " + d.revision() + " " + d.state()).toList());
    }

    private static String member(Delivery d) {
        return d.memberName() + " <" + d.email() + ">";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
