package org.boardpack.pdf;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Table conventions for the pack: full width; a header row that repeats on every page the table runs onto; rows
 * kept whole (a row that does not fit moves to the next page; only a row taller than a whole page is split, so
 * nothing is ever lost); numbers right-aligned; status cells carry their word as well as their colour.
 */
final class Tables {

    static final Color HEADER_FILL = new Color(0xD9, 0xD9, 0xD9);
    static final Color BORDER = new Color(0xA6, 0xA6, 0xA6);
    static final float BODY = 9;
    static final String MISSING = "\u2013"; // en dash

    private final PdfFonts fonts;

    Tables(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** A full-width table with the given relative column widths and a repeating header row. */
    PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(4);
        // Rows move whole to the next page when they do not fit (split late); a row taller than a page is split
        // rather than dropped (split rows).
        t.setSplitLate(true);
        t.setSplitRows(true);
        if (headers.length > 0) {
            for (String h : headers) t.addCell(header(h));
            t.setHeaderRows(1);
        }
        return t;
    }

    PdfPCell header(String text) {
        return header(text, Element.ALIGN_LEFT);
    }

    PdfPCell header(String text, int align) {
        PdfPCell c = cell(fonts.phrase(text, fonts.bold(BODY)));
        c.setBackgroundColor(HEADER_FILL);
        c.setHorizontalAlignment(align);
        return c;
    }

    PdfPCell text(String text) {
        return cell(fonts.phrase(text, fonts.regular(BODY)));
    }

    PdfPCell text(String text, Font font) {
        return cell(fonts.phrase(text, font));
    }

    PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setPadding(3);
        c.setPaddingTop(2);
        c.setBorderColor(BORDER);
        c.setBorderWidth(0.5f);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setLeading(0, 1.2f);
        // the Unicode bidi algorithm (and OpenPDF's Arabic shaping) on a left-to-right page: Arabic and Hebrew
        // runs come out in reading order
        c.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return c;
    }

    /** A figure already formatted to the indicator's decimals, right-aligned. */
    PdfPCell number(String formatted) {
        PdfPCell c = text(formatted == null || formatted.isEmpty() ? MISSING : formatted);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** A number and, on a second smaller line, a qualifier (e.g. a target's tolerance), right-aligned. */
    PdfPCell number(String formatted, String qualifier) {
        Phrase p = new Phrase(formatted == null || formatted.isEmpty() ? MISSING : formatted, fonts.regular(BODY));
        if (qualifier != null && !qualifier.isEmpty()) {
            p.add(new com.lowagie.text.Chunk("\n" + qualifier, fonts.regular(BODY, PackDocument.MUTED)));
        }
        PdfPCell c = cell(p);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** A RAG/BRAG cell: the status word in dark text on the status fill (never colour alone). */
    PdfPCell status(String word, StatusColours colours) {
        PdfPCell c = cell(new Phrase(word, fonts.bold(BODY, colours.text())));
        c.setBackgroundColor(colours.fill());
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    /** A cell spanning {@code span} columns. */
    PdfPCell span(PdfPCell c, int span) {
        c.setColspan(span);
        return c;
    }

    /** Right-aligns the header cells of the given (0-based) columns in header row {@code row}, over their numbers. */
    static void rightAlignHeader(PdfPTable t, int row, int... columns) {
        alignHeader(t, row, Element.ALIGN_RIGHT, columns);
    }

    /** Centres the header cells of the given columns in header row {@code row}, over their status cells. */
    static void centreHeader(PdfPTable t, int row, int... columns) {
        alignHeader(t, row, Element.ALIGN_CENTER, columns);
    }

    private static void alignHeader(PdfPTable t, int row, int align, int... columns) {
        PdfPCell[] cells = t.getRow(row).getCells();
        for (int c : columns) {
            if (c < cells.length && cells[c] != null) cells[c].setHorizontalAlignment(align);
        }
    }

    /** Adds cells in order. */
    static void add(PdfPTable t, PdfPCell... cells) {
        for (PdfPCell c : cells) t.addCell(c);
    }
}
