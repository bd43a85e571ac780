package org.boardpack.excel;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.boardpack.output.StopRequest;

/**
 * One accessible table on its own sheet: a title in A1, a note in A2, a single header row in row 3, data rows
 * with no blank rows between them, as a named Excel table (no filter buttons: the Analysis Function's checklist
 * leaves filtering to the reader), a frozen header and print set-up. No cell in the table is left empty: a missing
 * figure is coded {@code [x]}, one that does not apply {@code [z]} ({@link Blank}); only a chart's source cells stay
 * empty, so the chart breaks its line there rather than plotting a code as zero. Each row is as tall as its
 * wrapped text ({@link RowHeights}).
 */
final class SheetTable {

    static final int TITLE_ROW = 0;
    static final int NOTE_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    static final int STOP_CHECK_ROWS = 1000;
    static final String TRUNCATED = " [shortened: Excel holds at most 32,767 characters in a cell; see the input file]";

    private SheetTable() {
    }

    /**
     * A column: its header, width in characters, and the status fills for its cells (null for none).
     */
    record Column(String header, int width, StatusRules status) {
        Column(String header, int width) {
            this(header, width, null);
        }
    }

    /**
     * What to write.
     *
     * @param tableName Excel table name: unique in the workbook, letters and digits only
     * @param emptyText the single row's first cell when there are no rows (a table needs a data row)
     */
    record Spec(String tableName, String title, String note, List<Column> columns, String emptyText) {
    }

    /** Where the table landed: its first and last data rows (0-based, inclusive). */
    record Placed(XSSFTable table, int firstDataRow, int lastDataRow, int columnCount) {
    }

    /**
     * @param rows each value a String (written as text, never a formula), a {@link Num}, a {@link LocalDate},
     *             a {@link Link}, or null for a blank cell
     */
    static Placed write(XSSFSheet sheet, SheetContext ctx, Spec spec, List<List<Object>> rows) {
        return write(sheet, sheet, ctx, spec, rows.iterator(), true);
    }

    /**
     * As {@link #write(Sheet, XSSFSheet, SheetContext, Spec, Iterator)}, for a table that charts plot: its empty cells
     * stay empty (a chart reads a code as zero).
     */
    static Placed writeChartSource(Sheet sheet, XSSFSheet tableSheet, SheetContext ctx, Spec spec, List<List<Object>> rows) {
        return write(sheet, tableSheet, ctx, spec, rows.iterator(), false);
    }

    /**
     * Writes the rows through {@code sheet}, which may be a streaming (SXSSF) sheet that keeps only a window of rows
     * in memory, and the table and print set-up on {@code tableSheet}, the workbook's own sheet behind it.
     * Checks for a stop request every {@value #STOP_CHECK_ROWS} rows.
     */
    static Placed write(Sheet sheet, XSSFSheet tableSheet, SheetContext ctx, Spec spec, Iterator<List<Object>> rows) {
        return write(sheet, tableSheet, ctx, spec, rows, true);
    }

    private static Placed write(Sheet sheet, XSSFSheet tableSheet, SheetContext ctx, Spec spec,
                                Iterator<List<Object>> rows, boolean codeBlanks) {
        ExcelStyles styles = ctx.styles();
        List<Column> columns = spec.columns();
        checkHeaders(columns);
        Row titleRow = sheet.createRow(TITLE_ROW);
        Cell t = titleRow.createCell(0);
        t.setCellValue(spec.title());
        t.setCellStyle(styles.title());
        Row noteRow = sheet.createRow(NOTE_ROW);
        Cell n = noteRow.createCell(0);
        n.setCellValue(ctx.view().marking() + ". " + (spec.note() == null ? "" : spec.note()));
        n.setCellStyle(styles.note());
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        RowHeights.fit(header, columns, headerTexts(columns));
        int r = FIRST_DATA_ROW;
        while (rows.hasNext()) {
            List<Object> values = rows.next();
            if ((r - FIRST_DATA_ROW) % STOP_CHECK_ROWS == 0) StopRequest.check();
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException(spec.tableName() + ": row of " + values.size() + " values for "
                        + columns.size() + " columns");
            }
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                writeCell(sheet, ctx, row.createCell(c), codeBlanks && Blank.isEmpty(v) ? Blank.NOT_AVAILABLE : v);
            }
            RowHeights.fit(row, columns, values);
        }
        boolean empty = r == FIRST_DATA_ROW;
        if (empty) {
            Row row = sheet.createRow(r++);
            String none = spec.emptyText() == null ? "None" : spec.emptyText();
            writeCell(sheet, ctx, row.createCell(0), none);
            for (int c = 1; c < columns.size(); c++) {
                writeCell(sheet, ctx, row.createCell(c), codeBlanks ? Blank.NOT_APPLICABLE : null);
            }
            RowHeights.fit(row, columns, List.of(none));
        }
        int lastRow = r - 1;
        int lastCol = columns.size() - 1;
        AreaReference area = new AreaReference(new CellReference(HEADER_ROW, 0), new CellReference(lastRow, lastCol),
                sheet.getWorkbook().getSpreadsheetVersion());
        XSSFTable table = tableSheet.createTable(area);
        table.setName(spec.tableName());
        table.setDisplayName(spec.tableName());
        table.getCTTable().addNewTableStyleInfo().setName("TableStyleLight1");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        for (int c = 0; c <= lastCol; c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(columns.get(c).header());
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        printSetup(tableSheet, ctx.view().marking());
        if (!empty) {
            for (int c = 0; c <= lastCol; c++) {
                ctx.fills().apply(tableSheet, c, FIRST_DATA_ROW, lastRow, columns.get(c).status());
            }
        }
        return new Placed(table, FIRST_DATA_ROW, lastRow, columns.size());
    }

    private static void writeCell(Sheet sheet, SheetContext ctx, Cell cell, Object v) {
        ExcelStyles styles = ctx.styles();
        if (v instanceof Num num && num.code() != null) {
            cell.setCellValue(num.code()); // suppressed (partner edition): the code, as text
            cell.setCellStyle(styles.text(num.code()));
        } else if (v instanceof Num num) {
            if (!num.isBlank()) cell.setCellValue(num.value());
            cell.setCellStyle(styles.number(num.format()));
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date());
        } else if (v instanceof Blank blank) {
            cell.setCellValue(blank.code());
            cell.setCellStyle(styles.wrap());
        } else if (v instanceof Link link) {
            cell.setCellValue(link.text());
            Hyperlink h = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress(link.address());
            cell.setHyperlink(h);
            cell.setCellStyle(styles.link());
        } else if (v != null) {
            // text from an input file: always a string cell, never a formula, whatever it starts with
            String s = v.toString();
            if (s.length() > MAX_CELL_TEXT) s = s.substring(0, MAX_CELL_TEXT - TRUNCATED.length()) + TRUNCATED;
            cell.setCellValue(s);
            cell.setCellStyle(styles.text(s));
        } else {
            cell.setCellStyle(styles.wrap());
        }
    }

    private static List<Object> headerTexts(List<Column> columns) {
        return columns.stream().map(c -> (Object) c.header()).toList();
    }

    private static void checkHeaders(List<Column> columns) {
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.header().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("duplicate column header " + c.header());
            }
        }
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
}
