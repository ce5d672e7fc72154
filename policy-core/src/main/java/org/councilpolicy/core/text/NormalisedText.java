package org.councilpolicy.core.text;

import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Span;

/**
 * An immutable, normalised view of a text that remembers, for every normalised character, which original
 * characters produced it, so that anything found in the normalised view can be reported against the original.
 * It is the lexical view of {@link Normalisation}: one pipeline of offset-mapping {@link Transforms}, in order
 * <ol>
 *   <li>text written with a right-to-left override read in reading order;</li>
 *   <li>removal of zero-width, invisible and formatting characters (U+200B–U+200F, U+2060–U+2064, bidi
 *       controls, U+FEFF, soft hyphen, variation selectors, tag characters, every other format character);</li>
 *   <li>NFKC per cluster (a code point plus at most 30 combining marks, so time stays linear): {@code ﬁ → fi},
 *       fullwidth and mathematical letters to ASCII, {@code e + ◌́ → é};</li>
 *   <li>decimal digits of every script as ASCII digits;</li>
 *   <li>if {@link NormalisationOptions#stripDiacritics()}: NFD, then combining diacritical marks are dropped;</li>
 *   <li>if {@link NormalisationOptions#foldConfusables()}: Cyrillic, Greek, Armenian look-alikes and small
 *       capitals become the Latin letter they imitate. This runs after diacritic stripping so that {@code ё}
 *       folds too;</li>
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

    private final NormalisationOptions options;
    private final MappedText mapped;
    /**
     * What lexicons scan, computed on first use and shared by every lexicon scanning this text. A benign race:
     * threads may compute it twice, but the object is immutable (final fields), so any copy read is complete.
     */
    private LexiconSymbols symbols;
    /** The unions of lexicons that scan this text together, or null: each lexicon scans alone. */
    private final LexiconUnion[] unions;
    /** Each union's one scan of this text, computed on first use; the same benign race as {@link #symbols}. */
    private final UnionScan[] unionScans;

    private NormalisedText(MappedText mapped, NormalisationOptions options, LexiconUnion[] unions) {
        this.mapped = mapped;
        this.options = options;
        this.unions = unions;
        this.unionScans = unions == null ? null : new UnionScan[unions.length];
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
        return new NormalisedText(Normalisation.lexical(original, options), options, null);
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
        return new NormalisedText(Transforms.leetspeak().apply(mapped), options.withLeetspeak(true), null);
    }

    /** {@return the text as given} */
    public String original() {
        return mapped.original();
    }

    /** {@return the normalised view} */
    public String text() {
        return mapped.text();
    }

    /** {@return the view with its offset map, to compose further transforms on} */
    public MappedText mapped() {
        return mapped;
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
        return mapped.length();
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
        return mapped.originalIndex(normalisedIndex);
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
        return mapped.toOriginal(start, end);
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
        return span.of(mapped.original());
    }

    /**
     * This text, scanned by the members of each of {@code lexicons} together: each member then finds in it exactly
     * what it finds alone, with one scan per union instead of one per member. Other lexicons scan it alone.
     *
     * @param lexicons the unions; their options must be this text's, and a lexicon belongs to at most one of them
     * @return the same text (equal to this one) with those unions
     * @throws IllegalArgumentException when a union's options are not this text's
     */
    public NormalisedText scannedWith(List<LexiconUnion> lexicons) {
        Objects.requireNonNull(lexicons, "lexicons");
        for (LexiconUnion u : lexicons) {
            if (!Objects.requireNonNull(u, "union").options().equals(options)) {
                throw new IllegalArgumentException("a union scans texts normalised with " + u.options()
                        + ", this text is normalised with " + options);
            }
        }
        NormalisedText t = new NormalisedText(mapped, options, lexicons.toArray(LexiconUnion[]::new));
        t.symbols = symbols;
        return t;
    }

    /** The union scan {@code lexicon} reads this text through, or null when it is in none of this text's unions. */
    UnionScan unionScan(Lexicon<?> lexicon) {
        LexiconUnion[] us = unions;
        for (int i = 0; us != null && i < us.length; i++) {
            if (us[i].slot(lexicon) >= 0) {
                UnionScan scan = unionScans[i];
                if (scan == null) {
                    scan = new UnionScan(us[i], this);
                    unionScans[i] = scan;
                }
                return scan;
            }
        }
        return null;
    }

    LexiconSymbols symbols() {
        LexiconSymbols sym = symbols;
        if (sym == null) {
            sym = LexiconSymbols.of(mapped.text());
            symbols = sym;
        }
        return sym;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalisedText other && other.original().equals(original())
                && other.options.equals(options);
    }

    @Override
    public int hashCode() {
        return 31 * original().hashCode() + options.hashCode();
    }

    @Override
    public String toString() {
        // Deliberately content-free: texts may hold personal data and toString() ends up in logs.
        return "NormalisedText[originalLength=" + original().length() + ", length=" + length() + "]";
    }
}
