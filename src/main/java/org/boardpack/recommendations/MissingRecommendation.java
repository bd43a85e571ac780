package org.boardpack.recommendations;

import java.time.YearMonth;

/**
 * A recommendation in the previous month's snapshot that is not among this month's loaded rows. It is kept in the
 * tracker and shown as "missing from this month's snapshot", never dropped.
 *
 * @param lastKnown   its row in the previous snapshot
 * @param lastSeen    the month of that snapshot
 * @param rowRejected true when this month's file has a row with the id but the row was rejected for errors (with
 *                    --skip-invalid); false when the id is not in this month's file at all
 */
public record MissingRecommendation(Recommendation lastKnown, YearMonth lastSeen, boolean rowRejected) {

    public String id() {
        return lastKnown.id();
    }

    public Movement movement() {
        return Movement.MISSING;
    }

    /** "Missing from this month's snapshot" or "Missing from this month's snapshot (row rejected: see validation report)". */
    public String label() {
        return rowRejected ? Movement.MISSING.label() + " (row rejected: see the validation report)" : Movement.MISSING.label();
    }
}
