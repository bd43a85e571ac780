package org.boardpack.mail;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.boardpack.pack.Edition;

/**
 * One row of the delivery record: one member's message of one pack (authority, board, period, revision), of the
 * edition named for the member.
 *
 * @param formats       the formats the member asks for ("pdf;xlsx")
 * @param edition       the edition of the pack the message carries (of its latest attempt; once SENT, the one the
 *                      member has): a member receives one edition of a board's pack
 * @param attached      the file names attached when sent (";"-separated; empty when over the size cap)
 * @param location      where the message went: "smtp host:port" or the .eml file
 * @param resend        the message was handed over again after an unconfirmed one (same Message-ID)
 * @param dataStartedAt when the last attempt began handing the message content over (SMTP DATA), or null
 * @param confirmedAt   when the operator recorded an unconfirmed message as received, or null
 */
public record Delivery(String board, YearMonth period, int revision, String email, String memberName, String memberRole,
                       String formats, Edition edition, MailMode mode, DeliveryState state, int attempts, String messageId,
                       boolean resend, String attached, String location, String lastError,
                       LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime lastAttemptAt,
                       LocalDateTime sentAt, LocalDateTime dataStartedAt, LocalDateTime confirmedAt) {

    public DeliveryKey key() {
        return new DeliveryKey(board, period, revision, email);
    }

    /** The member as recorded when last attempted: who an unconfirmed message is sent to again. */
    public BoardMember member() {
        Set<PackFormat> f = EnumSet.noneOf(PackFormat.class);
        for (String code : formats.split(";")) {
            PackFormat format = PackFormat.parse(code);
            if (format != null) f.add(format);
        }
        return new BoardMember(memberName, email, memberRole, List.of(board), f, "the delivery record", 0, edition);
    }
}
