package org.councilpolicy.core.text;

/**
 * The two pipelines every view of a text is made with, composed of {@link Transforms}:
 * <ul>
 *   <li>{@link #lexical(String, NormalisationOptions)}, what words and phrases are matched in ({@link NormalisedText}):
 *       right-to-left overrides read in reading order, invisible characters removed, NFKC per bounded cluster,
 *       digits of every script as ASCII, diacritics stripped, look-alikes folded, case folded, letters without a
 *       decomposition expanded, and, as a derived view with the same offsets, leetspeak;</li>
 *   <li>{@link #identifiers(String)}, what identifiers (phone numbers, e-mail addresses, postcodes…) are matched in:
 *       the same folding of tricks but keeping case and diacritics, plus spelled-out "at" and "dot".</li>
 * </ul>
 * A text of plain ASCII skips every step that could only change other characters.
 */
public final class Normalisation {

    private static final Transform UNICODE_TRICKS = Transforms.readingOrder()
            .andThen(Transforms.removeInvisible())
            .andThen(Transforms.compatibility())
            .andThen(Transforms.asciiDigits());

    private Normalisation() {
    }

    /**
     * The lexical view of {@code original}.
     *
     * @param original the text
     * @param options  the optional steps
     * @return the view, mapped to {@code original}
     */
    public static MappedText lexical(String original, NormalisationOptions options) {
        MappedText m = MappedText.of(original);
        boolean ascii = Transforms.isAscii(original);
        if (!ascii) {
            m = UNICODE_TRICKS.apply(m);
            if (options.stripDiacritics()) {
                m = Transforms.stripDiacritics().apply(m);
            }
            if (options.foldConfusables()) {
                m = Transforms.lookAlikes().apply(m);
            }
        }
        m = Transforms.caseFold().apply(m);
        if (!ascii && options.stripDiacritics()) {
            m = Transforms.expandLetters().apply(m);
        }
        return options.leetspeak() ? Transforms.leetspeak().apply(m) : m;
    }

    /**
     * The identifier view of {@code original}: Unicode tricks folded, spelled-out symbols and digits read, case
     * kept.
     *
     * @param original the text
     * @return the view, mapped to {@code original}
     */
    public static MappedText identifiers(String original) {
        MappedText m = MappedText.of(original);
        if (!Transforms.isAscii(original)) {
            m = Transforms.lookAlikes().apply(UNICODE_TRICKS.apply(m));
        }
        return Transforms.spelledDigits().apply(Transforms.spelledSymbols().apply(m));
    }
}
