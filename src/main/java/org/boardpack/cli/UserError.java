package org.boardpack.cli;

/** A problem the operator can fix (bad option, missing folder): reported as one message with its exit code. */
public class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
