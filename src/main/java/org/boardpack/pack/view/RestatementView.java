package org.boardpack.pack.view;

import java.time.YearMonth;

/** An earlier figure changed by a later file, as shown: both figures to the indicator's decimals. */
public record RestatementView(String indicatorId, String indicatorName, YearMonth period, String monthLabel,
                              String team, Shown was, Shown now, String oldFile, String newFile) {
}
