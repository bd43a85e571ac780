package org.boardpack.input;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * rejects.csv: every input row left out under --skip-invalid, with its reasons and its content as read, so the
 * operator can correct and reload it. Files that could not be read at all are listed with line 0.
 */
public final class RejectsReport {

    public static final List<String> HEADER = List.of("file", "line", "reasons", "row");

    private RejectsReport() {
    }

    public static void writeCsv(Problems problems, OutputStream out) throws IOException {
        var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (InputProblem p : problems.fileErrors()) {
                csv.printRecord(FormulaText.csvCells(p.file(), 0, p.message(), "(whole file not read)"));
            }
            for (CsvRow row : problems.rejectedRows()) {
                List<String> reasons = new ArrayList<>();
                for (InputProblem p : problems.errors()) {
                    if (p.file().equals(row.file()) && p.line() == row.line()) {
                        reasons.add((p.column().isEmpty() ? "" : p.column() + ": ") + p.message());
                    }
                }
                String consequence = problems.consequenceOf(row);
                if (consequence != null) reasons.add(consequence);
                csv.printRecord(FormulaText.csvCells(row.file(), row.line(), String.join(" | ", reasons), asCsvLine(row)));
            }
        }
    }

    /** The row's values as one CSV line, in header order. */
    static String asCsvLine(CsvRow row) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
            p.printRecord(row.values().values());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }
}
