package org.boardpack.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Lays charts out in a grid of equal boxes from a top-left cell, measured in pixels so the charts keep their size
 * whatever the widths of the columns they sit over.
 */
final class ChartGrid {

    static final int WIDTH_PX = 560;
    static final int HEIGHT_PX = 300;
    static final int GAP_PX = 16;
    static final int PER_ROW = 2;

    private final XSSFSheet sheet;
    private final int originCol;
    private final int originRow;
    /** The top of each row from the origin row down, in pixels from the origin; the first is 0. */
    private final List<Double> rowTops = new ArrayList<>(List.of(0.0));

    /** The height in points of each row (0-based) the grid lies over. */
    private final IntToDoubleFunction rowPoints;

    /** A grid over rows that are in {@code sheet}. */
    ChartGrid(XSSFSheet sheet, int originCol, int originRow) {
        this(sheet, originCol, originRow, r -> {
            Row row = sheet.getRow(r);
            return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        });
    }

    /** A grid over rows of the given heights (rows streamed out of memory), on columns of {@code sheet}. */
    ChartGrid(XSSFSheet sheet, int originCol, int originRow, IntToDoubleFunction rowPoints) {
        this.sheet = sheet;
        this.originCol = originCol;
        this.originRow = originRow;
        this.rowPoints = rowPoints;
    }

    /** The anchor of the chart at this position (0-based, left to right then down). */
    XSSFClientAnchor anchor(XSSFDrawing drawing, int index) {
        int x = (index % PER_ROW) * (WIDTH_PX + GAP_PX);
        int y = (index / PER_ROW) * (HEIGHT_PX + GAP_PX);
        int[] from = {0, 0, 0, 0};
        int[] to = {0, 0, 0, 0};
        column(x, from);
        row(y, from);
        column(x + WIDTH_PX, to);
        row(y + HEIGHT_PX, to);
        XSSFClientAnchor a = drawing.createAnchor(from[1], from[3], to[1], to[3], from[0], from[2], to[0], to[2]);
        a.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        return a;
    }

    /** Column and offset (EMU) of a pixel distance from the origin column: out[0], out[1]. */
    private void column(int px, int[] out) {
        int c = originCol;
        double left = px;
        while (true) {
            double w = sheet.getColumnWidthInPixels(c);
            if (left < w) break;
            left -= w;
            c++;
        }
        out[0] = c;
        out[1] = (int) Math.round(left * Units.EMU_PER_PIXEL);
    }

    /** Row and offset (EMU) of a pixel distance from the origin row: out[2], out[3]. */
    private void row(int px, int[] out) {
        // rows are measured once, as the grid reaches them, not from the origin again for every chart
        while (rowTops.get(rowTops.size() - 1) <= px) {
            float points = (float) rowPoints.applyAsDouble(originRow + rowTops.size() - 1);
            rowTops.add(rowTops.get(rowTops.size() - 1) + points * Units.PIXEL_DPI / Units.POINT_DPI);
        }
        int found = Collections.binarySearch(rowTops, (double) px);
        int i = found >= 0 ? found : -found - 2;
        out[2] = originRow + i;
        out[3] = (int) Math.round((px - rowTops.get(i)) * Units.EMU_PER_PIXEL);
    }
}
