package org.boardpack.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conventions of DfE's Explore Education Statistics (EES) tidy files: suppression codes, time periods, LA codes.
 */
public final class EesValues {

    /**
     * Cell codes DfE writes in place of a figure. All are read as missing (an empty value), never as zero:
     * {@code c} confidential / suppressed, {@code z} not applicable, {@code x} not available, {@code low} rounds to
     * zero but is not zero, {@code u} low reliability, {@code k} less than 0.5%, {@code :} not available.
     */
    public static final List<String> SUPPRESSION_CODES = List.of("c", "z", "x", "low", "u", "k", ":");

    private static final Set<String> SUPPRESSED = Set.copyOf(SUPPRESSION_CODES);
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern OLD_LA_CODE = Pattern.compile("\\d{3}");
    private static final Pattern ONS_CODE = Pattern.compile("[EWSNK]\\d{8}");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})(?:[-/]?)(\\d{2})");

    /** England's ONS code, used for the National row when a file has no country_code column. */
    public static final String ENGLAND_CODE = "E92000001";

    private EesValues() {
    }

    /** @return whether the trimmed cell is one of {@link #SUPPRESSION_CODES} (case-insensitive) */
    public static boolean isSuppressed(String cell) {
        return cell != null && SUPPRESSED.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * @return the number in the cell, or null when it is not a plain decimal number (e.g. "12.5", "-3", "0");
     *         blanks, suppression codes, "NaN", thousands separators and text all give null
     */
    public static BigDecimal parseNumber(String cell) {
        if (cell == null) return null;
        String t = cell.strip();
        if (t.isEmpty() || !DECIMAL.matcher(t).matches()) return null;
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The canonical year of an EES {@code time_period}: the year the reporting period ends in.
     * <ul>
     *   <li>{@code 2025} (reporting year to 31 March 2025, or a calendar year) gives 2025;</li>
     *   <li>{@code 202425} (financial or academic year 2024-25) gives 2025; so do {@code 2024-25} and
     *       {@code 2024/25};</li>
     * </ul>
     *
     * @return the year, or null when the text is none of these (e.g. "202426", "2025Q1", "")
     */
    public static Integer canonicalYear(String timePeriod) {
        if (timePeriod == null) return null;
        String t = timePeriod.strip();
        Matcher y = YEAR.matcher(t);
        if (t.length() == 4 && y.matches()) return Integer.parseInt(t);
        Matcher s = SPAN.matcher(t);
        if (s.matches()) {
            int start = Integer.parseInt(s.group(1));
            int end2 = Integer.parseInt(s.group(2));
            if ((start + 1) % 100 == end2) return start + 1;
        }
        return null;
    }

    /** @return whether the text is a 3-digit old LA code such as 822 */
    public static boolean isOldLaCode(String code) {
        return code != null && OLD_LA_CODE.matcher(code).matches();
    }

    /** @return whether the text is a 9-character ONS area code such as E06000055 */
    public static boolean isOnsCode(String code) {
        return code != null && ONS_CODE.matcher(code).matches();
    }
}
