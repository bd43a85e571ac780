package org.boardpack.mail;

/**
 * The run was asked to stop (SIGTERM, Ctrl-C) while emailing the pack. Every member's state was recorded first:
 * those not yet handed over are PENDING (a restart sends them), one whose message may have arrived is UNCONFIRMED.
 */
public class DistributionStoppedException extends RuntimeException {

    public DistributionStoppedException(String message) {
        super(message);
    }
}
