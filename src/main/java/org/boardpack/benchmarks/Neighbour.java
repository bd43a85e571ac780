package org.boardpack.benchmarks;

/**
 * One row of the canonical {@code neighbours.csv}: {@code neighbourCode} is the {@code position}-th statistical
 * neighbour of {@code laCode} (both 3-digit old LA codes).
 *
 * @param closeness DfE's closeness label ("Very close", "Close", ...), trimmed; may be empty
 * @param line      1-based line in the file it was read from, or 0 when built in memory
 */
public record Neighbour(String laCode, String neighbourCode, int position, String closeness, long line) {

    public Neighbour {
        closeness = closeness == null ? "" : closeness.strip();
    }

    public Neighbour(String laCode, String neighbourCode, int position, String closeness) {
        this(laCode, neighbourCode, position, closeness, 0);
    }
}
