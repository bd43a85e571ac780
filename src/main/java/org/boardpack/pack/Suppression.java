package org.boardpack.pack;

/**
 * The partner edition's rule for small numbers (setting {@code boardpack.suppression.*}), as DfE and ONS publish
 * children's data: a count from 1 to {@code maxSuppressed} (a numerator, a denominator or a count-unit value) is
 * shown as {@code code}, with the percentage or rate it makes; zero is shown. Secondary suppression hides whatever
 * would let a suppressed count be worked out (see {@code pack.view.SmallNumbers}).
 *
 * @param maxSuppressed the largest count suppressed (default 4: "fewer than five")
 * @param code          what a reader sees instead (default "[c]", DfE's code for confidential)
 */
public record Suppression(int maxSuppressed, String code) {

    public static final Suppression DFE = new Suppression(4, "[c]");

    public Suppression {
        if (maxSuppressed < 1) throw new IllegalArgumentException("boardpack.suppression.max-suppressed=" + maxSuppressed + " must be 1 or more");
        if (code == null || code.isBlank()) throw new IllegalArgumentException("boardpack.suppression.code must not be blank");
    }

    /** Whether a count of this size is suppressed: 1 to maxSuppressed (zero is shown). */
    public boolean suppresses(Double count) {
        return count != null && count > 0 && count <= maxSuppressed;
    }

    /** How it was applied, for the edition's cover and the email. */
    public String description() {
        return "Partner edition: counts from 1 to " + maxSuppressed + " (numerators, denominators and numbers of children) "
                + "are shown as " + code + ", with the percentage or rate they make, and so is any other figure "
                + "(a total, another team's or month's figure, a change, a restatement, a chart point) from which one "
                + "could be worked out; zero is shown. Benchmarks are shown as DfE published them. Commentary and "
                + "recommendation text are shown as written by their owners.";
    }
}
