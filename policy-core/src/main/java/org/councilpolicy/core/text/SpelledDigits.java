package org.councilpolicy.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads identifiers written to evade a digit match (issue 11): digits as words ("oh seven seven double oh nine
 * …", "zero seven seven zero zero …"), at least {@value #MIN_DIGITS} digits in a row of number words and digit
 * groups separated only by spaces, commas or hyphens, become the digits, each mapped to its word; and the letters
 * O and l written for 0 and 1 inside a digit group ("077OO 9OO123") become the digits. One pass over the words,
 * so linear.
 */
final class SpelledDigits {

    static final int MIN_DIGITS = 8;
    /** Number words in a run, at least: "one two" inside a sentence stays prose. */
    private static final int MIN_WORDS = 3;

    private SpelledDigits() {
    }

    /** One token of a run: [start, end) read as {@code digits}. */
    private record Part(int start, int end, String digits, boolean word) {
    }

    static MappedText apply(MappedText in) {
        String s = in.text();
        int n = s.length();
        List<List<Part>> runs = null;
        List<Part> run = new ArrayList<>();
        int i = 0;
        int lastEnd = -1;
        boolean digitGroup = false; // whether a token starts with a digit: letterDigits reads only those
        while (i < n) {
            char c = s.charAt(i);
            if (!isAlnum(c)) {
                i++;
                continue;
            }
            int start = i;
            digitGroup |= c >= '0' && c <= '9' || letterZeroLead(s, start);
            while (i < n && isAlnum(s.charAt(i))) {
                i++;
            }
            Part p = part(s, start, i);
            if (p != null && "x".equals(p.digits())) {
                // "double"/"triple": doubles the next number word
                int j = i;
                while (j < n && s.charAt(j) == ' ') {
                    j++;
                }
                int k = j;
                while (k < n && isAlnum(s.charAt(k))) {
                    k++;
                }
                Part after = k > j ? part(s, j, k) : null;
                String next = after != null && after.word() && !"x".equals(after.digits()) ? after.digits() : null;
                if (next == null) {
                    p = null;
                } else {
                    boolean triple = s.regionMatches(true, start, "triple", 0, 6);
                    p = new Part(start, k, triple ? next.repeat(3) : next.repeat(2), true);
                    i = k;
                }
            }
            boolean joined = lastEnd >= 0 && separatorsOnly(s, lastEnd, p == null ? start : p.start());
            if ((p == null || !joined) && !run.isEmpty()) {
                runs = close(run, runs);
                run.clear();
            }
            if (p != null) {
                run.add(p);
                lastEnd = p.end();
            } else {
                lastEnd = -1;
            }
        }
        runs = close(run, runs);
        // A token taken as the word after "double" or "triple" starts with a letter, so every token starting with
        // a digit was seen above.
        List<int[]> letterDigits = digitGroup ? letterDigits(s) : List.of();
        if (runs == null && letterDigits.isEmpty()) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int k = 0;
        int r = 0;
        int q = 0;
        List<List<Part>> all = runs == null ? List.of() : runs;
        while (r < all.size() || q < letterDigits.size()) {
            boolean takeRun = q >= letterDigits.size()
                    || r < all.size() && all.get(r).get(0).start() < letterDigits.get(q)[0];
            if (takeRun) {
                List<Part> parts = all.get(r++);
                if (parts.get(0).start() < k) {
                    continue;
                }
                b.copy(k, parts.get(0).start());
                for (Part p : parts) {
                    b.append(p.digits(), p.start(), p.end());
                }
                k = parts.get(parts.size() - 1).end();
            } else {
                int[] t = letterDigits.get(q++);
                if (t[0] < k) {
                    continue;
                }
                b.copy(k, t[0]);
                for (int x = t[0]; x < t[1]; x++) {
                    char c = s.charAt(x);
                    b.append(c == 'O' || c == 'o' ? '0' : c == 'l' || c == 'I' ? '1' : c, x, x + 1);
                }
                k = t[1];
            }
        }
        return b.copy(k, n).build();
    }

    private static List<List<Part>> close(List<Part> run, List<List<Part>> runs) {
        int digits = 0;
        int words = 0;
        for (Part p : run) {
            digits += p.digits().length();
            words += p.word() ? 1 : 0;
        }
        if (digits >= MIN_DIGITS && words >= MIN_WORDS) {
            List<List<Part>> out = runs == null ? new ArrayList<>() : runs;
            out.add(List.copyOf(run));
            return out;
        }
        return runs;
    }

    /** The token [start, end) as digits: a number word, "double"/"triple" (marked "x"), a digit group; or null. */
    private static Part part(String s, int start, int end) {
        int len = end - start;
        char first = s.charAt(start);
        if (len <= 5 && first >= '0' && first <= '9' && allDigits(s, start, end)) {
            return new Part(start, end, s.substring(start, end), false);
        }
        char lower = Character.toLowerCase(first);
        if (len < 2 || len > 6 || !NUMBER_WORD_START[lower & 0x7f]) {
            return null;
        }
        // compared in place: most words of a text are none of these, and nothing is allocated for them
        if (len == 6 && (sameIgnoringCase(s, start, "double") || sameIgnoringCase(s, start, "triple"))) {
            return new Part(start, end, "x", true);
        }
        for (int k = 0; k < NUMBER_WORDS.length; k++) {
            String w = NUMBER_WORDS[k];
            if (w.length() == len && w.charAt(0) == lower && sameIgnoringCase(s, start, w)) {
                return new Part(start, end, DIGITS[k], true);
            }
        }
        return null;
    }

    /**
     * {@code s.regionMatches(true, start, word, 0, word.length())} for a lower-case ASCII {@code word}, with an ASCII
     * char that differs from the word's letter in more than case turning it away first (the call is dear, and "the"
     * is tried against "two").
     */
    private static boolean sameIgnoringCase(String s, int start, String word) {
        for (int j = 0; j < word.length(); j++) {
            char c = s.charAt(start + j);
            if (c < 0x80 && (c | 0x20) != word.charAt(j)) {
                return false;
            }
        }
        return s.regionMatches(true, start, word, 0, word.length());
    }

    private static final String[] NUMBER_WORDS = {"zero", "oh", "nought", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine"};
    private static final String[] DIGITS = {"0", "0", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    /** The first letters of the words above and of "double" and "triple": most words start otherwise. */
    private static final boolean[] NUMBER_WORD_START = new boolean[128];

    static {
        for (String w : NUMBER_WORDS) {
            NUMBER_WORD_START[w.charAt(0)] = true;
        }
        NUMBER_WORD_START['d'] = true;
        NUMBER_WORD_START['t'] = true;
    }

    /**
     * Digit groups with O or l written for 0 or 1: a token of 4+ chars, starting with a digit, 3+ digits; a token of
     * 4 to 6 chars opening with O and a digit, 2+ digits ("O79OO", a number's first group); or a
     * shorter group starting with a digit right after a group of 3+ digits ("07700 9OO 5l9": one space or hyphen
     * between), which only a number's later groups are.
     */
    private static List<int[]> letterDigits(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int groupEnd = -1; // end of the last group of 3+ digits (or a group read as one), for the short groups
        while (i < n) {
            if (!isAlnum(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            char first = s.charAt(start);
            boolean zeroLead = letterZeroLead(s, start);
            boolean afterGroup = groupEnd >= 0 && start - groupEnd == 1
                    && (s.charAt(groupEnd) == ' ' || s.charAt(groupEnd) == '-');
            // a later group of a number may open with its letter too ("07700 9OO l84"), never a first group
            if ((first < '0' || first > '9') && !zeroLead && !(afterGroup && swapLetter(first))) {
                // only a group that starts with a digit counts: skip the word without counting its letters
                while (i < n && isAlnum(s.charAt(i))) {
                    i++;
                }
                groupEnd = -1;
                continue;
            }
            int digits = 0;
            int swaps = 0;
            int others = 0;
            while (i < n && isAlnum(s.charAt(i))) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (swapLetter(c)) {
                    swaps++;
                } else {
                    others++;
                }
                i++;
            }
            if (swaps > 0 && others == 0 && (swaps <= 2 && digits >= 3 && i - start >= 4
                    || zeroLead && digits >= 2 && i - start >= 4 && i - start <= 6
                    || afterGroup && i - start <= 4 && digits >= 1)) {
                out.add(new int[] {start, i});
                groupEnd = i;
            } else {
                groupEnd = swaps == 0 && others == 0 && digits >= 3 ? i : -1;
            }
        }
        return out;
    }

    /**
     * Whether the token at {@code start} opens with a capital or small O written for the 0 every UK phone number and
     * most of its groups start with, a digit right after it ("O79OO 1l4 562", "o1392 …"): a word never does.
     */
    private static boolean letterZeroLead(String s, int start) {
        char c = s.charAt(start);
        if (c != 'O' && c != 'o' || start + 1 >= s.length()) {
            return false;
        }
        char d = s.charAt(start + 1);
        return d >= '1' && d <= '9' && (start == 0 || !isAlnum(s.charAt(start - 1)));
    }

    /** The letters written for 0 and 1. */
    private static boolean swapLetter(char c) {
        return c == 'O' || c == 'o' || c == 'l' || c == 'I';
    }

    private static boolean separatorsOnly(String s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != ',' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
