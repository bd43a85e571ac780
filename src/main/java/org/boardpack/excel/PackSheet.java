package org.boardpack.excel;

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
}
