package org.councilpolicy.core.profile;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the nearest known name by edit distance, when it is near enough to be a typo. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The known name nearest to {@code given} (ignoring case), if within a typo's distance.
     *
     * @param given what the user wrote
     * @param known the names it may have meant
     * @return the nearest, or {@code null} when none is near
     */
    static String nearest(String given, Collection<String> known) {
        if (given.length() > 200) {
            return null; // a typo is short; do not spend quadratic time on a long string
        }
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(g, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, given.length() / 4) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
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
