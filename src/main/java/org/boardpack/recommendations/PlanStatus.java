package org.boardpack.recommendations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The status an owner reports for a recommendation, as written in the {@code status} column.
 *
 * <p>The declaration order is the <b>progress order</b> used for movement between two monthly snapshots:
 * not-started &lt; off-track &lt; at-risk &lt; on-track &lt; complete. A move up the order is "improved", a move down
 * "worsened"; moves into and out of complete are reported as "completed this month" and "reopened" instead.
 * Starting work that is immediately off track therefore counts as improved: the board sees it as Red in the same row.
 */
public enum PlanStatus {
    NOT_STARTED("not-started", "Not started", Brag.GREY),
    OFF_TRACK("off-track", "Off track", Brag.RED),
    AT_RISK("at-risk", "At risk", Brag.AMBER),
    ON_TRACK("on-track", "On track", Brag.GREEN),
    COMPLETE("complete", "Complete", Brag.BLUE);

    private final String code;
    private final String label;
    private final Brag brag;

    PlanStatus(String code, String label, Brag brag) {
        this.code = code;
        this.label = label;
        this.brag = brag;
    }

    /** As written in the file: "not-started", "off-track", "at-risk", "on-track", "complete". */
    public String code() {
        return code;
    }

    /** "Not started", "Off track", "At risk", "On track", "Complete". */
    public String label() {
        return label;
    }

    public Brag brag() {
        return brag;
    }

    /** Position in the progress order (0 = not started .. 4 = complete). */
    public int progressRank() {
        return ordinal();
    }

    /** "not-started, on-track, at-risk, off-track, complete" for messages. */
    public static String allowedCodes() {
        return "not-started, on-track, at-risk, off-track, complete";
    }

    /**
     * Reads a status code. Case and the separator are forgiven ("On track", "ON_TRACK" and "on-track" are the same),
     * since the files are typed by hand; anything else is empty.
     */
    public static Optional<PlanStatus> fromCode(String text) {
        if (text == null) return Optional.empty();
        String norm = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return Arrays.stream(values()).filter(s -> s.code.equals(norm)).findFirst();
    }
}
