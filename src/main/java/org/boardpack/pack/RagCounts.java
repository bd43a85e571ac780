package org.boardpack.pack;

import java.util.Collection;

import org.boardpack.indicators.Rag;

/** How many indicators are Red, Amber, Green and without a target. */
public record RagCounts(int red, int amber, int green, int none) {

    public static RagCounts of(Collection<IndicatorResult> results) {
        int r = 0, a = 0, g = 0, n = 0;
        for (IndicatorResult i : results) {
            switch (i.rag()) {
                case RED -> r++;
                case AMBER -> a++;
                case GREEN -> g++;
                case NONE -> n++;
            }
        }
        return new RagCounts(r, a, g, n);
    }

    public int total() {
        return red + amber + green + none;
    }

    public int count(Rag rag) {
        return switch (rag) {
            case RED -> red;
            case AMBER -> amber;
            case GREEN -> green;
            case NONE -> none;
        };
    }
}
