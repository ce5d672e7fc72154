package org.councilpolicy.content.personaldata;

import java.util.Objects;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * Where a people detector found a private person's name, a child or a home address in a text. Holds offsets
 * only, never the text itself, so it is safe to log.
 *
 * @param kind   {@link PersonalDataKind#PERSON_NAME}, {@link PersonalDataKind#CHILD} or
 *               {@link PersonalDataKind#STREET_ADDRESS}
 * @param span   UTF-16 offsets into the original text, end exclusive
 * @param sure   whether a title or context cue backs it up ({@code false}: a person should review it)
 * @param reason why it was taken for personal data, in plain English (no personal data in it)
 */
public record PeopleMention(PersonalDataKind kind, Span span, boolean sure, String reason) {

    /**
     * Validates that nothing is null.
     *
     * @param kind   what was found
     * @param span   where, in the original text
     * @param sure   whether a title or context cue backs it up
     * @param reason why, in plain English
     */
    public PeopleMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether this mention's span overlaps {@code other}.
     *
     * @param other a span of the same text
     * @return whether the two share at least one character
     */
    public boolean overlaps(Span other) {
        return span.start() < other.end() && other.start() < span.end();
    }
}
