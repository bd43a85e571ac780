package org.boardpack.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Hands one message over for delivery: to an SMTP server, or to an .eml file. */
public interface MailTransport {

    /** The session messages are built with. */
    Session session();

    /**
     * Delivers one message. Failures are classified by {@link SmtpFailures}.
     *
     * @return where it went, for the delivery record (e.g. "smtp mail.example.org:587" or the .eml file)
     */
    String send(MimeMessage message, ComposedMessage composed) throws Exception;

    /** For logs: "SMTP server host:port" or "files in DIR". Never holds credentials. */
    String describe();
}
