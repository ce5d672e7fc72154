package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal run of digit groups joined by single separators (space, no-break space or hyphen), such as
 * {@code 4111 1111 1111 1111}, {@code 943-476-5919} or {@code 12345678}. Detectors look at whole runs or at
 * consecutive groups of one run.
 */
final class DigitRun {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private DigitRun(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** Every run of {@code text}, in order; linear in its length. */
    static List<DigitRun> scan(String text) {
        List<DigitRun> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        List<Integer> s = new ArrayList<>();
        List<Integer> e = new ArrayList<>();
        while (i < n) {
            if (!IdentifierText.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            s.clear();
            e.clear();
            while (true) {
                int gs = i;
                while (i < n && IdentifierText.isDigit(text.charAt(i))) {
                    i++;
                }
                s.add(gs);
                e.add(i);
                if (i + 1 < n && isSeparator(text.charAt(i)) && IdentifierText.isDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            int[] sa = new int[s.size()];
            int[] ea = new int[e.size()];
            for (int k = 0; k < sa.length; k++) {
                sa[k] = s.get(k);
                ea[k] = e.get(k);
            }
            out.add(new DigitRun(text, sa, ea));
        }
        return out;
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00a0' || c == '\u2010' || c == '\u2011';
    }

    int groups() {
        return starts.length;
    }

    int start() {
        return starts[0];
    }

    int end() {
        return ends[ends.length - 1];
    }

    int groupStart(int g) {
        return starts[g];
    }

    int groupEnd(int g) {
        return ends[g];
    }

    int groupLength(int g) {
        return ends[g] - starts[g];
    }

    /** The separator after group {@code g}. */
    char separatorAfter(int g) {
        return text.charAt(ends[g]);
    }

    /** Number of digits in groups from..to (inclusive). */
    int digits(int from, int to) {
        int d = 0;
        for (int g = from; g <= to; g++) {
            d += ends[g] - starts[g];
        }
        return d;
    }

    /** The digits of groups from..to (inclusive), without separators. */
    String digitString(int from, int to) {
        StringBuilder sb = new StringBuilder(digits(from, to));
        for (int g = from; g <= to; g++) {
            sb.append(text, starts[g], ends[g]);
        }
        return sb.toString();
    }

    /** Whether the separators between groups from..to are all the same character. */
    boolean uniformSeparators(int from, int to) {
        for (int g = from + 1; g < to; g++) {
            if (separatorAfter(g) != separatorAfter(from)) {
                return false;
            }
        }
        return true;
    }

    /** The group lengths from..to, e.g. {@code [3, 3, 4]}. */
    int[] shape(int from, int to) {
        int[] out = new int[to - from + 1];
        for (int g = from; g <= to; g++) {
            out[g - from] = ends[g] - starts[g];
        }
        return out;
    }

    /**
     * Whether the characters just outside the run join it to something bigger: a letter or digit, or a
     * character that makes a number part of a date, price, decimal or reference ({@code / . , £ $ € # %}).
     * A full stop or comma followed by a non-digit (end of sentence) does not count.
     */
    boolean attached() {
        int b = start() - 1;
        if (b >= 0) {
            char c = text.charAt(b);
            if (Character.isLetterOrDigit(c) || "/£$€#\\_+".indexOf(c) >= 0
                    || ((c == '.' || c == ',' || c == ':') && b > 0 && IdentifierText.isDigit(text.charAt(b - 1)))) {
                return true;
            }
        }
        int a = end();
        if (a < text.length()) {
            char c = text.charAt(a);
            if (Character.isLetterOrDigit(c) || "/%_\\".indexOf(c) >= 0
                    || ((c == '.' || c == ',' || c == ':') && a + 1 < text.length()
                        && IdentifierText.isDigit(text.charAt(a + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether groups from..to are the whole run and nothing attaches to it. */
    boolean standalone(int from, int to) {
        return from == 0 && to == starts.length - 1 && !attached();
    }
}
