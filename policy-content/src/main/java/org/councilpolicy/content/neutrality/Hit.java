package org.councilpolicy.content.neutrality;

import java.util.Objects;

/**
 * One occurrence of a {@link Signal} phrase in a normalised text.
 *
 * @param signal what kind of phrase it is
 * @param start  start in the normalised text, inclusive
 * @param end    end in the normalised text, exclusive
 * @param label  the phrase's label (the party, the topic, the target kind) or the phrase itself
 */
public record Hit(Signal signal, int start, int end, String label) {
    /**
     * Validates the range.
     *
     * @param signal what kind of phrase it is
     * @param start  start in the normalised text, inclusive
     * @param end    end in the normalised text, exclusive
     * @param label  the phrase's label (the party, the topic, the target kind) or the phrase itself
     * @throws IllegalArgumentException when the range is negative or empty
     */
    public Hit {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad hit range [" + start + ", " + end + ")");
        }
    }
}
