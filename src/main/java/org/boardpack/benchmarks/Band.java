package org.boardpack.benchmarks;

/**
 * Quartile band of an authority's value among all local authorities' values, A best, D worst (LAIT's bands).
 * A value exactly on a quartile belongs to the better of the two bands it separates, for either polarity.
 */
public enum Band {
    A, B, C, D;

    public String label() {
        return name();
    }
}
