package org.boardpack.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found in one validation pass, in the order found. */
public final class Problems {

    private final List<InputProblem> all = new ArrayList<>();

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

    /** Whether any error was reported against this line of this file (so the row is rejected). */
    public boolean hasErrorAt(String file, long line) {
        return all.stream().anyMatch(p -> p.isError() && p.file().equals(file) && p.line() == line);
    }
}
