package org.boardpack.input;

import java.util.List;

/**
 * A CSV file read header-first. When the file could not be interpreted at all (missing, empty, unusable
 * header) {@code usable} is false and there are no rows; the reasons are in the problems list.
 */
public record CsvTable(String file, List<String> header, List<CsvRow> rows, boolean usable) {

    public static CsvTable unusable(String file) {
        return new CsvTable(file, List.of(), List.of(), false);
    }
}
