package org.boardpack.input;

import java.util.List;


/** The inputs failed validation; the job stops before anything is loaded. Carries the full report. */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InvalidInputException(String message, List<InputProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
