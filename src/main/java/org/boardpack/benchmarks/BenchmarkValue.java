package org.boardpack.benchmarks;

import java.math.BigDecimal;

/**
 * One row of the canonical {@code benchmarks.csv}: a published figure for one indicator, year and area.
 *
 * @param indicatorId the catalogue's indicator id
 * @param year        canonical year: the year the reporting period ends in (see {@link EesValues#canonicalYear})
 * @param level       National, Regional or Local authority
 * @param laCode      3-digit old LA code for Local authority rows (e.g. "822"); empty for National and Regional
 * @param newLaCode   ONS code (E06000055 for an LA, E12000006 for a region, E92000001 for England); may be empty
 * @param laName      the area's name as published (for display only: never used as a key)
 * @param value       the published value, or null when suppressed or not published (never zero for missing)
 * @param line        1-based line in the canonical file it was read from, or 0 when built in memory
 */
public record BenchmarkValue(String indicatorId, int year, GeographicLevel level, String laCode, String newLaCode,
                             String laName, BigDecimal value, long line) {

    public BenchmarkValue {
        laCode = laCode == null ? "" : laCode;
        newLaCode = newLaCode == null ? "" : newLaCode;
        laName = laName == null ? "" : laName;
    }

    public BenchmarkValue(String indicatorId, int year, GeographicLevel level, String laCode, String newLaCode,
                          String laName, BigDecimal value) {
        this(indicatorId, year, level, laCode, newLaCode, laName, value, 0);
    }

    public boolean hasValue() {
        return value != null;
    }
}
