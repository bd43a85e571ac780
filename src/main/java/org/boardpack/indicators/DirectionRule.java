package org.boardpack.indicators;

/** Direction of travel from an earlier figure to a later one, judged on the figures as displayed. */
public final class DirectionRule {

    private DirectionRule() {
    }

    public static Direction direction(Polarity polarity, Double current, Double earlier, int decimals) {
        if (current == null || earlier == null) return Direction.NOT_AVAILABLE;
        double c = Rounding.round(current, decimals);
        double e = Rounding.round(earlier, decimals);
        if (c == e) return Direction.NO_CHANGE;
        return switch (polarity) {
            case HIGHER -> c > e ? Direction.IMPROVING : Direction.WORSENING;
            case LOWER -> c < e ? Direction.IMPROVING : Direction.WORSENING;
            case NONE -> c > e ? Direction.UP : Direction.DOWN;
        };
    }
}
