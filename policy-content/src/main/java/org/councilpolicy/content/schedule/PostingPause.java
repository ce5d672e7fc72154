package org.councilpolicy.content.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.councilpolicy.core.profile.Period;

/**
 * A declared pause in posting (SCC 4.4: after the death of a senior royal, about 10 days to the funeral): the
 * half-open window {@code [start, end)} in which nothing may go out.
 *
 * @param start  when the pause begins
 * @param end    when it ends (exclusive): the release time of held posts
 * @param reason why, e.g. "National mourning"
 */
public record PostingPause(Instant start, Instant end, String reason) {

    /** The expected length of a national mourning pause when none is given: 10 days (SCC 4.4). */
    public static final int DEFAULT_DAYS = 10;

    /** Local time of UK councils: day boundaries of date-based pauses are midnight in London. */
    public static final ZoneId LONDON = org.councilpolicy.core.profile.Profile.UK_ZONE;

    /**
     * Validates the window.
     *
     * @param start  when the pause begins
     * @param end    when it ends (exclusive)
     * @param reason why
     * @throws IllegalArgumentException when {@code end} is not after {@code start}
     */
    public PostingPause {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a pause must end after it starts: " + start + " to " + end);
        }
    }

    /**
     * A pause starting at {@code start} and lasting exactly {@code length}.
     *
     * @param start when the pause begins
     * @param length how long it lasts
     * @param reason why, e.g. "National mourning"
     * @return the pause
     */
    public static PostingPause starting(Instant start, Duration length, String reason) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("length must be positive: " + length);
        }
        return new PostingPause(start, start.plus(length), reason);
    }

    /**
     * A pause starting at {@code start} for the default {@value #DEFAULT_DAYS} days.
     *
     * @param start when the pause begins
     * @param reason why, e.g. "National mourning"
     * @return the pause
     */
    public static PostingPause starting(Instant start, String reason) {
        return starting(start, Duration.ofDays(DEFAULT_DAYS), reason);
    }

    /**
     * A pause of whole days in London time: from midnight at the start of {@code firstDay} to midnight after its {@code days}-th day. /
     *
     * @param firstDay the first day, in London
     * @param days how many days
     * @param reason why, e.g. "National mourning"
     * @return the pause
     */
    public static PostingPause days(LocalDate firstDay, int days, String reason) {
        Objects.requireNonNull(firstDay, "firstDay");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        return new PostingPause(firstDay.atStartOfDay(LONDON).toInstant(),
                firstDay.plusDays(days).atStartOfDay(LONDON).toInstant(), reason);
    }

    /**
     * The pause a profile's posting-pause period describes (its days inclusive, London time).
     *
     * @param period a posting pause from a profile
     * @return the pause
     */
    public static PostingPause of(Period period) {
        Objects.requireNonNull(period, "period");
        return new PostingPause(period.start().atStartOfDay(LONDON).toInstant(),
                period.end().plusDays(1).atStartOfDay(LONDON).toInstant(), period.name());
    }

    /**
     * Whether {@code time} falls within the pause ({@code start <= time < end}).
     *
     * @param time a moment
     * @return whether it is in the window
     */
    public boolean covers(Instant time) {
        Objects.requireNonNull(time, "time");
        return !time.isBefore(start) && time.isBefore(end);
    }

    /**
     * The London days the pause touches, as a profile {@link Period} (for {@code postingPauses}).
     *
     * @return the period, both ends inclusive
     */
    public Period toPeriod() {
        LocalDate first = LocalDate.ofInstant(start, LONDON);
        LocalDate last = LocalDate.ofInstant(end.minusNanos(1), LONDON);
        return new Period(reason, first, last);
    }
}
