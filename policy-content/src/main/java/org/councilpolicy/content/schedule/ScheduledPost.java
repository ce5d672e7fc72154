package org.councilpolicy.content.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * A post due to go out at a set time.
 *
 * @param id          the scheduling tool's id for it
 * @param scheduledAt when it is due
 */
public record ScheduledPost(String id, Instant scheduledAt) {
    /**
     * Validates that nothing is null.
     *
     * @param id          the scheduling tool's id for it
     * @param scheduledAt when it is due
     */
    public ScheduledPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }
}
