package org.boardpack.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, created once each (Excel limits the number of styles). */
final class ExcelStyles {

    private final XSSFWorkbook wb;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle wrap;
    private final CellStyle formulaLikeText;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    ExcelStyles(XSSFWorkbook wb) {
        this.wb = wb;
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        formulaLikeText = wb.createCellStyle();
        formulaLikeText.cloneStyleFrom(wrap);
        // shown and kept as typed: editing the cell in Excel does not turn it into a formula
        formulaLikeText.setQuotePrefixed(true);
    }

    CellStyle title() {
        return title;
    }

    CellStyle header() {
        return header;
    }

    CellStyle wrap() {
        return wrap;
    }

    /** Text style; text a spreadsheet would read as a formula gets the quote prefix. */
    CellStyle text(String value) {
        return looksLikeFormula(value) ? formulaLikeText : wrap;
    }

    CellStyle number(int decimals) {
        return numbers.computeIfAbsent(decimals, d -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    static boolean looksLikeFormula(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }
}
