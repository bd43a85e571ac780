package org.boardpack.mail;

import java.time.YearMonth;
import java.util.Locale;

/** Identifies one delivery: the pack (board, period, revision) and the member's address in lower case. */
public record DeliveryKey(String board, YearMonth period, int revision, String email) {

    public DeliveryKey {
        email = email.strip().toLowerCase(Locale.ROOT);
    }
}
