package org.councilpolicy.core.analysis;

import java.util.Objects;
import org.councilpolicy.core.rule.Span;

/**
 * One word of a text's lexical view.
 *
 * @param text     the word as normalised (lower case, tricks folded)
 * @param start    where it starts in the lexical view
 * @param end      where it ends in the lexical view
 * @param original its span in the original text
 */
public record Word(String text, int start, int end, Span original) {

    /**
     * Checks the parts.
     *
     * @param text     the word as normalised
     * @param start    where it starts in the lexical view
     * @param end      where it ends in the lexical view
     * @param original its span in the original text
     */
    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(original, "original");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad word range " + start + ".." + end);
        }
    }

    @Override
    public String toString() {
        return "Word[" + start + ".." + end + "]"; // never the word: it may be personal data
    }
}
