package org.boardpack.indicators;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An April-to-March financial year, written "2026-27". */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public static FinancialYear of(YearMonth month) {
        return new FinancialYear(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
    }

    /** @return the year, or null unless the text is "YYYY-YY" with consecutive years */
    public static FinancialYear parse(String text) {
        if (text == null) return null;
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) return null;
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return (start + 1) % 100 == end ? new FinancialYear(start) : null;
    }

    public YearMonth firstMonth() {
        return YearMonth.of(startYear, 4);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(startYear + 1, 3);
    }

    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
