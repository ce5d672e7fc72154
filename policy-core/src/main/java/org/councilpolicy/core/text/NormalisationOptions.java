package org.councilpolicy.core.text;

/**
 * Which optional steps {@link NormalisedText} applies. NFKC, removal of invisible characters and case folding
 * are always applied.
 *
 * @param foldConfusables fold Cyrillic, Greek and other look-alike letters to their Latin counterparts
 * @param stripDiacritics remove combining diacritical marks ({@code é → e}) and expand a few letters that do not
 *                        decompose ({@code ß → ss}, {@code æ → ae}, {@code ø → o}, {@code ł → l} ...)
 * @param leetspeak       read digits and symbols used as letters ({@code h3ll0 → hello}); see
 *                        {@link NormalisedText} for when a character counts as leetspeak
 */
public record NormalisationOptions(boolean foldConfusables, boolean stripDiacritics, boolean leetspeak) {

    /** Confusables folded, diacritics stripped, leetspeak off. */
    public static final NormalisationOptions DEFAULT = new NormalisationOptions(true, true, false);

    /** Every optional step on, including leetspeak. */
    public static final NormalisationOptions LEETSPEAK = new NormalisationOptions(true, true, true);

    /** Only the mandatory steps (NFKC, invisible-character removal, case folding). */
    public static final NormalisationOptions MINIMAL = new NormalisationOptions(false, false, false);

    /** The constant with these steps when there is one, so that comparing options is mostly an identity check. */
    private static NormalisationOptions of(boolean foldConfusables, boolean stripDiacritics, boolean leetspeak) {
        if (foldConfusables && stripDiacritics) {
            return leetspeak ? LEETSPEAK : DEFAULT;
        }
        if (!foldConfusables && !stripDiacritics && !leetspeak) {
            return MINIMAL;
        }
        return new NormalisationOptions(foldConfusables, stripDiacritics, leetspeak);
    }

    /**
     * Returns a copy with {@code foldConfusables} set to {@code value}.
     *
     * @param value whether to fold look-alike characters
     * @return the copy
     */
    public NormalisationOptions withFoldConfusables(boolean value) {
        return of(value, stripDiacritics, leetspeak);
    }

    /**
     * Returns a copy with {@code stripDiacritics} set to {@code value}.
     *
     * @param value whether to strip diacritics
     * @return the copy
     */
    public NormalisationOptions withStripDiacritics(boolean value) {
        return of(foldConfusables, value, leetspeak);
    }

    /**
     * Returns a copy with {@code leetspeak} set to {@code value}.
     *
     * @param value whether to read leetspeak digits and symbols as letters
     * @return the copy
     */
    public NormalisationOptions withLeetspeak(boolean value) {
        return of(foldConfusables, stripDiacritics, value);
    }
}
