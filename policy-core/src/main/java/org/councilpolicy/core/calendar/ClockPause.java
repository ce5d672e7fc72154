package org.councilpolicy.core.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period when the clock was stopped while awaiting clarification from the requester.
 *
 * <p>The clock stops at the end of {@code from} (the day clarification was asked for; that day still counts
 * if it is a working day) and restarts on {@code resumed} (the day the clarification arrived), the count
 * resuming with the next working day after it. So working days {@code d} with
 * {@code from < d <= resumed} are not counted. For a subject access request the due date moves on by the
 * number of calendar days from {@code from} to {@code resumed}.
 *
 * @param from    the day clarification was asked for
 * @param resumed the day the clarification was received, not before {@code from}
 */
public record ClockPause(LocalDate from, LocalDate resumed) {

    /**
     * Validates the pause.
     *
     * @param from    the day clarification was asked for
     * @param resumed the day the clarification was received, not before {@code from}
     */
    public ClockPause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(resumed, "resumed");
        if (resumed.isBefore(from)) {
            throw new IllegalArgumentException("resumed " + resumed + " is before from " + from);
        }
    }

    /**
     * Whether {@code date} falls in the paused interval {@code (from, resumed]}.
     *
     * @param date the date
     * @return true if the clock is stopped on that date
     */
    public boolean covers(LocalDate date) {
        return date.isAfter(from) && !date.isAfter(resumed);
    }

    /**
     * Calendar days paused: from {@code from} to {@code resumed}.
     *
     * @return the number of calendar days, at least 0
     */
    public long calendarDays() {
        return ChronoUnit.DAYS.between(from, resumed);
    }
}
