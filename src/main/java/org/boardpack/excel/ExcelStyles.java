package org.boardpack.excel;

import org.boardpack.input.FormulaText;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, created once each (Excel limits the number of styles). */
final class ExcelStyles {

    private final XSSFWorkbook wb;
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle header;
    private final CellStyle wrap;
    private final CellStyle formulaLikeText;
    private final CellStyle link;
    private final CellStyle date;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    ExcelStyles(XSSFWorkbook wb) {
        this.wb = wb;
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        note = wb.createCellStyle();
        note.setVerticalAlignment(VerticalAlignment.TOP);
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
        XSSFFont linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[]{(byte) 0xFF, 0x05, 0x63, (byte) 0xC1}, null));
        link = wb.createCellStyle();
        link.cloneStyleFrom(wrap);
        link.setFont(linkFont);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle title() {
        return title;
    }

    CellStyle note() {
        return note;
    }

    CellStyle header() {
        return header;
    }

    CellStyle wrap() {
        return wrap;
    }

    CellStyle link() {
        return link;
    }

    CellStyle date() {
        return date;
    }

    /** Text style; text a spreadsheet would read as a formula gets the quote prefix. */
    CellStyle text(String value) {
        return looksLikeFormula(value) ? formulaLikeText : wrap;
    }

    CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    static boolean looksLikeFormula(String s) {
        return FormulaText.looksLikeFormula(s);
    }
}
