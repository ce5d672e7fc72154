package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;

/**
 * The collapsed-spacing view of the identifier text: every stretch written one character at a time with a single
 * space between ("W L 6 2 4 9 4 4 A", "T Q 9 5 R P", "4 1 1 1 …"), as people write an identifier to slip it past a
 * match, with the spaces taken out and each character's offset in the view kept. The identifier rules (National
 * Insurance numbers, postcodes, payment cards) read each stretch's compact form with their ordinary matchers and
 * map a match back with {@link #viewStart} and {@link #viewEnd}. Found in one pass that hops from space to space.
 *
 * @param start   where the stretch starts in the view
 * @param compact its characters, spaces taken out
 */
record SpacedOut(int start, String compact) {

    /** Fewest characters in a stretch: the shortest identifier read from one (a postcode) has five. */
    static final int MIN_LENGTH = 5;
    /**
     * Most characters in a stretch: a spaced-out identifier (at most a 19-digit card) with a few one-letter words
     * beside it. A longer stretch ("0 0 0 …" a megabyte long) is hostile or tabular text, not an identifier, and is
     * not read, so each rule's work per stretch stays bounded.
     */
    static final int MAX_LENGTH = 32;

    /** The view offset of the compact form's character {@code i}. */
    int viewStart(int i) {
        return start + 2 * i;
    }

    /** The view offset just after the compact form's character {@code i - 1} (the end of a match ending at i). */
    int viewEnd(int i) {
        return start + 2 * (i - 1) + 1;
    }

    /** Whether the compact form holds only digits. */
    boolean digitsOnly() {
        for (int i = 0; i < compact.length(); i++) {
            if (!IdentifierText.isDigit(compact.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The stretches of {@code s} of at least {@link #MIN_LENGTH} single characters, in order. */
    static List<SpacedOut> scan(String s) {
        List<SpacedOut> out = new ArrayList<>();
        int n = s.length();
        // a stretch's characters stand one before and one after a space: look only around spaces
        for (int p = s.indexOf(' '); p > 0 && p + 1 < n; p = s.indexOf(' ', p + 1)) {
            int i = p - 1;
            if (!single(s, i) || !single(s, p + 1)) {
                continue;
            }
            StringBuilder compact = new StringBuilder().append(s.charAt(i));
            int k = i;
            while (k + 2 < n && s.charAt(k + 1) == ' ' && single(s, k + 2)) {
                k += 2;
                compact.append(s.charAt(k));
            }
            if (compact.length() >= MIN_LENGTH && compact.length() <= MAX_LENGTH) {
                out.add(new SpacedOut(i, compact.toString()));
            }
            p = k; // the next stretch starts after this one
        }
        return List.copyOf(out);
    }

    /** Whether a letter or digit stands alone at {@code i}: no letter or digit either side. */
    private static boolean single(String s, int i) {
        return i >= 0 && i < s.length() && IdentifierText.isAlnum(s.charAt(i)) && IdentifierText.boundary(s, i - 1)
                && IdentifierText.boundary(s, i + 1);
    }
}
