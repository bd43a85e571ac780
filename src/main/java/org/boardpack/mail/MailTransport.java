package org.boardpack.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Hands one message over for delivery: to an SMTP server, or to an .eml file. */
public interface MailTransport {

    /** What the transport tells the distributor during one hand-over, and asks it. */
    interface Handover {
        /**
         * Called just before the message content starts to go over (the SMTP DATA command). The delivery record
         * says so before this returns: from here on the message may arrive.
         */
        void beforeData();

        /** True once the run has been asked to stop (SIGTERM): the transport abandons any wait. */
        boolean stopRequested();
    }

    /** The session messages are built with. */
    Session session();

    /**
     * Delivers one message. Failures are classified by {@link SmtpFailures}; a conversation cut short (stopped,
     * over its deadline, or without an answer to the end of the message) ends in a
     * {@link ConversationCutShortException} saying whether the message may have arrived.
     *
     * @return where it went, for the delivery record (e.g. "smtp mail.example.org:587" or the .eml file)
     */
    String send(MimeMessage message, ComposedMessage composed, Handover handover) throws Exception;

    /** For logs: "SMTP server host:port" or "files in DIR". Never holds credentials. */
    String describe();
}
