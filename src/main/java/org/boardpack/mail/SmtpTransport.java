package org.boardpack.mail;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends through Spring's {@link JavaMailSenderImpl}, one connection per message, with timeouts so that a slow
 * server fails (and is retried) instead of hanging the job, and STARTTLS required unless switched off.
 */
public final class SmtpTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(SmtpTransport.class);

    private final JavaMailSenderImpl sender;
    private final String description;

    public SmtpTransport(MailSettings settings) {
        if (!settings.hasHost()) {
            throw new IllegalStateException("boardpack.mail.mode is smtp but no SMTP server is configured: set boardpack.mail.host "
                    + "(or the environment variable BOARDPACK_MAIL_HOST), or use boardpack.mail.mode=files");
        }
        this.sender = sender(settings);
        this.description = "SMTP server " + settings.getHost().strip() + ":" + settings.getPort()
                + (settings.isStarttlsRequired() ? " (STARTTLS required)" : " (STARTTLS not required)");
    }

    /** The configured sender. The password is set on the sender only: it is never logged or written. */
    static JavaMailSenderImpl sender(MailSettings settings) {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost(settings.getHost().strip());
        s.setPort(settings.getPort());
        s.setDefaultEncoding("UTF-8");
        boolean auth = settings.getUsername() != null && !settings.getUsername().isBlank();
        if (auth) {
            s.setUsername(settings.getUsername().strip());
            s.setPassword(settings.getPassword());
        }
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.auth", Boolean.toString(auth));
        p.setProperty("mail.smtp.starttls.enable", "true");
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.isStarttlsRequired()));
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.getConnectionTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(settings.getTimeout().toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(settings.getTimeout().toMillis()));
        p.setProperty("mail.smtp.sendpartial", "false");
        s.setJavaMailProperties(p);
        return s;
    }

    @Override
    public Session session() {
        return sender.getSession();
    }

    @Override
    public String send(MimeMessage message, ComposedMessage composed) {
        try {
            sender.send(message);
        } catch (MailSendException e) {
            // the server accepted the message and only closing the connection failed: it was delivered
            if (!closedAfterSending(e)) throw e;
            log.warn("The SMTP server accepted the message to {} but closing the connection failed ({}); recorded as sent",
                    composed.to().email(), SmtpFailures.oneLine(String.valueOf(e.getCause())));
        }
        return "smtp " + sender.getHost() + ":" + sender.getPort();
    }

    static boolean closedAfterSending(MailSendException e) {
        return e.getFailedMessages().isEmpty() && e.getMessage() != null
                && e.getMessage().startsWith("Failed to close server connection after message sending");
    }

    @Override
    public String describe() {
        return description;
    }
}
