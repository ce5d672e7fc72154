package org.councilpolicy.content.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Plans a schedule around a declared posting pause (SC-1, SCC 4.4): every post due within the pause is held
 * until the pause ends; posts outside it stay as they are.
 *
 * <pre>{@code
 * PausePlan plan = PostingPausePlanner.plan(
 *         PostingPause.starting(announcedAt, "National mourning"),   // 10 days by default
 *         List.of(new ScheduledPost("p1", Instant.parse("2026-05-03T09:00:00Z"))));
 * plan.hold("p1").map(HeldPost::releaseAt);
 * }</pre>
 * Stateless and thread-safe.
 */
public final class PostingPausePlanner {

    private PostingPausePlanner() {
    }

    /**
     * Holds every post due within {@code pause} until it ends.
     *
     * @param pause the declared pause
     * @param posts the scheduled posts
     * @return which posts to hold and until when, and which stay
     */
    public static PausePlan plan(PostingPause pause, List<ScheduledPost> posts) {
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(posts, "posts");
        List<HeldPost> held = new ArrayList<>();
        List<ScheduledPost> unaffected = new ArrayList<>();
        for (ScheduledPost p : posts) {
            Objects.requireNonNull(p, "post");
            if (pause.covers(p.scheduledAt())) {
                held.add(new HeldPost(p, pause.end()));
            } else {
                unaffected.add(p);
            }
        }
        held.sort(Comparator.comparing((HeldPost h) -> h.post().scheduledAt()));
        return new PausePlan(pause, held, unaffected);
    }

    /**
     * Holds every post due within the default {@value PostingPause#DEFAULT_DAYS}-day pause from {@code start}.
     *
     * @param start when the pause begins
     * @param reason why, e.g. "National mourning"
     * @param posts the scheduled posts
     * @return which posts to hold and until when, and which stay
     */
    public static PausePlan plan(Instant start, String reason, List<ScheduledPost> posts) {
        return plan(PostingPause.starting(start, reason), posts);
    }
}
