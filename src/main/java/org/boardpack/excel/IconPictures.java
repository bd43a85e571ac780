package org.boardpack.excel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.view.MdcIcon;

/**
 * The Making Data Count icons as pictures in a table's icon column: each icon drawn once per workbook as a PNG
 * (Java2D), placed in its row's cell with the icon's meaning as the picture's alternative text (its description);
 * the next column holds the same meaning in words.
 */
final class IconPictures {

    static final String VARIATION_HEADER = "SPC variation icon";
    static final String ASSURANCE_HEADER = "SPC assurance icon";
    static final int PIXELS = 16;
    private static final int SCALE = 4; // drawn at 4x so it stays sharp when Excel zooms
    private static final Map<XSSFWorkbook, Map<MdcIcon, Integer>> PICTURES = new WeakHashMap<>();

    private IconPictures() {
    }

    /**
     * Places the icons in the column headed {@code header}, one per data row in order (null: no icon for that row).
     */
    static void place(XSSFSheet sheet, String header, List<MdcIcon> icons) {
        int column = column(sheet, header);
        if (column < 0) return;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < icons.size(); i++) {
            MdcIcon icon = icons.get(i);
            if (icon == null) continue;
            int row = SheetTable.FIRST_DATA_ROW + i;
            int emu = org.apache.poi.util.Units.EMU_PER_PIXEL;
            // within the one cell: 2 px in from its top left, 16 px square
            XSSFClientAnchor a = drawing.createAnchor(2 * emu, 2 * emu, (2 + PIXELS) * emu, (2 + PIXELS) * emu,
                    column, row, column, row);
            a.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            XSSFPicture pic = drawing.createPicture(a, picture(sheet.getWorkbook(), icon));
            var props = pic.getCTPicture().getNvPicPr().getCNvPr();
            props.setName("SPC icon: " + icon.label());
            props.setDescr(icon.label() + ": " + icon.meaning());
        }
    }

    private static int column(XSSFSheet sheet, String header) {
        Row h = sheet.getRow(SheetTable.HEADER_ROW);
        if (h == null) return -1;
        for (int c = 0; c < h.getLastCellNum(); c++) {
            if (h.getCell(c) != null && header.equals(h.getCell(c).getStringCellValue())) return c;
        }
        return -1;
    }

    private static synchronized int picture(XSSFWorkbook wb, MdcIcon icon) {
        return PICTURES.computeIfAbsent(wb, k -> new EnumMap<>(MdcIcon.class))
                .computeIfAbsent(icon, i -> wb.addPicture(png(i), Workbook.PICTURE_TYPE_PNG));
    }

    /** The icon: a filled circle in its colour with its letter in white, bold. */
    static byte[] png(MdcIcon icon) {
        int size = PIXELS * SCALE;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(Integer.parseInt(icon.colour(), 16)));
            g.fillOval(1, 1, size - 2, size - 2);
            g.setStroke(new BasicStroke(SCALE));
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (size * 0.6)));
            FontMetrics fm = g.getFontMetrics();
            int x = (size - fm.stringWidth(icon.letter())) / 2;
            int y = (size - fm.getHeight()) / 2 + fm.getAscent();
            g.drawString(icon.letter(), x, y);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
