package org.boardpack.recommendations;

import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Rag;

/**
 * What the scorecard says this period about an indicator linked to a recommendation; supplied by the caller.
 *
 * @param id        catalogue id
 * @param name      the indicator's name as shown in the pack
 * @param rag       its RAG this period ({@link Rag#NONE} when no target or no figure)
 * @param direction its direction of travel ({@link Direction#NOT_AVAILABLE} when there is nothing to compare)
 */
public record IndicatorEvidence(String id, String name, Rag rag, Direction direction) {

    public IndicatorEvidence {
        name = name == null || name.isBlank() ? id : name;
        rag = rag == null ? Rag.NONE : rag;
        direction = direction == null ? Direction.NOT_AVAILABLE : direction;
    }

    /** Evidence for a linked id the caller has no figure for this period: no RAG, no direction. */
    public static IndicatorEvidence notAvailable(String id) {
        return new IndicatorEvidence(id, id, Rag.NONE, Direction.NOT_AVAILABLE);
    }

    /** Red, or worsening (an indicator with no polarity moves UP/DOWN and is never "worsening"). */
    public boolean isRedOrWorsening() {
        return rag == Rag.RED || direction == Direction.WORSENING;
    }

    /** "Return home interviews within 72 hours: Red, Worsening". */
    public String summary() {
        return name + ": " + rag.label() + ", " + direction.label();
    }
}
