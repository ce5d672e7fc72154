package org.councilpolicy.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import org.councilpolicy.core.rule.Span;

/**
 * An immutable, normalised view of a text that remembers, for every normalised character, which original
 * characters produced it, so that anything found in the normalised view can be reported against the original.
 *
 * <p>The original is processed one <em>cluster</em> at a time (a code point plus the combining marks that follow
 * it). Each cluster goes through these steps, and every character it produces maps back to the whole cluster:
 * <ol>
 *   <li>NFKC ({@code ﬁ → fi}, fullwidth and mathematical letters to ASCII, {@code e + ◌́ → é});</li>
 *   <li>removal of zero-width and invisible characters (U+200B–U+200F, U+2060–U+2064, bidi controls, U+FEFF,
 *       soft hyphen, U+180E, variation selectors, tag characters): they produce nothing;</li>
 *   <li>if {@link NormalisationOptions#stripDiacritics()}: NFD, then combining diacritical marks are dropped;</li>
 *   <li>if {@link NormalisationOptions#foldConfusables()}: Cyrillic, Greek and other look-alike letters become
 *       the Latin letter they imitate. This runs after diacritic stripping so that {@code ё} folds too;</li>
 *   <li>case folding per code point ({@code Character.toLowerCase(Character.toUpperCase(cp))}, which also folds
 *       {@code ς}, {@code ı}, {@code ſ} and never expands), then, with {@code stripDiacritics}, letters without a
 *       decomposition are expanded ({@code ß → ss}, {@code æ → ae}, {@code ø → o} ...);</li>
 *   <li>if {@link NormalisationOptions#leetspeak()}: {@code 0→o 1→i 3→e 4→a 5→s 7→t 8→b 9→g @→a $→s !→i |→l},
 *       but only inside a maximal run of letters, digits and those symbols that contains at least one letter,
 *       and never for {@code !} at the end of such a run (it is punctuation there). So {@code h3ll0 → hello} and
 *       {@code $h!t → shit}, while {@code 2024}, {@code £5} and {@code great!} are left alone.</li>
 * </ol>
 * Composition across clusters (e.g. Hangul jamo) is not performed; that keeps every offset mappable. Emoji and
 * other supplementary characters pass through unchanged. Construction is linear in the length of the text.
 */
public final class NormalisedText {

    private final String original;
    private final String text;
    private final NormalisationOptions options;
    /** Original offset of the first char of the cluster that produced each normalised char. */
    private final int[] starts;
    /** Original offset just past the cluster that produced each normalised char. */
    private final int[] ends;
    /**
     * What lexicons scan, computed on first use and shared by every lexicon scanning this text. A benign race:
     * threads may compute it twice, but the object is immutable (final fields), so any copy read is complete.
     */
    private LexiconSymbols symbols;

    private NormalisedText(String original, NormalisationOptions options) {
        this.original = original;
        this.options = options;
        Builder b = new Builder(original.length());
        int n = original.length();
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (CharTables.isInvisible(cp)) {
                i = next;
                continue;
            }
            int clusterEnd = next;
            while (clusterEnd < n) {
                int mark = original.codePointAt(clusterEnd);
                if (!CharTables.isCombiningMark(mark) || CharTables.isInvisible(mark)) {
                    break;
                }
                clusterEnd += Character.charCount(mark);
            }
            if (cp < 0x80 && clusterEnd == next) {
                b.append(asciiLower(cp), i, next);
            } else {
                String nfkc = Normalizer.normalize(original.substring(i, clusterEnd), Normalizer.Form.NFKC);
                appendCluster(b, nfkc, i, clusterEnd);
            }
            i = clusterEnd;
        }
        String folded = b.chars.toString();
        this.text = options.leetspeak() ? applyLeet(folded) : folded;
        this.starts = Arrays.copyOf(b.starts, b.size);
        this.ends = Arrays.copyOf(b.ends, b.size);
    }

    /** A view derived from another: leetspeak is a 1:1 character mapping, so the offsets are shared. */
    private NormalisedText(NormalisedText from, String text, NormalisationOptions options) {
        this.original = from.original;
        this.options = options;
        this.text = text;
        this.starts = from.starts;
        this.ends = from.ends;
    }

    private void appendCluster(Builder b, String nfkc, int from, int to) {
        for (int k = 0; k < nfkc.length(); ) {
            int cp = nfkc.codePointAt(k);
            k += Character.charCount(cp);
            if (CharTables.isInvisible(cp)) {
                continue;
            }
            if (options.stripDiacritics() && cp >= 0x80) {
                String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                for (int d = 0; d < nfd.length(); ) {
                    int base = nfd.codePointAt(d);
                    d += Character.charCount(base);
                    if (!CharTables.isDiacritic(base)) {
                        appendFolded(b, base, from, to);
                    }
                }
            } else {
                appendFolded(b, cp, from, to);
            }
        }
    }

    private void appendFolded(Builder b, int cp, int from, int to) {
        if (options.foldConfusables()) {
            cp = CharTables.foldConfusable(cp);
        }
        cp = cp < 0x80 ? asciiLower(cp) : Character.toLowerCase(Character.toUpperCase(cp));
        if (options.stripDiacritics()) {
            String expansion = CharTables.expansion(cp);
            if (expansion != null) {
                for (int k = 0; k < expansion.length(); k++) {
                    b.append(expansion.charAt(k), from, to);
                }
                return;
            }
        }
        b.append(cp, from, to);
    }

    private static int asciiLower(int cp) {
        return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    }

    /** The leetspeak step (last step, one char for one char); returns {@code s} itself when nothing changes. */
    private static String applyLeet(String s) {
        char[] cs = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isLeetRunChar(s.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            boolean hasLetter = false;
            boolean hasLeet = false;
            while (i < n && isLeetRunChar(s.charAt(i))) {
                char c = s.charAt(i);
                hasLetter |= Character.isLetter(c);
                hasLeet |= CharTables.leet(c) != 0;
                i++;
            }
            if (!hasLetter || !hasLeet) {
                continue;
            }
            int runEnd = i;
            while (runEnd > runStart && s.charAt(runEnd - 1) == '!') {
                runEnd--;
            }
            for (int k = runStart; k < runEnd; k++) {
                char mapped = CharTables.leet(s.charAt(k));
                if (mapped != 0) {
                    if (cs == null) {
                        cs = s.toCharArray();
                    }
                    cs[k] = mapped;
                }
            }
        }
        return cs == null ? s : new String(cs);
    }

    private static boolean isLeetRunChar(char c) {
        return Character.isLetterOrDigit(c) || CharTables.leet(c) != 0;
    }

    /**
     * Normalises {@code original} with {@link NormalisationOptions#DEFAULT}.
     *
     * @param original the original text
     * @return the normalised text
     */
    public static NormalisedText of(String original) {
        return of(original, NormalisationOptions.DEFAULT);
    }

    /**
     * Normalises {@code original} with the given options.
     *
     * @param original the original text
     * @param options how to normalise
     * @return the normalised text
     */
    public static NormalisedText of(String original, NormalisationOptions options) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(options, "options");
        return new NormalisedText(original, options);
    }

    /**
     * This text with the leetspeak step of {@link NormalisationOptions#leetspeak()} applied too: equal to
     * normalising {@link #original()} again with leetspeak on, but derived from this view without a second pass
     * over the original (leetspeak maps one character to one, so every offset is shared).
     *
     * @return this text when it was normalised with leetspeak already, otherwise the leetspeak view
     */
    public NormalisedText withLeetspeak() {
        if (options.leetspeak()) {
            return this;
        }
        return new NormalisedText(this, applyLeet(text),
                new NormalisationOptions(options.foldConfusables(), options.stripDiacritics(), true));
    }

    /** {@return the text as given} */
    public String original() {
        return original;
    }

    /** {@return the normalised view} */
    public String text() {
        return text;
    }

    /** {@return the options this text was normalised with} */
    public NormalisationOptions options() {
        return options;
    }

    /**
     * Length of the normalised view in UTF-16 code units.
     *
     * @return the length
     */
    public int length() {
        return starts.length;
    }

    /**
     * Offset in the original of the start of the cluster that produced the normalised char at {@code
     * normalisedIndex}; for {@code normalisedIndex == length()} returns {@code original().length()}.
     *
     * @param normalisedIndex an offset into the normalised text
     * @return the offset in the original text
     * @throws IndexOutOfBoundsException unless {@code 0 <= normalisedIndex <= length()}
     */
    public int originalIndex(int normalisedIndex) {
        Objects.checkIndex(normalisedIndex, starts.length + 1);
        return normalisedIndex == starts.length ? original.length() : starts[normalisedIndex];
    }

    /**
     * Maps the normalised range {@code [start, end)} to the smallest original span covering the characters
     * that produced it. Dropped invisible characters at the edges are never included; a character produced
     * by an expansion (a ligature, {@code ß → ss}) maps to its whole source character. An empty range maps
     * to the empty span at {@link #originalIndex(int) originalIndex(start)}.
     *
     * @param start first offset, inclusive
     * @param end last offset, exclusive
     * @return the original span
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= length()}
     */
    public Span toOriginal(int start, int end) {
        Objects.checkFromToIndex(start, end, starts.length);
        if (start == end) {
            int at = originalIndex(start);
            return new Span(at, at);
        }
        return new Span(starts[start], ends[end - 1]);
    }

    /**
     * The original characters {@code span} covers; {@code span} is an original span, e.g. from {@link
     * #toOriginal}.
     *
     * @param span a span of the original text
     * @return the original characters {@code span} covers; {@code span} is an original span, e.g
     */
    public String originalText(Span span) {
        Objects.requireNonNull(span, "span");
        return span.of(original);
    }

    LexiconSymbols symbols() {
        LexiconSymbols sym = symbols;
        if (sym == null) {
            sym = LexiconSymbols.of(text);
            symbols = sym;
        }
        return sym;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalisedText other && other.original.equals(original) && other.options.equals(options);
    }

    @Override
    public int hashCode() {
        return 31 * original.hashCode() + options.hashCode();
    }

    @Override
    public String toString() {
        // Deliberately content-free: texts may hold personal data and toString() ends up in logs.
        return "NormalisedText[originalLength=" + original.length() + ", length=" + starts.length + "]";
    }

    /** Growable parallel arrays. */
    private static final class Builder {
        final StringBuilder chars;
        int[] starts;
        int[] ends;
        int size;

        Builder(int capacity) {
            int cap = Math.max(16, capacity + 8);
            chars = new StringBuilder(cap);
            starts = new int[cap];
            ends = new int[cap];
        }

        void append(int cp, int from, int to) {
            if (Character.isBmpCodePoint(cp)) {
                add((char) cp, from, to);
            } else {
                add(Character.highSurrogate(cp), from, to);
                add(Character.lowSurrogate(cp), from, to);
            }
        }

        private void add(char c, int from, int to) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            chars.append(c);
            starts[size] = from;
            ends[size] = to;
            size++;
        }
    }
}
