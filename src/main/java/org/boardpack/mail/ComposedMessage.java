package org.boardpack.mail;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * One member's message, ready to send: built by {@link MailComposer}, turned into a MIME message by
 * {@link #toMimeMessage(Session, Date)}.
 *
 * @param attachments   the pack files attached (empty when over the size cap)
 * @param omitted       the formats the member would have received but that were left out for size
 * @param encodedSize   the estimated size of the message as sent (bytes), attachments included when attached
 */
public record ComposedMessage(String messageId, String from, String replyTo, BoardMember to, String subject,
                              String text, String html, List<PackFiles.PackFile> attachments,
                              List<PackFormat> omitted, long encodedSize) {

    public ComposedMessage {
        attachments = List.copyOf(attachments);
        omitted = List.copyOf(omitted);
    }

    /** The attached file names, e.g. "improvement-board-2026-10.pdf;improvement-board-2026-10.xlsx". */
    public String attachedNames() {
        return String.join(";", attachments.stream().map(PackFiles.PackFile::fileName).toList());
    }

    /** The MIME message, with the deterministic Message-ID kept when the message is saved or sent. */
    public MimeMessage toMimeMessage(Session session, Date sentDate) throws MessagingException {
        MimeMessage msg = new FixedIdMimeMessage(session, messageId);
        try {
            msg.setFrom(parse(from));
            msg.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.email(), to.name(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        if (replyTo != null && !replyTo.isBlank()) msg.setReplyTo(InternetAddress.parse(replyTo, true));
        msg.setSubject(subject, "UTF-8");
        msg.setSentDate(sentDate);
        msg.setHeader("Auto-Submitted", "auto-generated");
        msg.setHeader("X-Boardpack-Pack", messageId.substring(1, messageId.indexOf('@')));

        MimeMultipart alternative = null;
        if (html != null) {
            alternative = new MimeMultipart("alternative");
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, "UTF-8", "plain");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, "UTF-8", "html");
            alternative.addBodyPart(textPart);
            alternative.addBodyPart(htmlPart);
        }
        if (attachments.isEmpty()) {
            if (alternative != null) msg.setContent(alternative);
            else msg.setText(text, "UTF-8", "plain");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            if (alternative != null) body.setContent(alternative);
            else body.setText(text, "UTF-8", "plain");
            mixed.addBodyPart(body);
            for (PackFiles.PackFile f : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(f.content(), f.format().contentType())));
                part.setFileName(f.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                part.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(part);
            }
            msg.setContent(mixed);
        }
        msg.saveChanges();
        return msg;
    }

    private static InternetAddress parse(String address) throws MessagingException {
        return new InternetAddress(address.strip(), true);
    }

    /** A MIME message whose Message-ID stays the one given (JavaMail otherwise makes a new one on save). */
    static final class FixedIdMimeMessage extends MimeMessage {
        private final String id;

        FixedIdMimeMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
