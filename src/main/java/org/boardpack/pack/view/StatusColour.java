package org.boardpack.pack.view;

/**
 * The colours of a status cell: the council's fill and a text colour with at least 4.5:1 contrast on it (the
 * status word is always written; the colour is only a cue). Hex RGB, e.g. "FFC7CE".
 */
public record StatusColour(String word, String fill, String text) {
}
