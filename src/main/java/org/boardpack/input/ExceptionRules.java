package org.boardpack.input;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which conditions put an indicator on a board's act list and which on its watch list (the {@code exceptions:}
 * keys of {@code templates/boards/<board>.yml}); a condition on both lists counts as act.
 */
public record ExceptionRules(Set<Condition> act, Set<Condition> watch) {

    /** A condition, by its key in the board file. */
    public enum Condition {
        /** RAG Red against target. */
        RED("red"),
        /** RAG Amber against target. */
        AMBER("amber"),
        /** A special cause of concern on the last point (any SPC rule), for an indicator that is not Green. */
        SPC_CONCERN("spc-concern"),
        /** A special cause of concern on the last point of a Green indicator. */
        GREEN_SPC_CONCERN("green-spc-concern"),
        /** SPC assurance "consistently fails the target", for an indicator that is not Green. */
        ASSURANCE_FAILS("assurance-fails");

        private final String key;

        Condition(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Condition ofKey(String key) {
            for (Condition c : values()) if (c.key.equals(key)) return c;
            return null;
        }
    }

    public ExceptionRules {
        act = act.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(act);
        watch = watch.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(watch);
    }

    /** Making Data Count's reading: act on Red, a concern or a failing process; watch Amber and Green concerns. */
    public static ExceptionRules defaults() {
        return new ExceptionRules(EnumSet.of(Condition.RED, Condition.SPC_CONCERN, Condition.ASSURANCE_FAILS),
                EnumSet.of(Condition.AMBER, Condition.GREEN_SPC_CONCERN));
    }
}
