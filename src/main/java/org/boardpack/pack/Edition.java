package org.boardpack.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An edition of a board's pack: {@code full} (the council's own) or {@code partner} (for partners beyond the
 * council: police, health, published papers), in which small counts are suppressed ({@link Suppression}).
 * Every edition is laid out from the same pack model; its files carry its id ({@code <board>-<period>-partner.pdf}),
 * the full edition's none.
 */
public enum Edition {
    FULL, PARTNER;

    public static final List<String> IDS = Arrays.stream(values()).map(Edition::id).toList();

    /** "full", "partner": as in the board definition and the members file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part of its file names: "" for the full edition, "-partner". */
    public String fileSuffix() {
        return this == FULL ? "" : "-" + id();
    }

    /** The edition of an id, or null for none; blank is the full edition. */
    public static Edition parse(String id) {
        String v = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) return FULL;
        for (Edition e : values()) if (e.id().equals(v)) return e;
        return null;
    }
}
