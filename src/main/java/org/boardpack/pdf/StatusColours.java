package org.boardpack.pdf;

import java.awt.Color;

import org.boardpack.pack.view.StatusColour;

/** A status cell's fill and text colours as the pack view decides them (4.5:1 text contrast), for OpenPDF. */
record StatusColours(Color fill, Color text) {

    static final Color RED_TEXT = new Color(0x9C, 0x00, 0x06);

    static StatusColours of(StatusColour c) {
        return new StatusColours(colour(c.fill()), colour(c.text()));
    }

    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }
}
