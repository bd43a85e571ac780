package org.boardpack.mail;

/**
 * An SMTP conversation that ended without a definite answer: the run was asked to stop, the conversation ran past
 * {@code boardpack.mail.deadline}, or the server never answered the end of the message. {@link #mayHaveArrived()}
 * says whether the message content had been handed over completely (then the member may have it, and it must not be
 * sent again without the operator's word).
 */
public class ConversationCutShortException extends Exception {

    /** Why the conversation ended early. */
    public enum Why {
        /** The run was asked to stop (SIGTERM, Ctrl-C). */
        STOPPED,
        /** The whole conversation took longer than boardpack.mail.deadline. */
        DEADLINE,
        /** The end of the message was sent and no answer came (timeout, connection lost). */
        NO_ANSWER
    }

    private final Why why;
    private final boolean mayHaveArrived;

    public ConversationCutShortException(Why why, boolean mayHaveArrived, String message, Throwable cause) {
        super(message, cause);
        this.why = why;
        this.mayHaveArrived = mayHaveArrived;
    }

    public Why why() {
        return why;
    }

    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }
}
