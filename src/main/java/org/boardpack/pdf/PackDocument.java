package org.boardpack.pdf;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import org.boardpack.indicators.Rag;
import org.boardpack.pack.view.PackView;
import org.boardpack.recommendations.Brag;

/**
 * The pack being rendered: the document, its writer and fonts, the planned parts and the bookmarks. Sections call {@link #section} to start on a new page with a heading and a bookmark.
 */
final class PackDocument {

    static final Color HEADING = new Color(0x1F, 0x38, 0x64);
    static final Color MUTED = new Color(0x40, 0x40, 0x40);
    /** Room a heading needs below it (itself, a table header and a couple of rows) to stay with what follows. */
    static final float KEEP_WITH_NEXT = 90;
    /** A4 landscape as a wide media box, not a rotated portrait one, so every reader measures it the same way. */
    static final Rectangle LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

    private final PackView pack;
    private final PdfFonts fonts;
    private final Document doc;
    private final PdfWriter writer;
    private final PageEvents events;
    private final Map<String, PackPlan.Part> parts = new LinkedHashMap<>();
    private PdfOutline currentSection;
    private int markCount;

    PackDocument(PackView pack, PdfFonts fonts, Document doc, PdfWriter writer, PageEvents events,
                 List<PackPlan.Part> plan) {
        this.pack = pack;
        this.fonts = fonts;
        this.doc = doc;
        this.writer = writer;
        this.events = events;
        for (PackPlan.Part p : plan) parts.put(p.key(), p);
    }

    PackView pack() {
        return pack;
    }

    PdfFonts fonts() {
        return fonts;
    }

    PdfWriter writer() {
        return writer;
    }

    Document document() {
        return doc;
    }

    List<PackPlan.Part> plan() {
        return List.copyOf(parts.values());
    }

    /**
     * The number of the page the planned part {@code key} starts on, in {@code font}: a placeholder as wide as four
     * digits (right-aligned in it when {@code right}), filled in when the document closes.
     */
    Chunk pageNumber(String key, Font font, boolean right) {
        return events.pageNumber(writer, part(key).key(), font, right);
    }

    /** The width between the margins of the current page. */
    float width() {
        return doc.right() - doc.left();
    }

    void add(Element e) {
        doc.add(e);
    }

    /** Starts a planned section (level 0) on a new portrait page, with its heading unless {@code heading} is false. */
    void section(String key, boolean heading) {
        section(key, heading, false);
    }

    /**
     * Starts a planned section (level 0) on a new page, landscape for wide tables (which keep their text at 9 pt
     * that way instead of wrapping words), with its heading unless {@code heading} is false.
     */
    void section(String key, boolean heading, boolean landscape) {
        PackPlan.Part part = part(key);
        doc.setPageSize(landscape ? LANDSCAPE : PageSize.A4);
        doc.newPage();
        currentSection = bookmark(writer.getRootOutline(), part, doc.top());
        if (heading) add(heading(part.title(), 16, 10));
    }

    /** Starts a planned part within the current section, on a new page or where the text has got to. */
    void subsection(String key, boolean newPage) {
        PackPlan.Part part = part(key);
        if (newPage) doc.newPage();
        float y = newPage ? doc.top() : writer.getVerticalPosition(true);
        bookmark(currentSection == null ? writer.getRootOutline() : currentSection, part, y);
        add(heading(part.title(), 13, 6));
    }

    private PdfOutline bookmark(PdfOutline parent, PackPlan.Part part, float y) {
        events.started(part.key(), writer.getPageNumber());
        PdfDestination dest = new PdfDestination(PdfDestination.FITH, y + 20);
        dest.addPage(writer.getCurrentPage());
        return new PdfOutline(parent, dest, part.title(), part.level() == 0);
    }

    private PackPlan.Part part(String key) {
        PackPlan.Part part = parts.get(key);
        if (part == null) throw new IllegalArgumentException("Not a planned part: " + key);
        return part;
    }

    /**
     * A chunk that puts a bookmark (under the current section) where it is finally laid out: used for blocks that
     * a table may carry over to the next page.
     */
    Chunk bookmarkedText(String text, Font font, String bookmarkTitle) {
        String id = Integer.toString(++markCount);
        events.expectMark(id, currentSection == null ? writer.getRootOutline() : currentSection, bookmarkTitle);
        Chunk c = new Chunk(text, font);
        c.setGenericTag(PageEvents.MARK + id);
        return c;
    }

    /** Text that links to the page where the planned part {@code key} starts. */
    Chunk link(String text, Font font, String key) {
        Chunk c = new Chunk(text, font);
        c.setGenericTag(PageEvents.LINK + key);
        return c;
    }

    Paragraph heading(String text, float size, float after) {
        Paragraph p = fonts.paragraph(text, fonts.bold(size, HEADING));
        p.setSpacingAfter(after);
        p.setLeading(size * 1.2f);
        return p;
    }

    /** A level-3 heading inside a section. */
    Paragraph minorHeading(String text) {
        Paragraph p = fonts.paragraph(text, fonts.bold(11, HEADING));
        p.setLeading(13);
        p.setSpacingBefore(6);
        p.setSpacingAfter(1);
        p.setKeepTogether(true);
        return p;
    }

    /**
     * Adds a level-3 heading, first moving to a new page when less than {@code KEEP_WITH_NEXT} points are left, so
     * a heading is never stranded at the foot of a page without what follows it.
     */
    void subheading(String text) {
        ensureSpace(KEEP_WITH_NEXT);
        add(minorHeading(text));
    }

    /** Starts a new page unless at least {@code points} are left on this one. */
    void ensureSpace(float points) {
        if (writer.getVerticalPosition(true) - doc.bottom() < points) doc.newPage();
    }

    Paragraph text(String text) {
        return text(text, 9);
    }

    Paragraph text(String text, float size) {
        Paragraph p = fonts.paragraph(text, fonts.regular(size));
        p.setLeading(size * 1.3f);
        p.setSpacingAfter(4);
        return p;
    }

    Paragraph note(String text) {
        Paragraph p = fonts.paragraph(text, fonts.italic(9, MUTED));
        p.setLeading(11.5f);
        p.setSpacingAfter(4);
        return p;
    }

    StatusColours colours(Rag rag) {
        return StatusColours.of(pack.palette().of(rag));
    }

    StatusColours colours(Brag brag) {
        return StatusColours.of(pack.palette().of(brag));
    }
}
