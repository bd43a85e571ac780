package org.boardpack.excel;

/**
 * A text cell that links to a place in the workbook (a hyperlink object, never a HYPERLINK formula).
 *
 * @param text    the cell text
 * @param address the target, e.g. {@code 'Data quality'!A1}
 */
record Link(String text, String address) {
}
