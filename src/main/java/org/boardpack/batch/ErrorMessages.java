package org.boardpack.batch;

/** Turns a stored exit description (a stack trace) into the message the operator needs. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    /** The exception's message without its class name and stack frames; null when there is none. */
    static String firstMessage(String exitDescription) {
        if (exitDescription == null || exitDescription.isBlank()) return null;
        StringBuilder sb = new StringBuilder();
        for (String line : exitDescription.split("\\R")) {
            if (line.startsWith("\tat ") || line.startsWith("\t...") || line.startsWith("Caused by") && sb.length() > 0) break;
            if (sb.length() > 0) sb.append('\n');
            sb.append(line);
        }
        String text = sb.toString();
        if (text.contains("JobInterruptedException")) return "stopped on request (SIGTERM or stop); restart resumes it";
        // drop a leading "fully.qualified.ExceptionName: "
        int colon = text.indexOf(": ");
        if (colon > 0 && text.substring(0, colon).matches("[\\w.$]+")) text = text.substring(colon + 2);
        return text.strip();
    }
}
