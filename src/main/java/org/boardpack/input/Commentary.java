package org.boardpack.input;

/** A service lead's commentary on an indicator for a month. Text is kept exactly as written. */
public record Commentary(String indicatorId, String author, String role, String text, String file, long line) {
}
