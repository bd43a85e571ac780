package org.boardpack.indicators;

/**
 * RAG against target, on the figure as displayed (rounded to the indicator's decimals): Green meets or beats the
 * target; Amber is worse but within the tolerance; Red is beyond it. No RAG without a target or a polarity.
 */
public final class RagRule {

    private RagRule() {
    }

    public static Rag rag(Polarity polarity, Double value, Target target, int decimals) {
        if (value == null || target == null || polarity == Polarity.NONE) return Rag.NONE;
        double v = Rounding.round(value, decimals);
        double t = target.value();
        double tol = target.tolerance();
        double eps = 1e-9;
        return switch (polarity) {
            case HIGHER -> v >= t - eps ? Rag.GREEN : v >= t - tol - eps ? Rag.AMBER : Rag.RED;
            case LOWER -> v <= t + eps ? Rag.GREEN : v <= t + tol + eps ? Rag.AMBER : Rag.RED;
            case NONE -> Rag.NONE;
        };
    }
}
