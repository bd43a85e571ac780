package org.boardpack.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

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
 * Sends each member of the board their pack, at most once unless the operator says otherwise: the job's distribute
 * step calls {@link #distribute(PackModel, OutputLayout, PackDigest, Path, Path, boolean, BooleanSupplier)} after the
 * packs are written.
 *
 * <p>For every member the delivery record is committed before connecting (SENDING), again just before the message
 * content goes over (the SMTP DATA command), and after the server's answer (SENT), each in its own transaction. A
 * member already SENT is skipped. A temporary failure before the content went over is retried with backoff; a
 * permanent one is recorded and the others still go; when the server itself is unreachable the remaining members are
 * not tried. A message whose outcome is unknown (no answer to the end of the message in time, the connection lost
 * after it, or a run that ended between handing it over and recording the answer) is UNCONFIRMED and never sent
 * again automatically: {@link #resendUnconfirmed} does that when the operator asks. If anyone still has to be sent
 * the pack the call ends with a {@link DeliveryFailedException} naming them; a stop request ends it with a
 * {@link DistributionStoppedException} once the current member's state is recorded.
 */
@Component
public class PackDistributor {

    private static final Logger log = LoggerFactory.getLogger(PackDistributor.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Opens the transport for a mode (tests wrap the real one). */
    @FunctionalInterface
    public interface TransportFactory {
        MailTransport open(MailMode mode, MailSettings settings, OutputLayout layout);
    }

    /** Waits between retries (tests pass a recording or instant one). */
    @FunctionalInterface
    public interface Sleeper {
        /** @return false when a stop was requested during the pause (it then ends early) */
        boolean pause(Duration duration, BooleanSupplier stopRequested) throws InterruptedException;
    }

    private final MailSettings settings;
    private final DeliveryStore store;
    private final Clock clock;
    private final TransportFactory transports;
    private final Sleeper sleeper;

    @Autowired
    public PackDistributor(MailSettings settings, DeliveryStore store, Clock clock) {
        this(settings, store, clock, PackDistributor::defaultTransport, PackDistributor::pauseUnlessStopped);
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

    /** Sleeps in short slices, ending early when a stop is requested. */
    static boolean pauseUnlessStopped(Duration duration, BooleanSupplier stopRequested) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        while (true) {
            if (stopRequested.getAsBoolean()) return false;
            long left = end - System.nanoTime();
            if (left <= 0) return true;
            Thread.sleep(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 500));
        }
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

    /** Strict, never stopped: any error in board-members.csv or the email template stops before anything is sent. */
    public DistributionReport distribute(PackModel pack, OutputLayout layout, PackDigest digest, Path inputDir,
                                         Path templatesDir) {
        return distribute(pack, layout, digest, inputDir, templatesDir, false, () -> false);
    }

    /**
     * @param skipInvalid   send to the valid member rows even when other rows have errors (a template error still stops)
     * @param stopRequested true once the run has been asked to stop (checked between members and during every wait)
     * @return the report; members may be UNCONFIRMED (see {@link DistributionReport#unconfirmed()})
     * @throws InvalidInputException        board-members.csv or the template has errors; nothing was sent
     * @throws DeliveryFailedException      one or more members still have to be sent the pack (the others did get it)
     * @throws DistributionStoppedException the run was asked to stop; the record says where each member is
     * @throws IllegalStateException        the mail configuration is unusable, or a pack file is missing; nothing was sent
     */
    public DistributionReport distribute(PackModel pack, OutputLayout layout, PackDigest digest, Path inputDir,
                                         Path templatesDir, boolean skipInvalid, BooleanSupplier stopRequested) {
        return distribute(pack, layout, digest, inputDir, templatesDir, skipInvalid, stopRequested, NotRemailed.NONE);
    }

    /**
     * Members who had an earlier revision of this pack. A reissue after the job repository lost its record of
     * the period passes the ones the output folder's manifest lists as sent: they are not emailed again.
     *
     * @param emails the addresses, in lower case
     * @param why    what the delivery record says about each, e.g. "sent revision 1 on 2026-11-02 06:00 (manifest.json)"
     */
    public record NotRemailed(java.util.Map<String, String> emails) {
        public static final NotRemailed NONE = new NotRemailed(java.util.Map.of());

        public NotRemailed {
            emails = java.util.Map.copyOf(emails);
        }
    }

    /** As above; members in {@code notRemailed} are recorded NOT_REMAILED and not emailed. */
    public DistributionReport distribute(PackModel pack, OutputLayout layout, PackDigest digest, Path inputDir,
                                         Path templatesDir, boolean skipInvalid, BooleanSupplier stopRequested,
                                         NotRemailed notRemailed) {
        checkSamePack(pack, layout);
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
        markRemoved(pack, members);
        if (members.isEmpty()) {
            log.warn("No member of {} is listed in {}: no email sent", board, BoardMembersReader.fileFor(inputDir));
            return new DistributionReport(board, pack.period(), pack.revision(), mode, List.of());
        }
        checkSender(mode);
        Sending sending = new Sending(pack, layout, digest, template, members, mode, stopRequested);
        log.info("Distributing the {} pack for {} (revision {}) to {} members: {}", board, pack.period(), pack.revision(),
                members.size(), sending.transport.describe());

        List<DistributionReport.MemberResult> results = new ArrayList<>();
        String stopReason = null;
        for (BoardMember member : members) {
            if (stopRequested.getAsBoolean()) throw stopped(pack, results);
            DeliveryKey key = new DeliveryKey(board, pack.period(), pack.revision(), member.email());
            Delivery d = store.open(key, member, sending.composer.messageId(pack, member), mode);
            String hadIt = notRemailed.emails().get(member.emailKey());
            if (hadIt != null && (d.state() == DeliveryState.PENDING || d.state() == DeliveryState.NOT_REMAILED)) {
                if (d.state() == DeliveryState.PENDING) store.markNotRemailed(key, hadIt);
                log.info("Not emailing {} <{}>: {}", member.name(), member.email(), hadIt);
                results.add(new DistributionReport.MemberResult(member, DeliveryState.NOT_REMAILED, false, true, false, 0,
                        d.messageId(), List.of(), null, hadIt));
                continue;
            }
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
            if (d.state() == DeliveryState.SENDING && d.dataStartedAt() != null) {
                String why = "an earlier run ended after handing the message over (" + d.dataStartedAt().format(TIME)
                        + ") and before the server's answer was recorded (killed or crashed): it may have arrived";
                store.markUnconfirmed(key, why, d.attached(), d.location());
                log.warn("{} <{}>: {}. Not sent again automatically (see boardpack deliveries)", member.name(), member.email(), why);
                d = store.find(key).orElseThrow();
            }
            if (d.state() == DeliveryState.UNCONFIRMED) {
                results.add(new DistributionReport.MemberResult(member, DeliveryState.UNCONFIRMED, false, false, d.resend(),
                        0, d.messageId(), List.of(), d.location(), d.lastError()));
                continue;
            }
            if (d.state() == DeliveryState.SENDING) {
                log.info("An earlier run stopped before the message to {} <{}> was handed over: sending it now",
                        member.name(), member.email());
            }
            if (stopReason != null) {
                String why = "not attempted: " + stopReason;
                store.markPending(key, why);
                results.add(new DistributionReport.MemberResult(member, DeliveryState.PENDING, false, false, false, 0,
                        d.messageId(), List.of(), null, why));
                continue;
            }
            ComposedMessage message = sending.compose(member, d.messageId());
            Outcome outcome = send(sending, key, message, false, results);
            results.add(outcome.result(member, d.messageId(), message));
            if (outcome.stopsAll) stopReason = outcome.error;
        }
        return finish(pack, mode, results);
    }

    /**
     * Sends the UNCONFIRMED messages of one pack again, with the same Message-ID, to the member as recorded
     * (the operator's {@code deliveries --resend-unconfirmed}).
     *
     * @return one result per message sent again (empty when none was UNCONFIRMED)
     * @throws DeliveryFailedException a message could not be sent again (recorded; the others were)
     */
    public DistributionReport resendUnconfirmed(PackModel pack, OutputLayout layout, PackDigest digest, Path inputDir,
                                                Path templatesDir, BooleanSupplier stopRequested) {
        return resendUnconfirmed(pack, layout, digest, inputDir, templatesDir, null, stopRequested);
    }

    /**
     * As above, for the messages of one edition only ({@code deliveries --resend-unconfirmed --edition E}); null for
     * every edition. Each message is sent again as the edition it was recorded with: the same Message-ID carries the
     * same pack, even when board-members.csv names another edition for the member since.
     */
    public DistributionReport resendUnconfirmed(PackModel pack, OutputLayout layout, PackDigest digest, Path inputDir,
                                                Path templatesDir, Edition only, BooleanSupplier stopRequested) {
        checkSamePack(pack, layout);
        MailMode mode = settings.effectiveMode();
        List<Delivery> unconfirmed = store.list(pack.boardId(), pack.period(), pack.revision()).stream()
                .filter(PackDistributor::awaitsResend).filter(d -> only == null || d.edition() == only).toList();
        if (unconfirmed.isEmpty()) return new DistributionReport(pack.boardId(), pack.period(), pack.revision(), mode, List.of());
        Problems problems = new Problems();
        MailTemplate template = MailTemplate.load(templatesDir, pack.boardId(), problems);
        if (template == null || problems.hasErrors()) {
            throw new InvalidInputException("The email template has errors; no email was sent.\n"
                    + ProblemReport.format(problems.all(), 50), problems.all());
        }
        checkSender(mode);
        // each member as board-members.csv listed them when the pack was sent (the row's record if no longer there)
        Map<String, BoardMember> listed = new HashMap<>();
        BoardMembersReader.forBoard(BoardMembersReader.read(inputDir, knownBoards(templatesDir, pack.boardId()), new Problems()),
                pack.boardId()).forEach(m -> listed.putIfAbsent(m.emailKey(), m));
        List<BoardMember> members = unconfirmed.stream().map(d -> {
            BoardMember m = listed.getOrDefault(d.email(), d.member());
            return new BoardMember(m.name(), m.email(), m.role(), m.boards(), m.formats(), m.file(), m.line(), d.edition());
        }).toList();
        Sending sending = new Sending(pack, layout, digest, template, members, mode, stopRequested);
        List<DistributionReport.MemberResult> results = new ArrayList<>();
        for (int i = 0; i < unconfirmed.size(); i++) {
            if (stopRequested.getAsBoolean()) throw stopped(pack, results);
            Delivery d = unconfirmed.get(i);
            BoardMember member = members.get(i);
            log.warn("Sending the {} pack for {} again to {} <{}> with the same Message-ID {} (was: {})", pack.boardId(),
                    pack.period(), member.name(), member.email(), d.messageId(), d.lastError());
            ComposedMessage message = sending.compose(member, d.messageId());
            Outcome outcome = send(sending, d.key(), message, true, results);
            if (outcome.state == DeliveryState.FAILED) {
                // the first message may still have arrived: it stays unconfirmed, for the operator to settle
                String why = "sending it again failed (" + outcome.error + "); the first message may still have arrived";
                store.markUnconfirmed(d.key(), why, d.attached(), d.location());
                outcome = new Outcome(DeliveryState.UNCONFIRMED, outcome.attempts, true, d.location(), why, outcome.stopsAll);
            }
            results.add(outcome.result(member, d.messageId(), message));
            if (outcome.stopsAll) break;
        }
        return finish(pack, mode, results);
    }

    /** UNCONFIRMED, or left SENDING by an interrupted resend of an unconfirmed message: the operator's to send again. */
    public static boolean awaitsResend(Delivery d) {
        return d.state() == DeliveryState.UNCONFIRMED || d.state() == DeliveryState.SENDING && d.resend();
    }

    /** What one call works with: the transport, the composer and everything a message is made from. */
    private final class Sending {
        final PackModel pack;
        final PackDigest digest;
        final MailTemplate template;
        /** Each member receives only the edition named for them: its files, and its figures in the message. */
        final Map<Edition, PackFiles> files = new EnumMap<>(Edition.class);
        final Map<Edition, PackDigest> digests = new EnumMap<>(Edition.class);
        final MailTransport transport;
        final MailComposer composer = new MailComposer(settings);
        final MailMode mode;
        final BooleanSupplier stopRequested;

        Sending(PackModel pack, OutputLayout layout, PackDigest digest, MailTemplate template, List<BoardMember> members,
                MailMode mode, BooleanSupplier stopRequested) {
            this.pack = pack;
            this.digest = digest;
            this.template = template;
            this.mode = mode;
            this.stopRequested = stopRequested;
            Map<Edition, Set<PackFormat>> formats = new EnumMap<>(Edition.class);
            members.forEach(m -> formats.computeIfAbsent(m.edition(), e -> EnumSet.noneOf(PackFormat.class)).addAll(m.formats()));
            formats.forEach((e, f) -> {
                files.put(e, PackFiles.load(layout.forEdition(e == Edition.FULL ? "" : e.id()), f));
                digests.put(e, e == Edition.FULL ? digest : PackDigest.of(pack.asEdition(e)));
            });
            this.transport = transports.open(mode, settings, layout);
        }

        ComposedMessage compose(BoardMember member, String messageId) {
            PackFiles files = this.files.get(member.edition());
            ComposedMessage message = composer.compose(pack.asEdition(member.edition()), digests.get(member.edition()), member,
                    template, files, messageId);
            if (!message.omitted().isEmpty()) {
                long wouldBe = message.encodedSize()
                        + message.omitted().stream().mapToLong(f -> PackFiles.encodedSize(files.get(f).size())).sum();
                log.warn("The message to {} would be {} once encoded, above boardpack.mail.max-size-mb={}: sent without attachments, saying where the pack is",
                        member.email(), MailComposer.megabytes(wouldBe), settings.getMaxSizeMb());
            }
            return message;
        }
    }

    private DistributionReport finish(PackModel pack, MailMode mode, List<DistributionReport.MemberResult> results) {
        DistributionReport report = new DistributionReport(pack.boardId(), pack.period(), pack.revision(), mode, results);
        log.info("Distribution of the {} pack for {}: {}", pack.boardId(), pack.period(), report.summary());
        if (!report.missing().isEmpty()) throw new DeliveryFailedException(report, pack.boardTitle());
        if (!report.unconfirmed().isEmpty()) log.warn(UnconfirmedAdvice.of(report));
        return report;
    }

    private DistributionStoppedException stopped(PackModel pack, List<DistributionReport.MemberResult> results) {
        long sent = results.stream().filter(DistributionReport.MemberResult::sentNow).count();
        return new DistributionStoppedException("Stopped while emailing the " + pack.boardId() + " pack for " + pack.period()
                + " (" + sent + " sent before the stop); a restart sends it to the members who do not have it yet");
    }

    /**
     * Rows of this pack that were never delivered and whose address is no longer among the board's members (corrected
     * or removed): REMOVED, so that neither deliveries nor restart keep asking for them. A row that may have arrived
     * becomes UNCONFIRMED instead.
     */
    private void markRemoved(PackModel pack, List<BoardMember> members) {
        Set<String> current = new TreeSet<>();
        members.forEach(m -> current.add(m.emailKey()));
        for (Delivery d : store.list(pack.boardId(), pack.period(), pack.revision())) {
            if (current.contains(d.email()) || !d.state().outstanding()) continue;
            if (d.state() == DeliveryState.SENDING && d.dataStartedAt() != null) {
                store.markUnconfirmed(d.key(), "an earlier run ended after handing the message over (" + d.dataStartedAt().format(TIME)
                        + ") and before the server's answer was recorded: it may have arrived", d.attached(), d.location());
                continue;
            }
            String why = "no longer among the valid members of " + pack.boardId() + " in board-members.csv (address corrected or "
                    + "member removed) when the run of " + LocalDateTime.now(clock).format(TIME) + " sent the pack; was: "
                    + d.state() + (d.lastError() == null ? "" : ": " + d.lastError());
            store.markRemoved(d.key(), why);
            log.info("{} <{}>: {}", d.memberName(), d.email(), why);
        }
    }

    private static void checkSamePack(PackModel pack, OutputLayout layout) {
        if (!pack.boardId().equals(layout.board()) || !pack.period().equals(layout.period()) || pack.revision() != layout.revision()) {
            throw new IllegalArgumentException("The pack (" + pack.boardId() + " " + pack.period() + " r" + pack.revision()
                    + ") and the output layout (" + layout.board() + " " + layout.period() + " r" + layout.revision() + ") differ");
        }
    }

    private record Outcome(DeliveryState state, int attempts, boolean resend, String location, String error, boolean stopsAll) {

        DistributionReport.MemberResult result(BoardMember member, String messageId, ComposedMessage message) {
            boolean delivered = state == DeliveryState.SENT || state == DeliveryState.WRITTEN;
            return new DistributionReport.MemberResult(member, state, delivered, false, resend, attempts, messageId,
                    delivered ? message.attachments().stream().map(PackFiles.PackFile::fileName).toList() : List.of(),
                    location, error);
        }
    }

    private Outcome send(Sending sending, DeliveryKey key, ComposedMessage message, boolean resend,
                         List<DistributionReport.MemberResult> done) {
        MailTransport transport = sending.transport;
        int max = Math.max(1, settings.getRetry().getAttempts());
        MailTransport.Handover handover = new MailTransport.Handover() {
            @Override
            public void beforeData() {
                store.markDataStarted(key);
            }

            @Override
            public boolean stopRequested() {
                return sending.stopRequested.getAsBoolean();
            }
        };
        for (int attempt = 1; ; attempt++) {
            store.markSending(key, message.to(), sending.mode, resend);
            try {
                MimeMessage mime = message.toMimeMessage(transport.session(), Date.from(clock.instant()));
                String where = transport.send(mime, message, handover);
                store.markDelivered(key, sending.mode, message.attachedNames(), where);
                String attachments = message.attachments().isEmpty() ? " without attachments" : " with " + message.attachedNames();
                if (sending.mode == MailMode.FILES) {
                    log.info("The {} pack written for {} <{}>{} to {} (not sent: files mode)", key.board(), message.to().name(),
                            message.to().email(), attachments, where);
                    return new Outcome(DeliveryState.WRITTEN, attempt, resend, where, null, false);
                }
                log.info("{} the {} pack to {} <{}>{} ({})", resend ? "Sent again" : "Sent", key.board(), message.to().name(),
                        message.to().email(), attachments, where);
                return new Outcome(DeliveryState.SENT, attempt, resend, where, null, false);
            } catch (ConversationCutShortException cut) {
                String error = scrub(cut.getMessage());
                if (cut.mayHaveArrived()) {
                    store.markUnconfirmed(key, error, message.attachedNames(), transport.describe());
                    log.warn("UNCONFIRMED: the {} pack to {} <{}>: {}. It is not sent again automatically (see boardpack deliveries)",
                            key.board(), message.to().name(), message.to().email(), error);
                    if (cut.why() == ConversationCutShortException.Why.STOPPED) throw stopped(sending.pack, done);
                    return new Outcome(DeliveryState.UNCONFIRMED, attempt, resend, transport.describe(), error, false);
                }
                if (cut.why() == ConversationCutShortException.Why.STOPPED) {
                    store.markPending(key, error);
                    throw stopped(sending.pack, done);
                }
                store.markFailed(key, error); // over the deadline before the content went over: too slow for anyone
                log.error("Could not send the {} pack to {} <{}>: {}", key.board(), message.to().name(), message.to().email(), error);
                return new Outcome(DeliveryState.FAILED, attempt, resend, null, error, true);
            } catch (Exception e) {
                SmtpFailures.Failure f = SmtpFailures.classify(e);
                String error = scrub(f.message());
                if (f.kind() == SmtpFailures.Kind.TEMPORARY && attempt < max) {
                    Duration delay = settings.getRetry().delayBefore(attempt + 1);
                    store.markPending(key, error); // failed before the content went over: nothing can have arrived
                    log.warn("Temporary failure sending to {} (attempt {} of {}): {}; trying again in {} s", message.to().email(),
                            attempt, max, error, delay.toMillis() / 1000.0);
                    boolean carryOn;
                    try {
                        carryOn = sleeper.pause(delay, sending.stopRequested);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        carryOn = false;
                    }
                    if (!carryOn) throw stopped(sending.pack, done);
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
                return new Outcome(DeliveryState.FAILED, attempt, resend, null, finalError, stopsAll);
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
