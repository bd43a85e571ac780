package org.boardpack.input;

/**
 * One problem found in an input file.
 *
 * @param file     the file as the operator knows it (relative to the input or templates folder)
 * @param line     1-based physical line, or 0 when the problem concerns the whole file
 * @param column   column name or field (with its 1-based position when known), or empty for the whole row or file
 * @param found    what was found, quoted as in the file
 * @param expected what was expected, and how to fix it
 */
public record InputProblem(Severity severity, String file, long line, String column, String found, String expected) {

    public InputProblem {
        // text from the input is echoed in messages: never with a raw control character (it could forge a line)
        file = ControlCharacters.escape(file);
        column = column == null ? "" : ControlCharacters.escape(column);
        found = found == null ? "" : ControlCharacters.escape(found);
        expected = expected == null ? "" : ControlCharacters.escape(expected);
    }

    public static InputProblem error(String file, long line, String column, String found, String expected) {
        return new InputProblem(Severity.ERROR, file, line, column, found, expected);
    }

    public static InputProblem warning(String file, long line, String column, String found, String expected) {
        return new InputProblem(Severity.WARNING, file, line, column, found, expected);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:line" with ":column" when known. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (!column.isEmpty()) sb.append(" [").append(column).append(']');
        return sb.toString();
    }

    /** The one-line message the operator reads. */
    public String message() {
        StringBuilder sb = new StringBuilder();
        if (!found.isEmpty()) sb.append(found);
        if (!expected.isEmpty()) {
            if (sb.length() > 0) sb.append("; ");
            sb.append(expected);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return severity + " " + location() + ": " + message();
    }
}
