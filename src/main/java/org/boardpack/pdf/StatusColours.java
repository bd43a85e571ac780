package org.boardpack.pdf;

import java.awt.Color;

import org.boardpack.indicators.Rag;

/** Fill and text colours for RAG/BRAG cells; light fills with dark text stay legible in greyscale. */
record StatusColours(Color fill, Color text) {

    static final StatusColours RED = new StatusColours(new Color(0xFF, 0xC7, 0xCE), new Color(0x9C, 0x00, 0x06));
    static final StatusColours AMBER = new StatusColours(new Color(0xFF, 0xEB, 0x9C), new Color(0x7A, 0x44, 0x00));
    static final StatusColours GREEN = new StatusColours(new Color(0xC6, 0xEF, 0xCE), new Color(0x00, 0x61, 0x00));
    static final StatusColours BLUE = new StatusColours(new Color(0xBD, 0xD7, 0xEE), new Color(0x1F, 0x38, 0x64));
    static final StatusColours GREY = new StatusColours(new Color(0xEE, 0xEE, 0xEE), Color.BLACK);

    static StatusColours of(Rag rag) {
        return switch (rag) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN -> GREEN;
            case NONE -> GREY;
        };
    }
}
