package org.councilpolicy.core.rule;

import java.util.Objects;

/**
 * A mechanical correction: replace the characters of {@code span} with {@code replacement}.
 *
 * @param span        where, in the original text
 * @param replacement the text to put there (never personal data)
 */
public record Fix(Span span, String replacement) {
    /**
     * Validates the components.
     *
     * @param span where, in the original text
     * @param replacement the text to put there (never personal data)
     */
    public Fix {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(replacement, "replacement");
    }
}
