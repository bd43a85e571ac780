package org.boardpack.mail;

import java.time.YearMonth;
import java.util.Locale;

/**
 * Identifies one delivery: the pack (board, period, revision) and the member's address in lower case. The edition is
 * recorded with the delivery ({@link Delivery#edition()}) but is not part of its key: board-members.csv lists a member
 * once per board with one edition, so a member receives exactly one edition of a pack (V7__delivery_edition.sql).
 */
public record DeliveryKey(String board, YearMonth period, int revision, String email) {

    public DeliveryKey {
        email = email.strip().toLowerCase(Locale.ROOT);
    }
}
