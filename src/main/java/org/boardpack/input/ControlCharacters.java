package org.boardpack.input;

import java.util.Locale;

/**
 * Control characters in input text: refused in names and single-line fields (a CR/LF in a member's name would
 * forge a line in the console and the log), and shown escaped (\r, \n, \t, \u0000) whenever text is echoed
 * in a message, so a message never carries a raw control character.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * A character no field may hold: C0 and C1 controls other than tab, CR and LF, DEL, the Unicode line and
     * paragraph separators, and the invisible bidirectional overrides and isolates that can make text read
     * differently from what it holds.
     */
    static boolean neverAllowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') return false;
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || isBidiControl(c);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * @param lineBreaksAllowed whether CR and LF are allowed (multi-line free text such as commentary)
     * @return the 0-based index of the first refused character, or -1
     */
    public static int find(String s, boolean lineBreaksAllowed) {
        if (s == null) return -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (neverAllowed(c) || (!lineBreaksAllowed && (c == '\n' || c == '\r'))) return i;
        }
        return -1;
    }

    /** "a line break (\r\n)" or "a control character (\u0007)" for the character at index. */
    public static String describe(String s, int index) {
        char c = s.charAt(index);
        if (c == '\r' || c == '\n') {
            String pair = c == '\r' && index + 1 < s.length() && s.charAt(index + 1) == '\n' ? "\r\n" : String.valueOf(c);
            return "a line break (" + escape(pair) + ")";
        }
        return "a control character (" + escape(String.valueOf(c)) + ")";
    }

    /** The text with every control character (and bidirectional control) written as an escape. */
    public static String escape(String s) {
        if (s == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> neverAllowed(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
            };
            if (esc != null && sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (sb != null) {
                if (esc != null) sb.append(esc);
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
