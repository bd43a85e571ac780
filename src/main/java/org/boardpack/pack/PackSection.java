package org.boardpack.pack;

import java.util.List;

/** A section (area) of the pack with its indicators in board-definition order. */
public record PackSection(String title, List<IndicatorResult> indicators) {

    public RagCounts ragCounts() {
        return RagCounts.of(indicators);
    }
}
