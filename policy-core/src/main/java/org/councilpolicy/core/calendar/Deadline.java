package org.councilpolicy.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory response deadline.
 *
 * @param regime      the regime
 * @param received    the day the request was actually received
 * @param due         the last day for the response
 * @param workingDays the working days allowed (20 or 40); 0 for {@link Regime#UK_GDPR}, which counts months
 * @param counting    how the day of receipt was treated
 * @param extended    whether the statutory extension was applied
 */
public record Deadline(Regime regime, LocalDate received, LocalDate due, int workingDays, Counting counting,
                       boolean extended) {

    /**
     * Validates the deadline.
     *
     * @param regime      the regime
     * @param received    the day the request was actually received
     * @param due         the last day for the response
     * @param workingDays the working days allowed; 0 for UK GDPR
     * @param counting    how the day of receipt was treated
     * @param extended    whether the statutory extension was applied
     */
    public Deadline {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(counting, "counting");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0, got " + workingDays);
        }
        if (due.isBefore(received)) {
            throw new IllegalArgumentException("due " + due + " is before received " + received);
        }
    }
}
