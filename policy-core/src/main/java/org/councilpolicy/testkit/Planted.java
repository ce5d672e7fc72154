package org.councilpolicy.testkit;

import java.util.Objects;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * Where a generator planted a piece of personal data in a {@link PlantedText}: its kind and its
 * UTF-16 offsets {@code [start, end)}. The span covers the value itself (the number, the address,
 * the name); context words such as "NHS number" or "born on" lie outside it, so a detector whose
 * finding takes in the context still <em>overlaps</em> the planted span. For
 * {@link PersonalDataKind#REQUEST_FOR_DETAILS} and {@link PersonalDataKind#FINANCIAL_REQUEST} the
 * span is the whole request, without its closing punctuation.
 *
 * @param kind  what was planted
 * @param start first offset, inclusive
 * @param end   last offset, exclusive
 */
public record Planted(PersonalDataKind kind, int start, int end) {

    /**
     * Validates the parts.
     *
     * @param kind  what was planted
     * @param start first offset, inclusive
     * @param end   last offset, exclusive
     */
    public Planted {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("planted span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /**
     * The planted span.
     *
     * @return the offsets as a {@link Span}
     */
    public Span span() {
        return new Span(start, end);
    }

    /**
     * Whether a finding's span shares at least one offset with this planted value.
     *
     * @param other a span, typically a finding's
     * @return whether they overlap
     */
    public boolean overlaps(Span other) {
        return other != null && span().overlaps(other);
    }

    Planted shift(int by) {
        return new Planted(kind, start + by, end + by);
    }
}
