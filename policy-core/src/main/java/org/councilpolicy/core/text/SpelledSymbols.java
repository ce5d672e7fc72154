package org.councilpolicy.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads e-mail addresses written with the {@code @} and the dots spelled out, the usual way of keeping an
 * address from being recognised: {@code jo dot bloggs at gmail dot com}, {@code jo[at]example[dot]com},
 * {@code jo (at) example (dot) com}, {@code jo {at} example.com}. The spelled symbol, with the spaces and
 * brackets around it, becomes {@code @} or {@code .} and maps back to all of it, so the address found maps to
 * exactly what was written.
 *
 * <p>Only the shape of an address is rewritten: a local part, the at-sign, and a domain of at least two labels
 * whose last is two or more letters. A bare spaced "at" also needs a spelled "dot" in the address, so that
 * "more at gov.uk/bins" or "see us at www.example.org" stay as they are. Labels are bounded (64 characters, ten
 * labels), so the rewrite is linear in the text.
 */
final class SpelledSymbols {

    private static final int MAX_LABEL = 64;
    private static final int MAX_LABELS = 10;
    /** Top-level domains longer than two letters accepted after a spelled dot (two letters: any country). */
    private static final Set<String> GENERIC_TLDS = Set.of("com", "org", "net", "gov", "edu",
            "info", "biz", "scot", "wales", "cymru", "london", "mail", "email", "online", "app", "dev", "xyz",
            "live", "life", "club", "site", "website", "shop", "store", "tech", "blog", "media", "nhs", "police");

    private SpelledSymbols() {
    }

    /** One rewrite: [start, end) of the text becomes {@code c}. */
    private record Edit(int start, int end, char c) {
    }

    static MappedText apply(MappedText in) {
        String s = in.text();
        if (!bracketOrDot(s)) {
            return in; // every rewrite has a bracketed "at" or a spelled "dot": most texts have neither
        }
        List<Edit> edits = null;
        int n = s.length();
        int floor = 0; // nothing before this is read again: keeps the scan linear
        for (int pos = 1; pos < n; pos++) {
            char c = s.charAt(pos);
            if (!(c == ' ' || isOpen(c)) || !isLocal(s.charAt(pos - 1)) || pos <= floor) {
                continue;
            }
            Marker at = markerFrom(s, pos, "at");
            if (at == null) {
                continue;
            }
            List<Edit> address = address(s, floor, pos, at);
            if (address != null) {
                if (edits == null) {
                    edits = new ArrayList<>();
                }
                edits.addAll(address);
                floor = address.get(address.size() - 1).end();
                pos = floor;
            }
        }
        if (edits == null) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int k = 0;
        for (Edit e : edits) {
            b.copy(k, e.start());
            b.append(e.c(), e.start(), e.end());
            k = e.end();
        }
        return b.copy(k, n).build();
    }

    /**
     * Whether {@code s} has an opening bracket or "dot" in any case (no char outside ASCII equals 'd', 'o' or 't'
     * ignoring case), as an address rewritten by {@link #address} needs.
     */
    private static boolean bracketOrDot(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isOpen(c) || (c | 0x20) == 'd' && i + 2 < n && (s.charAt(i + 1) | 0x20) == 'o'
                    && (s.charAt(i + 2) | 0x20) == 't') {
                return true;
            }
        }
        return false;
    }

    /** A spelled symbol at [start, end), bracketed or only spaced. */
    private record Marker(int start, int end, boolean bracketed) {
    }

    /**
     * The edits making an address of the local part ending at {@code localEnd} and the domain after {@code at},
     * or {@code null} when they do not have an address's shape.
     */
    private static List<Edit> address(String s, int floor, int localEnd, Marker at) {
        List<Edit> edits = new ArrayList<>();
        boolean spelledDot = false;
        // The local part, read backwards: labels joined by literal dots or spelled ones.
        int k = localEnd;
        for (int labels = 0; labels < MAX_LABELS; labels++) {
            int start = k;
            while (start > floor && localEnd - start < MAX_LABEL * MAX_LABELS && isLocal(s.charAt(start - 1))) {
                start--;
            }
            if (start == k) {
                return null;
            }
            Marker dot = markerBefore(s, floor, start, "dot");
            if (dot == null) {
                break;
            }
            edits.add(0, new Edit(dot.start(), dot.end(), '.'));
            spelledDot = true;
            k = dot.start();
        }
        edits.add(new Edit(at.start(), at.end(), '@'));
        // The domain: labels joined by literal dots or spelled ones; at least two, the last all letters.
        int n = s.length();
        int p = at.end();
        int labels = 0;
        int lastLabelStart = -1;
        int lastLabelEnd = -1;
        int editsBeforeDomain = edits.size();
        boolean lastSpelled = false;
        while (labels < MAX_LABELS) {
            int start = p;
            while (p < n && p - start < MAX_LABEL && isDomain(s.charAt(p))) {
                p++;
            }
            if (p == start) {
                break;
            }
            labels++;
            lastLabelStart = start;
            lastLabelEnd = p;
            if (p + 1 < n && s.charAt(p) == '.' && isDomain(s.charAt(p + 1))) {
                p++;
                lastSpelled = false;
                continue;
            }
            Marker dot = markerFrom(s, p, "dot");
            if (dot == null || dot.end() >= n || !isDomain(s.charAt(dot.end()))) {
                break;
            }
            edits.add(new Edit(dot.start(), dot.end(), '.'));
            spelledDot = true;
            lastSpelled = true;
            p = dot.end();
        }
        if (labels < 2 || !isTld(s, lastLabelStart, lastLabelEnd, lastSpelled) || !(at.bracketed() || spelledDot)) {
            return null;
        }
        // A spelled dot after the last label belongs to the sentence, not the address.
        while (edits.size() > editsBeforeDomain && edits.get(edits.size() - 1).start() >= lastLabelEnd) {
            edits.remove(edits.size() - 1);
        }
        return edits;
    }

    /**
     * Whether [start, end) can end a domain: letters only; after a spelled dot (where a plain word could follow
     * "dot"), a country code or a known generic domain.
     */
    private static boolean isTld(String s, int start, int end, boolean afterSpelledDot) {
        if (end - start < 2 || end - start > 24) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isAsciiLetter(s.charAt(i))) {
                return false;
            }
        }
        return !afterSpelledDot || end - start == 2
                || GENERIC_TLDS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** A spelled {@code word} starting at {@code pos} (at its spaces or bracket), or {@code null}. */
    private static Marker markerFrom(String s, int pos, String word) {
        int n = s.length();
        int p = skipSpaces(s, pos);
        boolean spaced = p > pos;
        char open = p < n ? s.charAt(p) : 0;
        boolean bracketed = isOpen(open);
        if (bracketed) {
            p = skipSpaces(s, p + 1);
        } else if (!spaced) {
            return null;
        }
        // An ASCII char can equal the word's first letter (lower-case ASCII) ignoring case only as that letter:
        // most words are turned away here, before the case-insensitive comparison.
        if (p >= n || s.charAt(p) < 0x80 && (s.charAt(p) | 0x20) != word.charAt(0)
                || !s.regionMatches(true, p, word, 0, word.length())) {
            return null;
        }
        p += word.length();
        if (bracketed) {
            p = skipSpaces(s, p);
            if (p >= n || s.charAt(p) != close(open)) {
                return null;
            }
            return new Marker(pos, skipSpaces(s, p + 1), true);
        }
        int end = skipSpaces(s, p);
        return end > p && end - p <= 2 ? new Marker(pos, end, false) : null;
    }

    /** A spelled {@code word} ending at {@code pos} (with its spaces or bracket), or {@code null}. */
    private static Marker markerBefore(String s, int floor, int pos, String word) {
        int p = pos;
        while (p > floor && s.charAt(p - 1) == ' ' && pos - p < 3) {
            p--;
        }
        boolean spaced = p < pos;
        char close = p > floor ? s.charAt(p - 1) : 0;
        boolean bracketed = close == ']' || close == ')' || close == '}' || close == '>';
        if (bracketed) {
            p--;
            while (p > floor && s.charAt(p - 1) == ' ') {
                p--;
            }
        } else if (!spaced) {
            return null;
        }
        int w = p - word.length();
        if (w < floor || !s.regionMatches(true, w, word, 0, word.length())) {
            return null;
        }
        int start = w;
        if (bracketed) {
            while (start > floor && s.charAt(start - 1) == ' ') {
                start--;
            }
            if (start == floor || close(s.charAt(start - 1)) != close) {
                return null;
            }
            start--;
        }
        int begin = start;
        while (begin > floor && s.charAt(begin - 1) == ' ' && start - begin < 2) {
            begin--;
        }
        if (!bracketed && begin == start) {
            return null;
        }
        return new Marker(begin, pos, bracketed);
    }

    private static int skipSpaces(String s, int p) {
        int q = p;
        while (q < s.length() && s.charAt(q) == ' ' && q - p < 2) {
            q++;
        }
        return q;
    }

    private static boolean isOpen(char c) {
        return c == '[' || c == '(' || c == '{' || c == '<';
    }

    private static char close(char open) {
        switch (open) {
            case '[': return ']';
            case '(': return ')';
            case '{': return '}';
            case '<': return '>';
            default: return 0;
        }
    }

    private static boolean isLocal(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+'
                || c == '-';
    }

    private static boolean isDomain(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
