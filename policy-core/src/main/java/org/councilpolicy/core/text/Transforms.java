package org.councilpolicy.core.text;

import java.text.Normalizer;

/**
 * The built-in {@link Transform}s every normalised view is composed of. Each is linear in the text and returns
 * its input unchanged when it has nothing to do, so a plain ASCII text costs one pass per view.
 */
public final class Transforms {

    /**
     * At most this many combining marks are normalised together (the Stream-Safe Text Format's limit, UAX #15):
     * canonical reordering sorts the marks of a cluster, so one unbounded cluster would take quadratic time.
     */
    static final int MAX_MARKS = 30;

    private Transforms() {
    }

    /** {@return text written with a right-to-left override read in reading order; see {@link ReadingOrder}} */
    public static Transform readingOrder() {
        return ReadingOrder::apply;
    }

    /** {@return zero-width, invisible and formatting characters removed} */
    public static Transform removeInvisible() {
        return Transforms::removeInvisible;
    }

    /**
     * {@return NFKC per cluster (fullwidth, mathematical and enclosed letters and digits, ligatures), with at
     * most {@value #MAX_MARKS} combining marks normalised together}
     */
    public static Transform compatibility() {
        return Transforms::compatibility;
    }

    /** {@return decimal digits of every script ({@code ٣}, {@code ३}, {@code ３}) as ASCII digits} */
    public static Transform asciiDigits() {
        return Transforms::asciiDigits;
    }

    /** {@return combining diacritical marks removed ({@code é → e})} */
    public static Transform stripDiacritics() {
        return Transforms::stripDiacritics;
    }

    /**
     * {@return Cyrillic, Greek, Armenian look-alikes and small capitals folded to the Latin letter they imitate,
     * keeping case where the look-alike has one (small capitals become capitals)}
     */
    public static Transform lookAlikes() {
        return Transforms::lookAlikes;
    }

    /** {@return case folded per code point (never expands)} */
    public static Transform caseFold() {
        return Transforms::caseFold;
    }

    /** {@return lower-case letters without a decomposition expanded ({@code ß → ss}, {@code æ → ae})} */
    public static Transform expandLetters() {
        return Transforms::expandLetters;
    }

    /**
     * {@return leetspeak read as letters ({@code h3ll0 → hello}), one character for one; see
     * {@link NormalisedText} for when a character counts as leetspeak}
     */
    public static Transform leetspeak() {
        return in -> in.replaceOneForOne(Leet.apply(in.text()));
    }

    /**
     * {@return e-mail addresses written with the {@code @} and dots spelled out ({@code jo dot bloggs at gmail
     * dot com}, {@code jo[at]example[dot]com}) read with the symbols; see {@link SpelledSymbols}}
     */
    public static Transform spelledSymbols() {
        return SpelledSymbols::apply;
    }

    /**
     * {@return digits written as words ("oh seven seven double oh nine …") or with O and l for 0 and 1 inside a
     * digit group, read as the digits; see {@link SpelledDigits}}
     */
    public static Transform spelledDigits() {
        return SpelledDigits::apply;
    }

    /**
     * The letter a leetspeak character stands for in the {@link #leetspeak()} view ({@code 0→o 1→i 3→e 4→a
     * 5→s 7→t 8→b 9→g @→a $→s !→i |→l}): the one leetspeak table, which detectors reading further evasions
     * extend rather than copy.
     *
     * @param c a character
     * @return the letter, or {@code 0} when {@code c} is not a leetspeak character
     */
    public static char leetLetter(char c) {
        return CharTables.leet(c);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static MappedText removeInvisible(MappedText in) {
        String s = in.text();
        int first = -1;
        for (int i = 0; i < s.length() && first < 0; ) {
            int cp = s.codePointAt(i);
            if (CharTables.isInvisible(cp)) {
                first = i;
            }
            i += Character.charCount(cp);
        }
        if (first < 0) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in).copy(0, first);
        for (int i = first; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!CharTables.isInvisible(cp)) {
                b.append(cp, i, next);
            }
            i = next;
        }
        return b.build();
    }

    private static MappedText compatibility(MappedText in) {
        String s = in.text();
        if (isAscii(s)) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            int end = next;
            int marks = 0;
            while (end < n && marks < MAX_MARKS) {
                int mark = s.codePointAt(end);
                if (!CharTables.isCombiningMark(mark)) {
                    break;
                }
                end += Character.charCount(mark);
                marks++;
            }
            if (cp < 0x80 && end == next) {
                b.append(cp, i, next);
            } else {
                String cluster = s.substring(i, end);
                b.append(Normalizer.normalize(cluster, Normalizer.Form.NFKC), i, end);
            }
            i = end;
        }
        return b.build();
    }

    private static MappedText asciiDigits(MappedText in) {
        String s = in.text();
        if (isAscii(s)) {
            return in;
        }
        MappedText.Builder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            int digit = cp >= 0x80 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                    ? Character.digit(cp, 10) : -1;
            if (digit >= 0 && b == null) {
                b = new MappedText.Builder(in).copy(0, i);
            }
            if (b != null) {
                b.append(digit >= 0 ? '0' + digit : cp, i, next);
            }
            i = next;
        }
        return b == null ? in : b.build();
    }

    private static MappedText stripDiacritics(MappedText in) {
        String s = in.text();
        if (isAscii(s)) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                b.append(cp, i, next);
            } else if (!CharTables.isDiacritic(cp)) {
                String nfd = Normalizer.normalize(s.substring(i, next), Normalizer.Form.NFD);
                for (int d = 0; d < nfd.length(); ) {
                    int base = nfd.codePointAt(d);
                    d += Character.charCount(base);
                    if (!CharTables.isDiacritic(base)) {
                        b.append(base, i, next);
                    }
                }
            }
            i = next;
        }
        return b.build();
    }

    private static MappedText lookAlikes(MappedText in) {
        String s = in.text();
        if (isAscii(s)) {
            return in;
        }
        char[] cs = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int folded = CharTables.foldConfusable(c);
            if (folded != c) {
                if (cs == null) {
                    cs = s.toCharArray();
                }
                cs[i] = (char) folded;
            }
        }
        return cs == null ? in : in.replaceOneForOne(new String(cs));
    }

    private static MappedText caseFold(MappedText in) {
        String s = in.text();
        char[] cs = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char folded;
            if (c < 0x80) {
                folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isSurrogate(c)) {
                return caseFoldSupplementary(in);
            } else {
                int f = Character.toLowerCase(Character.toUpperCase((int) c));
                folded = Character.isBmpCodePoint(f) ? (char) f : c;
            }
            if (folded != c) {
                if (cs == null) {
                    cs = s.toCharArray();
                }
                cs[i] = folded;
            }
        }
        return cs == null ? in : in.replaceOneForOne(new String(cs));
    }

    /** Case folding for a text with supplementary characters, where a fold may change a character's length. */
    private static MappedText caseFoldSupplementary(MappedText in) {
        String s = in.text();
        MappedText.Builder b = new MappedText.Builder(in);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            int f = cp < 0x80 ? Character.toLowerCase(cp) : Character.toLowerCase(Character.toUpperCase(cp));
            b.append(f, i, next);
            i = next;
        }
        return b.build();
    }

    private static MappedText expandLetters(MappedText in) {
        String s = in.text();
        if (isAscii(s)) {
            return in;
        }
        MappedText.Builder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String expansion = CharTables.expansion(c);
            if (expansion != null && b == null) {
                b = new MappedText.Builder(in).copy(0, i);
            }
            if (b != null) {
                if (expansion != null) {
                    b.append(expansion, i, i + 1);
                } else {
                    b.copy(i, i + 1);
                }
            }
        }
        return b == null ? in : b.build();
    }
}
