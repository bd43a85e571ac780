package org.boardpack.cli;

/** Process entry point (placeholder replaced by the picocli command tree). */
public final class Main {
    private Main() {
    }

    public static int run(String[] args) {
        return 0;
    }
}
