package org.boardpack.input;

import java.util.Map;

/**
 * One data row of a CSV file, with the physical line it starts on.
 *
 * @param file    the file as shown to the operator
 * @param line    1-based physical line the record starts on
 * @param columns column name to 1-based position, from the header
 * @param values  the values by column name exactly as in the file
 */
public record CsvRow(String file, long line, Map<String, Integer> columns, Map<String, String> values) {

    /** @return the value without surrounding blanks, or "" when the column is absent or the cell blank */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }

    /** @return free text exactly as typed (a leading tab or "=" kept), or "" when absent */
    public String raw(String column) {
        String v = values.get(column);
        return v == null ? "" : v;
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }

    /** "name (column N)" for messages. */
    public String column(String name) {
        Integer pos = columns.get(name);
        return pos == null ? name : name + " (column " + pos + ")";
    }
}
