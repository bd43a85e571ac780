package org.boardpack.excel;

/**
 * Fill and text colours for RAG and BRAG cells: Excel's own "light fill with dark text" pairs, which keep a
 * contrast ratio above 4.5:1. The cell always carries the word too.
 */
public enum RagPalette {
    RED("Red", "FFC7CE", "9C0006"),
    AMBER("Amber", "FFEB9C", "7A4400"),
    GREEN("Green", "C6EFCE", "006100"),
    BLUE("Blue", "BDD7EE", "1F3864"),
    GREY("Grey", "D9D9D9", "000000");

    private final String word;
    private final String fill;
    private final String text;

    RagPalette(String word, String fill, String text) {
        this.word = word;
        this.fill = fill;
        this.text = text;
    }

    /** The cell text that starts this status (e.g. "Red", or "Blue" in "Blue - complete"). */
    public String word() {
        return word;
    }

    public String fillHex() {
        return fill;
    }

    public String textHex() {
        return text;
    }
}
