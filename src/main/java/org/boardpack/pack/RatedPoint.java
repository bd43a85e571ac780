package org.boardpack.pack;

import java.time.YearMonth;

/** The figure RAG is judged on (year to date or rolling 12 months) as it stood at the end of one month. */
public record RatedPoint(YearMonth period, double value) {
}
