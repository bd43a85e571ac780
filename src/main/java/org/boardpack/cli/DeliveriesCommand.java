package org.boardpack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.boardpack.pack.Edition;
import org.boardpack.pack.PackModel;
import org.boardpack.store.PackStore;
import org.boardpack.store.SnapshotStore;
import org.boardpack.intake.InputSnapshot;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = {"Lists who was sent which pack and when, from the delivery record: period, board, revision,",
                "edition (full or partner: each member receives one), member, state (PENDING, SENDING, SENT, WRITTEN in files mode: not sent, FAILED, UNCONFIRMED, REMOVED),",
                "attempts, time sent or written, what was attached, and the last error; then what to do about anyone who",
                "does not have the pack. Default: the board's latest run; --all or --period for more.",
                "UNCONFIRMED: handed to the mail server without its answer (the member may or may not have it); never",
                "sent again automatically: --confirm records it as received, --resend-unconfirmed sends it again.",
                "--edition limits the listing, --confirm and --resend-unconfirmed to one edition's deliveries.",
                "Exit 12 when UNCONFIRMED deliveries remain after --resend-unconfirmed; 2 for a usage error."})
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

    @Option(names = "--confirm", paramLabel = "ADDRESS",
            description = "Record that the member at ADDRESS received their UNCONFIRMED message (they said so, or the mail server's log shows it)")
    String confirm;

    @Option(names = "--edition", paramLabel = "full|partner",
            description = "Only the deliveries of this edition (the listing, --confirm and --resend-unconfirmed)")
    String edition;

    @Option(names = "--resend-unconfirmed",
            description = "Send every UNCONFIRMED message (of --board and --period, when given) again, with the same Message-ID")
    boolean resendUnconfirmed;

    @Override
    public Integer call() {
        if (confirm != null && resendUnconfirmed) {
            throw new UserError(ExitCodes.USAGE, "Give --confirm or --resend-unconfirmed, not both.");
        }
        Boards.checkForm(board);
        YearMonth p = PeriodOption.exact(period);
        Edition only = edition(edition);
        try (var ctx = AppContext.open()) {
            if (confirm != null) return confirm(ctx, p, only);
            if (resendUnconfirmed) return resend(ctx, p, only);
            return list(ctx, p, only);
        }
    }

    /** The edition of {@code --edition}, or null when not given; anything but full or partner is a usage error. */
    static Edition edition(String option) {
        if (option == null) return null;
        Edition e = option.isBlank() ? null : Edition.parse(option);
        if (e == null) {
            throw new UserError(ExitCodes.USAGE, "Unknown edition \"" + option + "\" for --edition: give one of "
                    + String.join(", ", Edition.IDS) + ".");
        }
        return e;
    }

    private static String of(Edition only) {
        return only == null ? "" : " of the " + only.id() + " edition";
    }

    private int list(ConfigurableApplicationContext ctx, YearMonth p, Edition only) {
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
        if (only != null) rows = rows.stream().filter(d -> d.edition() == only).toList();
        if (rows.isEmpty()) {
            System.out.println("No deliveries" + of(only) + " recorded" + (b == null ? "" : " for " + b) + (p == null ? "" : " in " + p) + ".");
            return ExitCodes.COMPLETED;
        }
        int width = Math.max(6, rows.stream().mapToInt(d -> member(d).length()).max().orElse(6));
        String format = "%-8s %-22s %-4s %-8s %-" + width + "s %-11s %-3s %-19s %-6s %s%n";
        System.out.printf(format, "PERIOD", "BOARD", "REV", "EDITION", "MEMBER", "STATE", "TRY", "SENT/WRITTEN", "MODE", "ATTACHED / LAST ERROR");
        for (Delivery d : rows) {
            String detail = switch (d.state()) {
                case WRITTEN -> d.location() + " (not sent: files mode)";
                case SENT -> (d.attached() == null || d.attached().isBlank() ? "(no attachment: over the size cap)" : d.attached())
                        + (d.resend() ? " [sent again after an unconfirmed delivery]" : "")
                        + (d.confirmedAt() == null ? "" : " [confirmed as received by the operator " + d.confirmedAt().format(TIME) + "]");
                default -> d.lastError() == null ? "" : d.lastError();
            };
            System.out.printf(format, d.period(), d.board(), d.revision(), d.edition().id(), member(d), d.state(), d.attempts(),
                    d.sentAt() == null ? "" : d.sentAt().format(TIME), d.mode().code(), firstLine(detail));
            if (messageIds) System.out.printf("%-8s Message-ID %s%n", "", d.messageId());
        }
        Map<String, List<Delivery>> byPack = new LinkedHashMap<>();
        rows.forEach(d -> byPack.computeIfAbsent(d.board() + " " + d.period() + " " + d.revision(), k -> new ArrayList<>()).add(d));
        List<ExecutionView> executions = null; // read once, in one query, when a pack has members still to be sent
        for (List<Delivery> pack : byPack.values()) {
            Delivery first = pack.get(0);
            long missing = pack.stream().filter(d -> d.state().outstanding()).count();
            if (missing > 0) {
                if (executions == null) executions = ctx.getBean(JobRunner.class).executions(null, null);
                List<ExecutionView> ofPack = executions.stream()
                        .filter(e -> first.board().equals(e.board()) && first.period().equals(e.period())).toList();
                System.out.println(missingAdvice(first, missing, ofPack));
            }
            String unsure = UnconfirmedAdvice.of(first.board(), first.period(), first.revision(), pack, only);
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

    private int confirm(ConfigurableApplicationContext ctx, YearMonth p, Edition only) {
        DeliveryStore store = ctx.getBean(DeliveryStore.class);
        String email = confirm.strip().toLowerCase(Locale.ROOT);
        String scope = of(only) + (board == null ? "" : " for " + board) + (p == null ? "" : " in " + p);
        List<Delivery> mine = store.list(board, p).stream().filter(d -> d.email().equals(email))
                .filter(d -> only == null || d.edition() == only).toList();
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
                    + (d.edition() == Edition.FULL ? "" : " (" + d.edition().id() + " edition)")
                    + (d.revision() > 1 ? " (revision " + d.revision() + ")" : "") + " (Message-ID " + d.messageId()
                    + "): SENT, confirmed by the operator. It will not be sent again.");
        }
        return ExitCodes.COMPLETED;
    }

    private int resend(ConfigurableApplicationContext ctx, YearMonth p, Edition only) {
        JobRepository jobs = ctx.getBean(JobRepository.class);
        jobs.findRunningJobExecutions(BoardPackJobConfiguration.JOB_NAME).stream().findFirst().ifPresent(e -> {
            throw new UserError(ExitCodes.ALREADY_RUNNING, "A run is in progress (execution " + e.getId()
                    + "; see boardpack status): wait for it to finish, then send the unconfirmed messages again.");
        });
        DeliveryStore store = ctx.getBean(DeliveryStore.class);
        Map<DeliveryKey, Delivery> packs = new LinkedHashMap<>();
        for (Delivery d : store.list(board, p)) {
            if (PackDistributor.awaitsResend(d) && (only == null || d.edition() == only)) packs.putIfAbsent(new DeliveryKey(d.board(), d.period(), d.revision(), "-"), d);
        }
        if (packs.isEmpty()) {
            System.out.println("No UNCONFIRMED deliveries" + of(only) + (board == null ? "" : " for " + board) + (p == null ? "" : " in " + p) + ": nothing to send again.");
            return ExitCodes.COMPLETED;
        }
        int exit = ExitCodes.COMPLETED;
        for (DeliveryKey k : packs.keySet()) {
            PackModel pack = ctx.getBean(PackStore.class).load(k.board(), k.period(), k.revision())
                    .orElseThrow(() -> new UserError(ExitCodes.FAILED, "The " + k.board() + " pack for " + k.period()
                            + " (revision " + k.revision() + ") is not in the store: it cannot be sent again."));
            ExecutionView view = ctx.getBean(JobRunner.class).executions(k.board(), k.period()).stream()
                    .filter(e -> e.revision() == k.revision()).findFirst()
                    .orElseThrow(() -> new UserError(ExitCodes.FAILED, "No run of the " + k.board() + " pack for " + k.period()
                            + " (revision " + k.revision() + ") is recorded in the job repository: its folders are unknown."));
            PackRunParameters run = PackRunParameters.from(jobs.getJobExecution(view.executionId()).getJobParameters());
            // the members and the email template as the run's snapshot recorded them, not as the files are now
            InputSnapshot snapshot = ctx.getBean(SnapshotStore.class).load(view.instanceId())
                    .orElseThrow(() -> new UserError(ExitCodes.FAILED, "The run of the " + k.board() + " pack for " + k.period()
                            + " (revision " + k.revision() + ") has no input snapshot (release 0.1.0): it cannot be sent again "
                            + "as it was. Confirm the members who have it (--confirm), or issue a new revision with run --reissue."))
                    .snapshot();
            DistributionReport report;
            try (InputSnapshot.Opened files = snapshot.open()) {
                report = ctx.getBean(PackDistributor.class).resendUnconfirmed(pack, run.layout(), PackDigest.of(pack),
                        files.inputDir(), files.templatesDir(), only, () -> false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (DistributionReport.MemberResult m : report.members()) {
                if (m.delivered()) {
                    System.out.println("Sent again to " + m.who() + " with the same Message-ID " + m.messageId() + ".");
                }
            }
            if (!report.unconfirmed().isEmpty()) {
                System.out.println(UnconfirmedAdvice.of(report, only));
                exit = ExitCodes.DELIVERY_UNCONFIRMED;
            }
        }
        return exit;
    }

    private static String describe(List<Delivery> rows) {
        return String.join(", ", rows.stream().map(d -> d.board() + " " + d.period() + " revision " + d.revision()
                + (d.edition() == Edition.FULL ? "" : " " + d.edition().id() + " edition") + " " + d.state()).toList());
    }

    private static String member(Delivery d) {
        return d.memberName() + " <" + d.email() + ">";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
