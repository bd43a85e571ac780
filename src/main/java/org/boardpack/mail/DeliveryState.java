package org.boardpack.mail;

/** Where one member's message is. */
public enum DeliveryState {
    /** Recorded, not yet handed to the server (or handed over and refused before anything could be delivered). */
    PENDING,
    /** Being handed to the server. A row left in this state by an interrupted run is resent (same Message-ID). */
    SENDING,
    SENT,
    /** Files mode: written as an .eml file for the member; nothing left the machine. SMTP, once set up, sends it. */
    WRITTEN,
    /** Gave up for this run: see the last error. A restart tries again. */
    FAILED
}
