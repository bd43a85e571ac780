package org.boardpack.pack.view;

import java.time.YearMonth;

/**
 * An earlier figure changed by a later file, as shown.
 *
 * @param note what changed when the figure shown did not: "85.2% both times: 202 of 237 became 208 of 244"; empty
 *             when the figure shown changed (or the edition withholds it)
 */
public record RestatementView(String indicatorId, String indicatorName, YearMonth period, String monthLabel,
                              String team, Shown was, Shown now, String note, String oldFile, String newFile) {
}
