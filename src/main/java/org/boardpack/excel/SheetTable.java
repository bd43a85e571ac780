package org.boardpack.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * One accessible table on its own sheet: a title in A1, an optional note in A2, a single header row, data rows
 * with no blanks between them, as a named Excel table with filters, a frozen header and print set-up.
 */
final class SheetTable {

    static final int HEADER_ROW = 2;

    private SheetTable() {
    }

    /** A column: its header and width in characters. */
    record Column(String header, int width) {
    }

    /**
     * @param rows each value a String (written as text, never a formula), a {@link Num}, or null for blank
     * @return the table
     */
    static XSSFTable write(XSSFSheet sheet, ExcelStyles styles, String tableName, String title, String note,
                           List<Column> columns, List<List<Object>> rows, String marking) {
        Row titleRow = sheet.createRow(0);
        Cell t = titleRow.createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title());
        Row noteRow = sheet.createRow(1);
        noteRow.createCell(0).setCellValue(note == null ? "" : note);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        int r = HEADER_ROW + 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                Cell cell = row.createCell(c);
                if (v instanceof Num n) {
                    if (n.value() != null && !n.value().isNaN()) cell.setCellValue(n.value());
                    cell.setCellStyle(styles.number(n.decimals()));
                } else if (v != null) {
                    String s = v.toString();
                    cell.setCellValue(s);
                    cell.setCellStyle(styles.text(s));
                } else {
                    cell.setCellStyle(styles.wrap());
                }
            }
        }
        // a table needs at least one data row; an empty table gets one row saying so
        if (rows.isEmpty()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue("None");
        }
        int lastRow = r - 1;
        int lastCol = columns.size() - 1;
        AreaReference area = new AreaReference(new CellReference(HEADER_ROW, 0), new CellReference(lastRow, lastCol),
                sheet.getWorkbook().getSpreadsheetVersion());
        XSSFTable table = sheet.createTable(area);
        table.setName(tableName);
        table.setDisplayName(tableName);
        table.getCTTable().addNewTableStyleInfo().setName("TableStyleLight1");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        for (int c = 0; c <= lastCol; c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(columns.get(c).header());
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        printSetup(sheet, marking);
        return table;
    }

    static void printSetup(XSSFSheet sheet, String marking) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getHeader().setCenter(marking);
        sheet.getFooter().setCenter(marking);
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Colours the cells of a status column by their text (the text stays: colour is never the only cue). */
    static void statusFill(XSSFSheet sheet, int column, int firstRow, int lastRow, List<RagPalette> palettes) {
        if (lastRow < firstRow) return;
        SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(firstRow, lastRow, column, column)};
        String col = CellReference.convertNumToColString(column);
        for (RagPalette p : palettes) {
            ConditionalFormattingRule rule = scf.createConditionalFormattingRule(
                    "LEFT($" + col + (firstRow + 1) + "," + p.word().length() + ")=\"" + p.word() + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(hex(p.fillHex())));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            XSSFFontFormatting font = (XSSFFontFormatting) rule.createFontFormatting();
            font.setFontColor(new XSSFColor(hex(p.textHex())));
            scf.addConditionalFormatting(range, rule);
        }
    }

    static byte[] hex(String rgb) {
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
