package org.councilpolicy.core.text;

/**
 * Reads text written with a right-to-left override in the order a reader sees it. After U+202E (RIGHT-TO-LEFT
 * OVERRIDE) every character is displayed right to left until U+202C (POP DIRECTIONAL FORMATTING), U+2069, a
 * line break or the end of the text, so {@code "\u202Ekcuf"} is read "fuck": the stretch is reversed (by
 * clusters, so a combining mark stays on its letter) and the override dropped. Every character of the stretch
 * maps to the whole stretch as written, so offsets never run backwards (rules rely on spans in text order) and
 * a word found in it is reported as the reversed stretch a reader sees. Other direction controls do not change the reading order of Latin letters or digits; the
 * invisible-character step drops them. Linear.
 */
final class ReadingOrder {

    private static final char RLO = '\u202E';

    private ReadingOrder() {
    }

    static MappedText apply(MappedText in) {
        String s = in.text();
        int first = s.indexOf(RLO);
        if (first < 0) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in).copy(0, first);
        int n = s.length();
        int i = first;
        while (i < n) {
            char c = s.charAt(i);
            if (c != RLO) {
                b.copy(i, i + 1);
                i++;
                continue;
            }
            int from = i + 1;
            int to = from;
            while (to < n && !ends(s.charAt(to))) {
                to++;
            }
            appendReversed(b, s, from, to);
            // The closing control is dropped as well; a line break, or a nested override, is read on.
            i = to < n && (s.charAt(to) == '\u202C' || s.charAt(to) == '\u2069') ? to + 1 : to;
        }
        return b.build();
    }

    private static boolean ends(char c) {
        return c == '\u202C' || c == '\u2069' || c == '\n' || c == '\r' || c == RLO;
    }

    /** Appends {@code s[from, to)} cluster by cluster from the last, each cluster in its own order. */
    private static void appendReversed(MappedText.Builder b, String s, int from, int to) {
        int clusterEnd = to;
        int k = to;
        while (k > from) {
            int cp = s.codePointBefore(k);
            k -= Character.charCount(cp);
            if (CharTables.isCombiningMark(cp) && k > from) {
                continue; // part of the cluster of the letter before it
            }
            for (int c = k; c < clusterEnd; c++) {
                b.append(s.charAt(c), from, to);
            }
            clusterEnd = k;
        }
    }
}
