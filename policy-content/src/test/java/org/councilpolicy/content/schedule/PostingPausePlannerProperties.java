package org.councilpolicy.content.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

class PostingPausePlannerProperties {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void heldPostsLieInTheWindowAndNothingOutsideIsHeld() {
        Seeded.forAll(31, 1000, random -> {
            // Scheduled times within 60 days either side of the base, to the minute.
            int count = random.nextInt(0, 41);
            List<ScheduledPost> posts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long minute = random.nextLong(-60L * 24 * 60, 60L * 24 * 60 + 1);
                posts.add(new ScheduledPost("p" + i, BASE.plus(Duration.ofMinutes(minute))));
            }
            int startMinute = random.nextInt(-30 * 24 * 60, 30 * 24 * 60 + 1);
            int lengthMinutes = random.nextInt(1, 20 * 24 * 60 + 1);
            Instant start = BASE.plus(Duration.ofMinutes(startMinute));
            PostingPause pause = PostingPause.starting(start, Duration.ofMinutes(lengthMinutes), "mourning");
            PausePlan plan = PostingPausePlanner.plan(pause, posts);

            assertThat(plan.held().size() + plan.unaffected().size()).isEqualTo(posts.size());
            for (HeldPost h : plan.held()) {
                assertThat(h.post().scheduledAt()).isAfterOrEqualTo(pause.start()).isBefore(pause.end());
                assertThat(h.releaseAt()).isEqualTo(pause.end());
                assertThat(h.releaseAt()).isAfter(h.post().scheduledAt());
            }
            for (ScheduledPost p : plan.unaffected()) {
                assertThat(p.scheduledAt().isBefore(pause.start()) || !p.scheduledAt().isBefore(pause.end())).isTrue();
            }
        });
    }

    @Test
    void dayPausesRoundTripThroughProfilePeriods() {
        Seeded.forAll(32, 1000, random -> {
            PostingPause pause = PostingPause.days(java.time.LocalDate.of(2020, 1, 1)
                    .plusDays(random.nextInt(0, 3651)), random.nextInt(1, 31), "mourning");
            assertThat(PostingPause.of(pause.toPeriod())).isEqualTo(pause);
        });
    }
}
