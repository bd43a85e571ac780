package org.boardpack.recommendations;

/**
 * How a recommendation's status moved since the previous month's snapshot, using the progress order of
 * {@link PlanStatus} (not-started &lt; off-track &lt; at-risk &lt; on-track &lt; complete). Rules, first that applies:
 * <ol>
 * <li>no previous snapshot at all: {@link #NOT_AVAILABLE};</li>
 * <li>id not in the previous snapshot: {@link #NEW};</li>
 * <li>complete now, not complete before: {@link #COMPLETED};</li>
 * <li>complete before, not complete now: {@link #REOPENED};</li>
 * <li>higher in the order: {@link #IMPROVED}; lower: {@link #WORSENED}; same status: {@link #UNCHANGED}
 * (complete in both months is unchanged).</li>
 * </ol>
 * {@link #MISSING} is for an id in the previous snapshot that is absent from this month's.
 */
public enum Movement {
    NEW("New"),
    IMPROVED("Improved"),
    WORSENED("Worsened"),
    UNCHANGED("Unchanged"),
    COMPLETED("Completed this month"),
    REOPENED("Reopened"),
    MISSING("Missing from this month's snapshot"),
    NOT_AVAILABLE("No previous snapshot");

    private final String label;

    Movement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The movement from {@code previous} (null when the id is new) to {@code current}. */
    public static Movement between(PlanStatus previous, PlanStatus current) {
        if (previous == null) return NEW;
        if (current == PlanStatus.COMPLETE && previous != PlanStatus.COMPLETE) return COMPLETED;
        if (previous == PlanStatus.COMPLETE && current != PlanStatus.COMPLETE) return REOPENED;
        int d = Integer.compare(current.progressRank(), previous.progressRank());
        return d > 0 ? IMPROVED : d < 0 ? WORSENED : UNCHANGED;
    }
}
