package org.boardpack.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found in one validation pass, in the order found. */
public final class Problems {

    private final List<InputProblem> all = new ArrayList<>();
    private final List<CsvRow> rowsSeen = new ArrayList<>();

    public void add(InputProblem problem) {
        all.add(problem);
    }

    public void error(String file, long line, String column, String found, String expected) {
        add(InputProblem.error(file, line, column, found, expected));
    }

    public void warning(String file, long line, String column, String found, String expected) {
        add(InputProblem.warning(file, line, column, found, expected));
    }

    public void addAll(Problems other) {
        all.addAll(other.all);
        rowsSeen.addAll(other.rowsSeen);
    }

    public List<InputProblem> all() {
        return Collections.unmodifiableList(all);
    }

    public List<InputProblem> errors() {
        return all.stream().filter(InputProblem::isError).toList();
    }

    public List<InputProblem> warnings() {
        return all.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(InputProblem::isError);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Records a data row read from a file, so that rejected rows can be listed with their content. */
    public void seen(CsvRow row) {
        rowsSeen.add(row);
    }

    public List<CsvRow> rowsSeen() {
        return Collections.unmodifiableList(rowsSeen);
    }

    /** Every data row read that has an error reported against its line, in the order read. */
    public List<CsvRow> rejectedRows() {
        java.util.Set<String> bad = new java.util.HashSet<>();
        for (InputProblem p : all) {
            if (p.isError() && p.line() > 0) bad.add(p.file() + "|" + p.line());
        }
        return rowsSeen.stream().filter(r -> bad.contains(r.file() + "|" + r.line())).toList();
    }

    /** The errors that concern a whole file rather than a row (e.g. a missing column): the file was not read. */
    public List<InputProblem> fileErrors() {
        return all.stream().filter(p -> p.isError() && p.line() == 0).toList();
    }

    /** Whether any error was reported against this line of this file (so the row is rejected). */
    public boolean hasErrorAt(String file, long line) {
        return all.stream().anyMatch(p -> p.isError() && p.file().equals(file) && p.line() == line);
    }
}
