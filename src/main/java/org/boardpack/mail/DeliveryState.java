package org.boardpack.mail;

/** Where one member's message is. */
public enum DeliveryState {
    /** Recorded, not yet handed to the server (or handed over and refused before anything could be delivered). */
    PENDING,
    /**
     * Being handed to the server. A row left in this state by an interrupted run is sent again only when the
     * message content had not started to go over ({@code data_started_at} empty); otherwise it becomes UNCONFIRMED.
     */
    SENDING,
    SENT,
    /** Files mode: written as an .eml file for the member; nothing left the machine. SMTP, once set up, sends it. */
    WRITTEN,
    /** Gave up for this run: see the last error. A restart tries again. */
    FAILED,
    /**
     * Handed over, but the server's answer never came (no reply to the end of the message in time, the connection
     * lost, the run stopped or killed while waiting): the member may or may not have it. Never sent again
     * automatically: {@code deliveries --confirm} records it as received, {@code --resend-unconfirmed} sends it again
     * with the same Message-ID.
     */
    UNCONFIRMED,
    /** Not delivered, and no longer among the board's members (address corrected or member removed): nothing to do. */
    REMOVED,
    /**
     * Not emailed: a reissue after the job repository lost its record of the period, and the output folder's manifest
     * says this member was sent the earlier revision.
     */
    NOT_REMAILED;

    /** Still to be delivered by a restart of the run (not UNCONFIRMED, which waits for the operator). */
    public boolean outstanding() {
        return this == PENDING || this == SENDING || this == FAILED;
    }
}
