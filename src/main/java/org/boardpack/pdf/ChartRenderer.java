package org.boardpack.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/**
 * Draws a JFreeChart as vector graphics into a PDF form XObject through OpenPDF's Graphics2D, with every AWT font
 * mapped to the embedded Liberation face, and wraps it as an image element for tables.
 */
final class ChartRenderer {

    private ChartRenderer() {
    }

    static Image draw(PdfWriter writer, PdfFonts fonts, JFreeChart chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts.fontMapper());
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("Cannot place the chart: " + e.getMessage(), e);
        }
    }
}
