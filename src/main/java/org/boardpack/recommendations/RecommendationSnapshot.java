package org.boardpack.recommendations;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.boardpack.input.CsvRow;

/**
 * One month's recommendations file after validation.
 *
 * @param month    the snapshot month (from the file name)
 * @param file     the file as the operator knows it, e.g. "recommendations/2026-10.csv"
 * @param items    the valid rows, in file order
 * @param rejected the rows that had at least one error (their reasons are in the Problems), in file order
 * @param usable   false when the file could not be read at all (missing, empty, bad header)
 */
public record RecommendationSnapshot(YearMonth month, String file, List<Recommendation> items, List<CsvRow> rejected,
                                     boolean usable) {

    public RecommendationSnapshot {
        items = List.copyOf(items);
        rejected = List.copyOf(rejected);
    }

    public Optional<Recommendation> find(String id) {
        return items.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Rows read, valid or not. */
    public int rowCount() {
        return items.size() + rejected.size();
    }
}
