package org.boardpack.input;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Formats validation problems for the operator (console) and as validation.csv. */
public final class ProblemReport {

    public static final List<String> CSV_HEADER = List.of("severity", "file", "line", "column", "problem", "expected");

    private ProblemReport() {
    }

    /** One line per problem, errors first, capped at {@code cap} lines with a count of the rest. */
    public static String format(List<InputProblem> problems, int cap) {
        List<InputProblem> ordered = problems.stream()
                .sorted((a, b) -> Boolean.compare(!a.isError(), !b.isError())).toList();
        long errors = problems.stream().filter(InputProblem::isError).count();
        StringBuilder sb = new StringBuilder();
        sb.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(problems.size() - errors).append(problems.size() - errors == 1 ? " warning" : " warnings").append('\n');
        int shown = 0;
        for (InputProblem p : ordered) {
            if (shown == cap) {
                sb.append("  ... and ").append(ordered.size() - cap).append(" more (see validation.csv)\n");
                break;
            }
            sb.append("  ").append(p).append('\n');
            shown++;
        }
        return sb.toString();
    }

    public static void writeCsv(List<InputProblem> problems, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (InputProblem p : problems) {
                csv.printRecord(FormulaText.csvCells(p.severity().name(), p.file(), p.line() > 0 ? p.line() : "", p.column(), p.found(), p.expected()));
            }
        }
    }
}
