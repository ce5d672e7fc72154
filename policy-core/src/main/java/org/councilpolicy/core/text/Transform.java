package org.councilpolicy.core.text;

import java.util.Objects;

/**
 * One step of normalisation: maps a text to a text, keeping for every character the range of the original it
 * came from (after the transformer pipeline of the {@code obscenity} library). Transforms compose with
 * {@link #andThen}; the built-in ones are in {@link Transforms}. Each runs in time linear in the text.
 */
@FunctionalInterface
public interface Transform {

    /**
     * Transforms {@code in}.
     *
     * @param in the text so far
     * @return the transformed text, mapped to {@code in}'s original; {@code in} itself when nothing changes
     */
    MappedText apply(MappedText in);

    /**
     * This transform, then {@code next}.
     *
     * @param next the transform applied to this one's output
     * @return the composition
     */
    default Transform andThen(Transform next) {
        Objects.requireNonNull(next, "next");
        return in -> next.apply(apply(in));
    }
}
