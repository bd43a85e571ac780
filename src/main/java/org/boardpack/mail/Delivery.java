package org.boardpack.mail;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One row of the delivery record.
 *
 * @param formats  the formats the member asks for ("pdf;xlsx")
 * @param attached the file names attached when sent (";"-separated; empty when over the size cap)
 * @param location where the message went: "smtp host:port" or the .eml file
 * @param resend   the message was handed over again after an interrupted send (same Message-ID)
 */
public record Delivery(String board, YearMonth period, int revision, String email, String memberName, String memberRole,
                       String formats, MailMode mode, DeliveryState state, int attempts, String messageId,
                       boolean resend, String attached, String location, String lastError,
                       LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime lastAttemptAt,
                       LocalDateTime sentAt) {

    public DeliveryKey key() {
        return new DeliveryKey(board, period, revision, email);
    }
}
