package org.boardpack.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.PackModel;
import org.boardpack.csv.ResultsCsvWriter;

/** Reading a written workbook back as a user's tools would: tables by header name, cells as typed. */
final class WorkbookReading {

    private WorkbookReading() {
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's only table. */
    static XSSFTable table(XSSFSheet sheet) {
        List<XSSFTable> tables = sheet.getTables();
        if (tables.size() != 1) throw new AssertionError(sheet.getSheetName() + " has " + tables.size() + " tables");
        return tables.get(0);
    }

    /** The table's header names in order. */
    static List<String> headers(XSSFSheet sheet) {
        XSSFTable t = table(sheet);
        Row header = sheet.getRow(t.getStartRowIndex());
        List<String> names = new ArrayList<>();
        for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) names.add(header.getCell(c).getStringCellValue());
        return names;
    }

    /** The table's data rows, each a map from header to cell (cells may be null). */
    static List<Map<String, Cell>> rows(XSSFSheet sheet) {
        XSSFTable t = table(sheet);
        List<String> headers = headers(sheet);
        List<Map<String, Cell>> rows = new ArrayList<>();
        for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> m = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) m.put(headers.get(c), row == null ? null : row.getCell(t.getStartColIndex() + c));
            rows.add(m);
        }
        return rows;
    }

    /** A cell's content as a comparable text: type, value and number format. */
    static String content(Cell c) {
        if (c == null) return "<none>";
        String format = c.getCellStyle() == null ? "" : c.getCellStyle().getDataFormatString();
        return switch (c.getCellType()) {
            case STRING -> "S:" + c.getStringCellValue();
            case NUMERIC -> "N:" + c.getNumericCellValue() + ":" + format;
            case BOOLEAN -> "B:" + c.getBooleanCellValue();
            case FORMULA -> "F:" + c.getCellFormula();
            case BLANK -> "blank";
            default -> c.getCellType().toString();
        };
    }

    /** What a reader sees in the cell: its text, or the number shown with its number format. */
    static String shown(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK) return "";
        return new DataFormatter(java.util.Locale.UK).formatCellValue(c);
    }

    /** The decimals of a numeric cell's number format ("#,##0.0" has 1). */
    static int decimals(Cell c) {
        String f = c.getCellStyle().getDataFormatString();
        int dot = f.indexOf('.');
        return dot < 0 ? 0 : (int) f.substring(dot + 1).chars().filter(ch -> ch == '0').count();
    }

    /** results.csv for the pack, parsed, by indicator id. */
    static Map<String, CSVRecord> resultsCsv(PackModel pack) {
        byte[] csv = SamplePack.render(new ResultsCsvWriter(), pack);
        try (CSVParser p = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            Map<String, CSVRecord> byId = new LinkedHashMap<>();
            for (CSVRecord r : p) byId.put(r.get("indicator_id"), r);
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
