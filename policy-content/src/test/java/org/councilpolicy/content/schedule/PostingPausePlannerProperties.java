package org.councilpolicy.content.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PostingPausePlannerProperties {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    @Provide
    Arbitrary<List<Long>> offsets() {
        // Scheduled times within 60 days either side of the base, to the minute.
        return Arbitraries.longs().between(-60L * 24 * 60, 60L * 24 * 60).list().ofMaxSize(40);
    }

    @Property
    void heldPostsLieInTheWindowAndNothingOutsideIsHeld(@ForAll("offsets") List<Long> minutes,
                                                       @ForAll @IntRange(min = -30 * 24 * 60, max = 30 * 24 * 60) int startMinute,
                                                       @ForAll @IntRange(min = 1, max = 20 * 24 * 60) int lengthMinutes) {
        Instant start = BASE.plus(Duration.ofMinutes(startMinute));
        PostingPause pause = PostingPause.starting(start, Duration.ofMinutes(lengthMinutes), "mourning");
        List<ScheduledPost> posts = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            posts.add(new ScheduledPost("p" + i, BASE.plus(Duration.ofMinutes(minutes.get(i)))));
        }
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
    }

    @Property
    void dayPausesRoundTripThroughProfilePeriods(@ForAll @IntRange(min = 0, max = 3650) int day,
                                                @ForAll @IntRange(min = 1, max = 30) int days) {
        PostingPause pause = PostingPause.days(java.time.LocalDate.of(2020, 1, 1).plusDays(day), days, "mourning");
        assertThat(PostingPause.of(pause.toPeriod())).isEqualTo(pause);
    }
}
