package org.boardpack.excel;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** One sheet of the Excel pack: a title, one named table, and for some sheets charts. */
interface PackSheet {

    /** The sheet's name (tab). */
    String name();

    /** One line for the Contents sheet. */
    String description();

    /** The Excel table's name: unique in the workbook, no spaces. */
    default String tableName() {
        return name().replaceAll("[^A-Za-z0-9]", "") + "Table";
    }

    void write(XSSFSheet sheet, SheetContext ctx);

    /**
     * Whether the sheet's rows are written through POI's streaming writer (SXSSF), for a sheet that can have tens of
     * thousands of rows: then {@link #writeStreaming} is called instead of {@link #write}.
     */
    default boolean streamed() {
        return false;
    }

    /** Writes the rows through {@code rows} (a streaming sheet) and the table on {@code table}, the sheet behind it. */
    default void writeStreaming(Sheet rows, XSSFSheet table, SheetContext ctx) {
        write(table, ctx);
    }
}
