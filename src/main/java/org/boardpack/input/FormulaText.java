package org.boardpack.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return). It is
 * kept exactly as typed; validation flags it so nobody is surprised, the Excel writer stores it as a text cell
 * and the CSV writers neutralise it as OWASP recommends for CSV injection (see {@link #csvCells}).
 */
public final class FormulaText {

    /** A plain number such as -12.1 or +3: a spreadsheet reads it as a number, never as a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private FormulaText() {
    }

    public static boolean looksLikeFormula(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * One CSV cell made safe to open in a spreadsheet: a text cell that starts like a formula gets a leading
     * single quote (OWASP's CSV injection advice), so "=HYPERLINK(...)" is written "'=HYPERLINK(...)". Numbers,
     * whether numeric objects or text such as "-12.1", are left alone so that they stay numbers.
     */
    public static Object csvCell(Object cell) {
        if (cell instanceof CharSequence cs) {
            String s = cs.toString();
            if (looksLikeFormula(s) && !PLAIN_NUMBER.matcher(s).matches()) return "'" + s;
        }
        return cell;
    }

    /** Every cell of a CSV record through {@link #csvCell}; every CSV writer prints its records through this. */
    public static List<Object> csvCells(Iterable<?> cells) {
        List<Object> safe = new ArrayList<>();
        for (Object c : cells) safe.add(csvCell(c));
        return safe;
    }

    /** @see #csvCells(Iterable) */
    public static List<Object> csvCells(Object... cells) {
        return csvCells(java.util.Arrays.asList(cells));
    }

    /** Warns when the row's free-text column starts like a formula. */
    public static void flag(CsvRow row, String column, Problems problems) {
        String v = row.raw(column);
        if (looksLikeFormula(v)) {
            String shown = v.length() > 40 ? v.substring(0, 40) + "..." : v;
            problems.warning(row.file(), row.line(), row.column(column),
                    "text starts like a spreadsheet formula: " + shown,
                    "it is kept exactly as typed and written as text, never run as a formula");
        }
    }
}
