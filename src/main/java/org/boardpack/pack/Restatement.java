package org.boardpack.pack;

import java.time.YearMonth;

/** A figure for an earlier period changed by a later file: both are kept, the latest is used. */
public record Restatement(String indicatorId, YearMonth period, String team, double oldValue, double newValue,
                          String oldFile, String newFile) {
}
