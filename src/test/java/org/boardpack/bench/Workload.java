package org.boardpack.bench;

/** The size of a synthetic benchmark input: what the generator writes, and with which random seed. */
public record Workload(String name, int indicators, int teams, int months, int boards, int recommendations, long seed) {

    /** A few seconds' work: for the smoke test in {@code mvn verify}. */
    public static final Workload SMALL = new Workload("small", 12, 3, 15, 2, 10, 1);
    /** A large county council: 120 indicators, 25 teams, five years, six boards, 200 recommendations. */
    public static final Workload LARGE = new Workload("large", 120, 25, 60, 6, 200, 1);
    /**
     * One big export: 48 indicators (18 of them percentages with team rows), 800 teams, eight years; about 1.4
     * million team rows, about 50 MB when written as one file ({@link WorkloadGenerator#writeOneScorecardFileTo}).
     */
    public static final Workload BIG_FILE = new Workload("big-file", 48, 800, 96, 1, 10, 1);

    public Workload {
        if (indicators < 1 || teams < 0 || months < 1 || boards < 1 || recommendations < 0) {
            throw new IllegalArgumentException("a workload needs at least one indicator, month and board");
        }
    }

    public static Workload named(String name) {
        return switch (name) {
            case "small" -> SMALL;
            case "large" -> LARGE;
            case "big-file" -> BIG_FILE;
            default -> throw new IllegalArgumentException("unknown workload '" + name + "' (small, large, or sizes)");
        };
    }

    @Override
    public String toString() {
        return name + ": " + indicators + " indicators, " + teams + " teams, " + months + " months, " + boards
                + " boards, " + recommendations + " recommendations, seed " + seed;
    }

    /** The same workload with months and indicators doubled: the linear-growth check. */
    public Workload doubled() {
        return new Workload(name + "-x2", indicators * 2, teams, months * 2, boards, recommendations, seed);
    }
}
