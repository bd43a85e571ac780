package org.boardpack.recommendations;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known id closest to a mistyped one, for "did you mean" hints. */
final class ClosestId {

    private ClosestId() {
    }

    /**
     * The closest known id: one that differs only in case, else one that contains the typed text or is contained in
     * it (the nearest in length), else the one at the smallest edit distance if that is at most a third of the
     * length (at least 2). Ties go to the alphabetically first. Empty when nothing is close.
     */
    static Optional<String> closest(String typed, Collection<String> known) {
        if (typed == null || typed.isBlank() || known.isEmpty()) return Optional.empty();
        String t = typed.strip().toLowerCase(Locale.ROOT);
        Comparator<String> alpha = Comparator.naturalOrder();
        Optional<String> sameButCase = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(t)).sorted(alpha).findFirst();
        if (sameButCase.isPresent()) return sameButCase;
        Optional<String> containing = known.stream()
                .filter(k -> {
                    String kl = k.toLowerCase(Locale.ROOT);
                    return kl.contains(t) || t.contains(kl);
                })
                .min(Comparator.<String>comparingInt(k -> Math.abs(k.length() - t.length())).thenComparing(alpha));
        if (containing.isPresent()) return containing;
        int limit = Math.max(2, t.length() / 3);
        return known.stream()
                .filter(k -> distance(t, k.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.<String>comparingInt(k -> distance(t, k.toLowerCase(Locale.ROOT))).thenComparing(alpha));
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
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
