package org.boardpack.input;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" hints for unknown ids. */
public final class Hints {

    private Hints() {
    }

    /** @return the known id closest to the unknown one (edit distance), or null when nothing is reasonably close */
    public static String closest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String u = unknown.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(u, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(3, unknown.length() / 2) ? best : null;
    }

    /** "unknown indicator id" message tail with the closest known id when there is one. */
    public static String unknownIdExpected(String unknown, Collection<String> known, String what) {
        String c = closest(unknown, known);
        return c == null ? "expected " + what + " from the catalogue (templates/indicators.csv)"
                : "expected " + what + " from the catalogue; did you mean \"" + c + "\"?";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
