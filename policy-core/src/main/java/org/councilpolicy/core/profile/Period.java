package org.councilpolicy.core.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named span of days, both ends inclusive (a pre-election period, a posting pause).
 *
 * @param name  what it is, e.g. "County council elections 2027" or "National mourning"
 * @param start first day
 * @param end   last day
 */
public record Period(String name, LocalDate start, LocalDate end) {
    /**
     * Validates the components.
     *
     * @param name what it is, e.g. "County council elections 2027" or "National mourning"
     * @param start first day
     * @param end last day
     */
    public Period {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + name + " ends before it starts");
        }
    }

    /**
     * Whether {@code day} falls within the period.
     *
     * @param day the day
     * @return whether {@code day} falls within the period
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
