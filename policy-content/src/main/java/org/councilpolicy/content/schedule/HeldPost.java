package org.councilpolicy.content.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * A scheduled post that a pause holds back.
 *
 * @param post      the post as it was scheduled
 * @param releaseAt the earliest time it may go out: the end of the pause
 */
public record HeldPost(ScheduledPost post, Instant releaseAt) {
    /**
     * Validates that nothing is null.
     *
     * @param post      the post as it was scheduled
     * @param releaseAt the earliest time it may go out
     */
    public HeldPost {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(releaseAt, "releaseAt");
    }
}
