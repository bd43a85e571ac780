package org.boardpack.input;

/**
 * Text that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return). It is
 * kept exactly as typed and every writer outputs it as text; validation flags it so nobody is surprised.
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static boolean looksLikeFormula(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    /** Warns when the row's free-text column starts like a formula. */
    public static void flag(CsvRow row, String column, Problems problems) {
        String v = row.raw(column);
        if (looksLikeFormula(v)) {
            String shown = v.length() > 40 ? v.substring(0, 40) + "..." : v;
            problems.warning(row.file(), row.line(), row.column(column),
                    "text starts like a spreadsheet formula: " + shown.replace("\t", "\\t").replace("\r", "\\r"),
                    "it is kept exactly as typed and written as text, never run as a formula");
        }
    }
}
