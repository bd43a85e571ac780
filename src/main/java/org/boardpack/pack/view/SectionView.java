package org.boardpack.pack.view;

import java.util.List;

import org.boardpack.pack.RagCounts;

/** An area of the pack, in board order, with its indicators in board order and its RAG counts. */
public record SectionView(int index, String title, List<IndicatorView> indicators, RagCounts ragCounts) {
}
