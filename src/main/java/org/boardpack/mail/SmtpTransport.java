package org.boardpack.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends through Angus Mail's SMTP client, one connection per message, STARTTLS required unless switched off, and
 * never hanging the job:
 * <ul>
 * <li>each reply and write waits at most {@code boardpack.mail.timeout}, except the reply to the end of the message,
 * which waits {@code boardpack.mail.data-timeout} (10 minutes, RFC 5321 section 4.5.3.2.6);</li>
 * <li>the whole conversation has a deadline ({@code boardpack.mail.deadline}) enforced by closing the socket, so a
 * server that trickles its replies a line at a time is cut off too;</li>
 * <li>a stop request (SIGTERM) closes the socket within a second.</li>
 * </ul>
 * The {@link MailTransport.Handover} is told just before the DATA command, so the delivery record knows from when
 * the message may arrive; a conversation that ends after the end of the message without the server's answer ends in
 * a {@link ConversationCutShortException} that says the message may have arrived.
 */
public final class SmtpTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(SmtpTransport.class);
    private static final long CHECK_EVERY_MS = 250;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "smtp-deadline");
        t.setDaemon(true);
        return t;
    });

    private enum Phase { CONNECTING, COMMANDS, CONTENT, END_SENT, ACCEPTED }

    private final MailSettings settings;
    private final Session session;
    private final String host;
    private final int port;
    private final boolean auth;
    private final String description;

    public SmtpTransport(MailSettings settings) {
        if (!settings.hasHost()) {
            throw new IllegalStateException("boardpack.mail.mode is smtp but no SMTP server is configured: set boardpack.mail.host "
                    + "(or the environment variable BOARDPACK_MAIL_HOST), or use boardpack.mail.mode=files");
        }
        this.settings = settings;
        this.host = settings.getHost().strip();
        this.port = settings.getPort();
        this.auth = settings.getUsername() != null && !settings.getUsername().isBlank();
        this.session = Session.getInstance(properties(settings));
        this.description = "SMTP server " + host + ":" + port
                + (settings.isStarttlsRequired() ? " (STARTTLS required)" : " (STARTTLS not required)");
    }

    /** The session's settings. The password is not among them: it is given at login only, never logged or written. */
    static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        boolean auth = settings.getUsername() != null && !settings.getUsername().isBlank();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.getHost().strip());
        p.setProperty("mail.smtp.port", Integer.toString(settings.getPort()));
        p.setProperty("mail.smtp.auth", Boolean.toString(auth));
        if (auth) p.setProperty("mail.smtp.user", settings.getUsername().strip());
        p.setProperty("mail.smtp.starttls.enable", "true");
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.isStarttlsRequired()));
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.getConnectionTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(settings.getTimeout().toMillis()));
        p.setProperty("mail.smtp.sendpartial", "false");
        return p;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(MimeMessage message, ComposedMessage composed, Handover handover) throws Exception {
        Conversation c = new Conversation(handover, settings.getDeadline());
        ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(c::check, CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
        try {
            GuardedSmtp smtp = new GuardedSmtp(session, host, port, settings, auth, c);
            try {
                c.socket.connect(new InetSocketAddress(host, port), (int) settings.getConnectionTimeout().toMillis());
                c.socket.setSoTimeout((int) settings.getTimeout().toMillis());
                c.phase = Phase.COMMANDS;
                smtp.connect(c.socket);
                message.saveChanges();
                smtp.sendMessage(message, message.getAllRecipients());
                c.phase = Phase.ACCEPTED;
            } catch (Exception e) {
                throw c.explain(e);
            }
            try {
                smtp.close(); // QUIT: the message is delivered whatever happens now
            } catch (MessagingException e) {
                log.warn("The SMTP server accepted the message to {} but closing the connection failed ({}); recorded as sent",
                        composed.to().email(), SmtpFailures.oneLine(String.valueOf(e.getMessage())));
            }
            return "smtp " + host + ":" + port;
        } finally {
            watch.cancel(false);
            c.close();
        }
    }

    @Override
    public String describe() {
        return description;
    }

    /** "10m", "90s", "500ms": a duration as it is written in the settings. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        if (ms % 1000 == 0) return ms / 1000 + "s";
        return ms + "ms";
    }

    /** One connection: its socket, how far it got, and the watchdog's verdict. */
    private final class Conversation {
        final Socket socket = new Socket();
        final Handover handover;
        final long deadlineNanos;
        final Duration deadline;
        volatile Phase phase = Phase.CONNECTING;
        volatile ConversationCutShortException.Why cut;
        private int ticks;

        Conversation(Handover handover, Duration deadline) {
            this.handover = handover;
            this.deadline = deadline;
            this.deadlineNanos = System.nanoTime() + deadline.toNanos();
        }

        /** On the watchdog thread: past the deadline, or asked to stop, closes the socket so that any wait ends. */
        void check() {
            if (cut != null || phase == Phase.ACCEPTED) return;
            try {
                if (System.nanoTime() - deadlineNanos > 0) abort(ConversationCutShortException.Why.DEADLINE);
                else if (++ticks % 2 == 0 && handover.stopRequested()) abort(ConversationCutShortException.Why.STOPPED);
            } catch (RuntimeException e) {
                log.debug("Could not check for a stop request: {}", e.toString()); // checked again at the next tick
            }
        }

        void abort(ConversationCutShortException.Why why) {
            cut = why;
            close();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
        }

        /** Called before the DATA command: record first (a failure here sends nothing), and do not start after a stop. */
        void beforeData() throws MessagingException {
            if (handover.stopRequested()) {
                cut = ConversationCutShortException.Why.STOPPED;
                throw new MessagingException("stop requested before the message was handed over");
            }
            handover.beforeData();
            phase = Phase.CONTENT;
        }

        /** What a failure means: cut short (and whether the message may have arrived), or the failure as it is. */
        Exception explain(Exception e) {
            boolean answered = SmtpFailures.flatten(e).stream().anyMatch(t -> SmtpFailures.replyCode(t) >= 400);
            boolean mayHaveArrived = phase == Phase.END_SENT && !answered;
            ConversationCutShortException.Why why = cut;
            if (why == ConversationCutShortException.Why.STOPPED) {
                return new ConversationCutShortException(why, mayHaveArrived, mayHaveArrived
                        ? "the run was stopped while waiting for the SMTP server to confirm the message: it may have arrived"
                        : "the run was stopped before the message was handed over", e);
            }
            if (why == ConversationCutShortException.Why.DEADLINE) {
                return new ConversationCutShortException(why, mayHaveArrived, "the SMTP conversation took longer than "
                        + "boardpack.mail.deadline=" + format(deadline) + (mayHaveArrived
                        ? " while waiting for the server to confirm the message: it may have arrived"
                        : ": the server answers too slowly; the message was not handed over"), e);
            }
            if (mayHaveArrived) {
                boolean timedOut = SmtpFailures.flatten(e).stream().anyMatch(t -> t instanceof SocketTimeoutException);
                return new ConversationCutShortException(ConversationCutShortException.Why.NO_ANSWER, true, timedOut
                        ? "the SMTP server did not answer the end of the message within boardpack.mail.data-timeout="
                                + format(settings.getDataTimeout()) + ": it may have arrived"
                        : "the connection to the SMTP server was lost after the whole message was sent, before the server "
                                + "confirmed it (" + SmtpFailures.oneLine(e.getMessage()) + "): it may have arrived", e);
            }
            return e;
        }
    }

    /** Angus Mail's client on the conversation's socket, telling the conversation where it is. */
    private static final class GuardedSmtp extends SMTPTransport {

        private final Conversation c;
        private final MailSettings settings;
        private final boolean auth;

        GuardedSmtp(Session session, String host, int port, MailSettings settings, boolean auth, Conversation c) {
            super(session, new URLName("smtp", host, port, null, null, null));
            this.settings = settings;
            this.auth = auth;
            this.c = c;
        }

        @Override
        protected boolean protocolConnect(String h, int p, String user, String password) throws MessagingException {
            return auth ? super.protocolConnect(h, p, settings.getUsername().strip(), settings.getPassword())
                    : super.protocolConnect(h, p, user, password);
        }

        @Override
        protected OutputStream data() throws MessagingException {
            c.beforeData();
            return super.data();
        }

        @Override
        protected void finishData() throws IOException, MessagingException {
            c.socket.setSoTimeout((int) settings.getDataTimeout().toMillis());
            c.phase = Phase.END_SENT;
            super.finishData();
        }
    }
}
