package org.councilpolicy.content.personaldata;

/**
 * Where the sentence around a position of a text starts and ends, looking at most {@link #REACH} characters away:
 * after ". ", "! ", "? " or a line break (a full stop after a one- or two-letter abbreviation such as "St." or
 * "Mr." ends nothing). The owner cues ask this for every identifier they attribute, several times each; the
 * places where a backward look stops are found once, in one pass, on first use, so a text of a hundred thousand
 * numbers costs a binary search per question rather than a 200-character scan. Used by one thread (one text's
 * {@link OwnerCues}).
 */
final class SentenceBounds {

    /** How far a sentence's start or end is looked for, in characters. */
    static final int REACH = 200;

    private final String text;
    /**
     * Ascending positions {@code k > 0} where the backward look stops: a line break, or white space after an
     * unabbreviated {@code . ! ?}. {@code null} until first asked.
     */
    private int[] stops;

    SentenceBounds(String text) {
        this.text = text;
    }

    /** Where the sentence holding {@code pos} starts: after ". ", "! ", "? " or a line break, looking back 200. */
    int start(int pos) {
        int[] s = stops();
        int hi = Math.min(pos, text.length()) - 1; // the nearest stop at or before hi, and after pos - REACH
        int lo = 0;
        int top = s.length;
        while (lo < top) {
            int mid = (lo + top) >>> 1;
            if (s[mid] <= hi) {
                lo = mid + 1;
            } else {
                top = mid;
            }
        }
        if (lo > 0 && pos - s[lo - 1] < REACH) {
            int k = s[lo - 1];
            return text.charAt(k) == '\n' ? k + 1 : k;
        }
        return Math.max(0, pos - REACH);
    }

    /** Where the sentence holding {@code pos} ends (its {@code . ! ?} or line break), looking ahead 200. */
    int end(int pos) {
        for (int k = pos; k < text.length() && k - pos < REACH; k++) {
            char c = text.charAt(k);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && k + 1 < text.length()
                    && Character.isWhitespace(text.charAt(k + 1)) && !abbreviation(k))) {
                return k;
            }
        }
        return Math.min(text.length(), pos + REACH);
    }

    private int[] stops() {
        if (stops == null) {
            int count = 0;
            for (int pass = 0; pass < 2; pass++) {
                int[] out = pass == 0 ? null : new int[count];
                int n = 0;
                for (int k = 1; k < text.length(); k++) {
                    if (stop(k)) {
                        if (out != null) {
                            out[n] = k;
                        }
                        n++;
                    }
                }
                count = n;
                stops = out;
            }
        }
        return stops;
    }

    private boolean stop(int k) {
        char c = text.charAt(k);
        if (c == '\n') {
            return true;
        }
        char p = text.charAt(k - 1);
        return Character.isWhitespace(c) && (p == '.' || p == '!' || p == '?') && !abbreviation(k - 1);
    }

    /** A full stop after a one- or two-letter abbreviation ("St.", "Rd.", "Mr."), not a sentence end. */
    private boolean abbreviation(int dot) {
        int k = dot;
        // Three letters back settle it: a longer word is no abbreviation, however long it goes on.
        while (k > 0 && dot - k < 3 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return text.charAt(dot) == '.' && dot - k >= 1 && dot - k <= 2 && Character.isUpperCase(text.charAt(k));
    }
}
