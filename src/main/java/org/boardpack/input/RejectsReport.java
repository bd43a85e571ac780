package org.boardpack.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            for (Problems.LostFile lost : problems.lostFiles()) writeLostLines(lost, csv);
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

    /**
     * Each line of a file none of whose rows was read, as it is in the file, so that no lost row goes unlisted;
     * streamed from the file (it may be large). A binary file has no lines: its line-0 entry says why.
     */
    private static void writeLostLines(Problems.LostFile lost, CSVPrinter csv) throws IOException {
        if (lost.charset() == null || !Files.isRegularFile(lost.path())) return;
        String reason = "not read: the whole file was refused (" + lost.cause().message() + ")";
        try (BufferedReader in = Files.newBufferedReader(lost.path(), lost.charset())) {
            long lineNo = 0;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (lineNo < lost.firstLine() || line.isBlank()) continue;
                csv.printRecord(FormulaText.csvCells(lost.file(), lineNo, reason, ControlCharacters.escape(line)));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            // lines after the undecodable one cannot be told apart: the line-0 entry stands for them
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
