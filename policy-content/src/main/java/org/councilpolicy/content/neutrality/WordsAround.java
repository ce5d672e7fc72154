package org.councilpolicy.content.neutrality;

import java.util.List;

/** The words around an offset of a normalised text, for {@link DraftSignals}' navigation. */
final class WordsAround {

    /** Words of negation or deferral ("not", "never", "until"…): a hit after one does not assert what it says. */
    private static final List<String> NEGATIONS = List.of("not", "never", "before", "until", "yet", "cannot", "nor",
            "haven", "havent", "hasnt");

    private WordsAround() {
    }

    /** Whether {@code before} holds a negation or deferral word, or "n't". */
    static boolean negation(String before) {
        for (String w : NEGATIONS) {
            if (containsWord(before, w)) {
                return true;
            }
        }
        return before.contains("n't") || before.contains("n\u2019t");
    }

    static String wordAfter(String s, int end) {
        int i = end;
        if (i + 1 < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') && s.charAt(i + 1) == 's'
                && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
            i += 2;
        }
        boolean hyphen = false;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || (!hyphen && isHyphen(s.charAt(i))))) {
            hyphen |= isHyphen(s.charAt(i));
            i++;
        }
        int from = i;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(from, i);
    }

    static String wordBefore(String s, int start, int n) {
        int i = start;
        String word = "";
        for (int k = 0; k < n; k++) {
            boolean hyphen = false;
            while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t'
                    || (!hyphen && k == 0 && isHyphen(s.charAt(i - 1))))) {
                hyphen |= isHyphen(s.charAt(i - 1));
                i--;
            }
            int to = i;
            while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                i--;
            }
            word = s.substring(i, to);
            if (word.isEmpty()) {
                return "";
            }
        }
        return word;
    }

    static int wordBeforeStart(String s, int start, int n) {
        int i = start;
        for (int k = 0; k < n; k++) {
            while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t' || (k == 0 && isHyphen(s.charAt(i - 1))))) {
                i--;
            }
            while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    static boolean containsWord(String s, String w) {
        int i = s.indexOf(w);
        while (i >= 0) {
            boolean left = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            int e = i + w.length();
            boolean right = e == s.length() || !Character.isLetterOrDigit(s.charAt(e));
            if (left && right) {
                return true;
            }
            i = s.indexOf(w, i + 1);
        }
        return false;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }
}
