package org.councilpolicy.core.text;

import java.util.Objects;

/**
 * A word found by {@link Tokenizer}.
 *
 * @param start offset of the first char, inclusive
 * @param end   offset after the last char, exclusive
 * @param text  the characters in {@code [start, end)}
 */
public record Token(int start, int end, String text) {

    /**
     * Validates the range and that {@code text} has the range's length.
     *
     * @param start offset of the first char, inclusive
     * @param end offset after the last char, exclusive
     * @param text the characters in {@code [start, end)}
     */
    public Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ") with text length " + text.length());
        }
    }
}
