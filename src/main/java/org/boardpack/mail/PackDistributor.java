package org.boardpack.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.boardpack.input.InvalidInputException;
import org.boardpack.intake.BoardDefinitionReader;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.Problems;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.Edition;
import org.boardpack.pack.PackModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends each member of the board their pack, once: the job's distribute step calls
 * {@link #distribute(PackModel, OutputLayout, PackDigest, Path, Path)} after the packs are written.
 *
 * <p>For every member the delivery record is written before anything is handed over (SENDING) and after
 * (SENT), each in its own committed transaction. A member already SENT is skipped, so a rerun or restart sends
 * only to those still missing; a member left SENDING by an interrupted run is sent again with the same
 * Message-ID and recorded as a resend. Temporary failures are retried with backoff; a permanent one is recorded
 * and the others still go; when the server itself is unreachable the remaining members are not tried. If anyone
 * did not get the pack the call ends with a {@link DeliveryFailedException} naming them.
 */
@Component
public class PackDistributor {

    private static final Logger log = LoggerFactory.getLogger(PackDistributor.class);

    /** Opens the transport for a mode (tests wrap the real one). */
    @FunctionalInterface
    public interface TransportFactory {
        MailTransport open(MailMode mode, MailSettings settings, OutputLayout layout);
    }

    /** Waits between retries (tests pass a recording or instant one). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final MailSettings settings;
    private final DeliveryStore store;
    private final Clock clock;
    private final TransportFactory transports;
    private final Sleeper sleeper;

    @Autowired
    public PackDistributor(MailSettings settings, DeliveryStore store, Clock clock) {
        this(settings, store, clock, PackDistributor::defaultTransport, d -> Thread.sleep(d.toMillis()));
    }

    public PackDistributor(MailSettings settings, DeliveryStore store, Clock clock, TransportFactory transports,
                           Sleeper sleeper) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.transports = transports;
        this.sleeper = sleeper;
    }

    public static MailTransport defaultTransport(MailMode mode, MailSettings settings, OutputLayout layout) {
        return mode == MailMode.SMTP ? new SmtpTransport(settings) : new EmlFileTransport(layout);
    }

    /**
     * Checks board-members.csv and the board's email templates without sending anything: for the validate step
     * and command.
     */
    public static Problems validate(Path inputDir, Path templatesDir, String boardId) {
        Problems problems = new Problems();
        BoardMembersReader.read(inputDir, knownBoards(templatesDir, boardId), problems);
        MailTemplate.load(templatesDir, boardId, problems);
        return problems;
    }

    /** Strict: any error in board-members.csv or the email template stops before anything is sent. */
    public DistributionReport distribute(PackModel pack, OutputLayout layout, PackDigest digest, Path inputDir,
                                         Path templatesDir) {
        return distribute(pack, layout, digest, inputDir, templatesDir, false);
    }

    /**
     * @param skipInvalid send to the valid member rows even when other rows have errors (a template error still stops)
     * @throws InvalidInputException     board-members.csv or the template has errors; nothing was sent
     * @throws DeliveryFailedException   one or more members did not get the pack (the others did)
     * @throws IllegalStateException     the mail configuration is unusable, or a pack file is missing; nothing was sent
     */
    public DistributionReport distribute(PackModel pack, OutputLayout layout, PackDigest digest, Path inputDir,
                                         Path templatesDir, boolean skipInvalid) {
        if (!pack.boardId().equals(layout.board()) || !pack.period().equals(layout.period()) || pack.revision() != layout.revision()) {
            throw new IllegalArgumentException("The pack (" + pack.boardId() + " " + pack.period() + " r" + pack.revision()
                    + ") and the output layout (" + layout.board() + " " + layout.period() + " r" + layout.revision() + ") differ");
        }
        String board = pack.boardId();
        Problems problems = new Problems();
        List<BoardMember> everyone = BoardMembersReader.read(inputDir, knownBoards(templatesDir, board), problems);
        MailTemplate template = MailTemplate.load(templatesDir, board, problems);
        if (problems.hasErrors() && (!skipInvalid || template == null)) {
            throw new InvalidInputException("The board members or the email template have errors; no email was sent.\n"
                    + ProblemReport.format(problems.all(), 50)
                    + "Fix them, then run: boardpack restart --board " + board + " --period " + pack.period(), problems.all());
        }
        if (!problems.isEmpty()) log.warn("Mail input problems:\n{}", ProblemReport.format(problems.all(), 50));

        MailMode mode = settings.effectiveMode();
        List<BoardMember> members = BoardMembersReader.forBoard(everyone, board);
        if (members.isEmpty()) {
            log.warn("No member of {} is listed in {}: no email sent", board, BoardMembersReader.fileFor(inputDir));
            return new DistributionReport(board, pack.period(), pack.revision(), mode, List.of());
        }
        checkSender(mode);
        // each member receives only the edition named for them: its files, its figures in the message
        Map<Edition, Set<PackFormat>> formatsByEdition = new EnumMap<>(Edition.class);
        members.forEach(m -> formatsByEdition.computeIfAbsent(m.edition(), e -> EnumSet.noneOf(PackFormat.class)).addAll(m.formats()));
        Map<Edition, PackFiles> filesByEdition = new EnumMap<>(Edition.class);
        Map<Edition, PackDigest> digests = new EnumMap<>(Edition.class);
        formatsByEdition.forEach((e, f) -> {
            filesByEdition.put(e, PackFiles.load(layout.forEdition(e == Edition.FULL ? "" : e.id()), f));
            digests.put(e, e == Edition.FULL ? digest : PackDigest.of(pack.asEdition(e)));
        });
        MailTransport transport = transports.open(mode, settings, layout);
        MailComposer composer = new MailComposer(settings);
        log.info("Distributing the {} pack for {} (revision {}) to {} members: {}", board, pack.period(), pack.revision(),
                members.size(), transport.describe());

        List<DistributionReport.MemberResult> results = new ArrayList<>();
        String stopReason = null;
        for (BoardMember member : members) {
            DeliveryKey key = new DeliveryKey(board, pack.period(), pack.revision(), member.email());
            Delivery d = store.open(key, member, composer.messageId(pack, member), mode);
            // rows written before the WRITTEN state existed say SENT with mode files
            boolean written = d.state() == DeliveryState.WRITTEN || d.state() == DeliveryState.SENT && d.mode() == MailMode.FILES;
            boolean sent = d.state() == DeliveryState.SENT && d.mode() == MailMode.SMTP;
            if (sent || written && mode == MailMode.FILES) {
                log.info("Already {} {} <{}> on {}: not {} again", sent ? "sent to" : "written for", member.name(),
                        member.email(), d.sentAt(), sent ? "sent" : "written");
                results.add(new DistributionReport.MemberResult(member, sent ? DeliveryState.SENT : DeliveryState.WRITTEN,
                        false, true, d.resend(), 0, d.messageId(), split(d.attached()), d.location(), null));
                continue;
            }
            if (written) {
                store.reopen(key, "written as an .eml file by an earlier run; now sent by SMTP");
            }
            boolean resend = d.state() == DeliveryState.SENDING;
            if (stopReason != null) {
                String why = "not attempted: " + stopReason;
                if (!resend) store.markPending(key, why);
                results.add(new DistributionReport.MemberResult(member, resend ? DeliveryState.SENDING : DeliveryState.PENDING,
                        false, false, resend, 0, d.messageId(), List.of(), null, why));
                continue;
            }
            if (resend) {
                log.warn("An earlier run stopped while sending to {} <{}>: sending again with the same Message-ID {}",
                        member.name(), member.email(), d.messageId());
            }
            PackFiles files = filesByEdition.get(member.edition());
            ComposedMessage message = composer.compose(pack.asEdition(member.edition()), digests.get(member.edition()), member,
                    template, files, d.messageId());
            if (!message.omitted().isEmpty()) {
                long wouldBe = message.encodedSize()
                        + message.omitted().stream().mapToLong(f -> PackFiles.encodedSize(files.get(f).size())).sum();
                log.warn("The message to {} would be {} once encoded, above boardpack.mail.max-size-mb={}: sent without attachments, saying where the pack is",
                        member.email(), MailComposer.megabytes(wouldBe), settings.getMaxSizeMb());
            }
            Outcome outcome = send(transport, key, message, mode, resend);
            boolean delivered = outcome.state == DeliveryState.SENT || outcome.state == DeliveryState.WRITTEN;
            results.add(new DistributionReport.MemberResult(member, outcome.state, delivered,
                    false, outcome.resend, outcome.attempts, d.messageId(),
                    delivered ? message.attachments().stream().map(PackFiles.PackFile::fileName).toList() : List.of(),
                    outcome.location, outcome.error));
            if (outcome.stopsAll) stopReason = outcome.error;
        }
        DistributionReport report = new DistributionReport(board, pack.period(), pack.revision(), mode, results);
        log.info("Distribution of the {} pack for {}: {}", board, pack.period(), report.summary());
        if (!report.allDelivered()) throw new DeliveryFailedException(report, pack.boardTitle());
        return report;
    }

    private record Outcome(DeliveryState state, int attempts, boolean resend, String location, String error, boolean stopsAll) {
    }

    private Outcome send(MailTransport transport, DeliveryKey key, ComposedMessage message, MailMode mode, boolean resend) {
        int max = Math.max(1, settings.getRetry().getAttempts());
        boolean resendFlag = resend;
        for (int attempt = 1; ; attempt++) {
            store.markSending(key, message.to(), mode, resendFlag);
            try {
                MimeMessage mime = message.toMimeMessage(transport.session(), Date.from(clock.instant()));
                String where = transport.send(mime, message);
                store.markDelivered(key, mode, message.attachedNames(), where);
                String attachments = message.attachments().isEmpty() ? " without attachments" : " with " + message.attachedNames();
                if (mode == MailMode.FILES) {
                    log.info("The {} pack written for {} <{}>{} to {} (not sent: files mode)", key.board(), message.to().name(),
                            message.to().email(), attachments, where);
                    return new Outcome(DeliveryState.WRITTEN, attempt, resendFlag, where, null, false);
                }
                log.info("{} the {} pack to {} <{}>{} ({})", resendFlag ? "Resent" : "Sent", key.board(), message.to().name(),
                        message.to().email(), attachments, where);
                return new Outcome(DeliveryState.SENT, attempt, resendFlag, where, null, false);
            } catch (Exception e) {
                SmtpFailures.Failure f = SmtpFailures.classify(e);
                String error = scrub(f.message());
                if (f.kind() == SmtpFailures.Kind.TEMPORARY && attempt < max) {
                    Duration delay = settings.getRetry().delayBefore(attempt + 1);
                    if (f.ambiguous()) resendFlag = true; // it may have arrived: the next attempt is a resend
                    else store.markPending(key, error);
                    log.warn("Temporary failure sending to {} (attempt {} of {}): {}; trying again in {} s", message.to().email(),
                            attempt, max, error, delay.toMillis() / 1000.0);
                    try {
                        sleeper.sleep(delay);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        store.markFailed(key, error + " (interrupted while waiting to retry)");
                        throw new IllegalStateException("Interrupted while waiting to retry sending to " + message.to().email(), ie);
                    }
                    continue;
                }
                String finalError = switch (f.kind()) {
                    case TEMPORARY -> error + " (temporary failure; gave up after " + attempt + (attempt == 1 ? " attempt)" : " attempts)");
                    case PERMANENT -> "rejected: " + error;
                    case FATAL -> error;
                };
                store.markFailed(key, finalError);
                boolean stopsAll = f.kind() == SmtpFailures.Kind.FATAL || f.kind() == SmtpFailures.Kind.TEMPORARY && f.serverLevel();
                log.error("Could not send the {} pack to {} <{}>: {}", key.board(), message.to().name(), message.to().email(), finalError);
                return new Outcome(DeliveryState.FAILED, attempt, resendFlag, null, finalError, stopsAll);
            }
        }
    }

    private void checkSender(MailMode mode) {
        String replyTo = settings.getReplyTo();
        if (replyTo != null && !replyTo.isBlank()) {
            try {
                InternetAddress.parse(replyTo.strip(), true);
            } catch (AddressException e) {
                throw new IllegalStateException("boardpack.mail.reply-to=" + replyTo + " is not a valid address (" + e.getMessage() + ")");
            }
        }
        String from = settings.getFrom();
        if (from == null || from.isBlank()) {
            if (mode == MailMode.SMTP) {
                throw new IllegalStateException("boardpack.mail.from is not set: set the sender address (e.g. "
                        + "boardpack.mail.from=Performance and Intelligence <performance@bedford.example.org>) before sending by SMTP");
            }
            return;
        }
        try {
            new InternetAddress(from.strip(), true).validate();
        } catch (AddressException e) {
            throw new IllegalStateException("boardpack.mail.from=" + from + " is not a valid address (" + e.getMessage() + ")");
        }
    }

    private static Set<String> knownBoards(Path templatesDir, String boardId) {
        Set<String> known = new TreeSet<>(BoardDefinitionReader.boardIds(templatesDir));
        if (!known.isEmpty()) known.add(boardId);
        return known;
    }

    private String scrub(String message) {
        String password = settings.getPassword();
        if (message == null || password == null || password.length() < 4) return message;
        return message.replace(password, "********");
    }

    private static List<String> split(String attached) {
        return attached == null || attached.isBlank() ? List.of() : List.of(attached.split(";"));
    }
}
