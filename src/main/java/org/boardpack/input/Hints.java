package org.boardpack.input;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Locale;

/** "Did you mean ...?" hints for unknown ids. */
public final class Hints {

    private Hints() {
    }

    /**
     * The closest known id: one that differs only in case, else one that contains the typed text or is contained in
     * it (the nearest in length), else the one at the smallest edit distance if that is at most a third of the
     * length (at least 2). Ties go to the alphabetically first.
     *
     * @return the closest id, or null when nothing is close
     */
    public static String closest(String typed, Collection<String> known) {
        if (typed == null || typed.isBlank() || known.isEmpty()) return null;
        String t = typed.strip().toLowerCase(Locale.ROOT);
        Comparator<String> alpha = Comparator.naturalOrder();
        Optional<String> sameButCase = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(t)).sorted(alpha).findFirst();
        if (sameButCase.isPresent()) return sameButCase.get();
        Optional<String> containing = known.stream()
                .filter(k -> {
                    String kl = k.toLowerCase(Locale.ROOT);
                    return kl.contains(t) || t.contains(kl);
                })
                .min(Comparator.<String>comparingInt(k -> Math.abs(k.length() - t.length())).thenComparing(alpha));
        if (containing.isPresent()) return containing.get();
        int limit = Math.max(2, t.length() / 3);
        return known.stream()
                .filter(k -> distance(t, k.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.<String>comparingInt(k -> distance(t, k.toLowerCase(Locale.ROOT))).thenComparing(alpha))
                .orElse(null);
    }

    /** "unknown indicator id" message tail with the closest known id when there is one. */
    public static String unknownIdExpected(String unknown, Collection<String> known, String what) {
        String c = closest(unknown, known);
        return c == null ? "expected " + what + " from the catalogue (templates/indicators.csv)"
                : "expected " + what + " from the catalogue; did you mean \"" + c + "\"?";
    }

    /** Levenshtein distance. */
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
