package org.councilpolicy.core.text;

import java.util.Objects;
import org.councilpolicy.core.rule.Span;

/**
 * One occurrence of a lexicon phrase.
 *
 * @param start    start in the normalised view ({@link NormalisedText#text()}), inclusive
 * @param end      end in the normalised view, exclusive
 * @param original the span of the original text that produced the match
 * @param phrase   the phrase exactly as it was added to the lexicon
 * @param payload  the payload it was added with
 * @param <T>      payload type
 */
public record LexiconMatch<T>(int start, int end, Span original, String phrase, T payload) {

    /**
     * Validates the range and that nothing is null.
     *
     * @param start start in the normalised view ({@link NormalisedText#text()}), inclusive
     * @param end end in the normalised view, exclusive
     * @param payload the payload it was added with
     * @param original the span of the original text that produced the match
     * @param phrase the phrase exactly as it was added to the lexicon
     */
    public LexiconMatch {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(payload, "payload");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad match range [" + start + ", " + end + ")");
        }
    }
}
