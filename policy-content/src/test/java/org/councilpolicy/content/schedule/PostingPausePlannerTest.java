package org.councilpolicy.content.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.councilpolicy.core.profile.Period;
import org.junit.jupiter.api.Test;

class PostingPausePlannerTest {

    private static final Instant ANNOUNCED = Instant.parse("2026-05-01T18:30:00Z");

    @Test
    void holdsPostsInsideTheDefaultTenDaysUntilItEnds() {
        List<ScheduledPost> posts = List.of(
                new ScheduledPost("before", Instant.parse("2026-05-01T09:00:00Z")),
                new ScheduledPost("second", Instant.parse("2026-05-08T09:00:00Z")),
                new ScheduledPost("first", Instant.parse("2026-05-02T09:00:00Z")),
                new ScheduledPost("after", Instant.parse("2026-05-12T09:00:00Z")));
        PausePlan plan = PostingPausePlanner.plan(ANNOUNCED, "National mourning", posts);
        Instant end = ANNOUNCED.plus(Duration.ofDays(10));
        assertThat(plan.held()).extracting(h -> h.post().id()).containsExactly("first", "second");
        assertThat(plan.held()).allSatisfy(h -> assertThat(h.releaseAt()).isEqualTo(end));
        assertThat(plan.unaffected()).extracting(ScheduledPost::id).containsExactly("before", "after");
        assertThat(plan.isHeld("first")).isTrue();
        assertThat(plan.hold("after")).isEmpty();
    }

    @Test
    void windowIsHalfOpen() {
        PostingPause pause = PostingPause.starting(ANNOUNCED, Duration.ofDays(2), "x");
        assertThat(pause.covers(ANNOUNCED)).isTrue();
        assertThat(pause.covers(pause.end())).isFalse();
        assertThat(pause.covers(ANNOUNCED.minusSeconds(1))).isFalse();
    }

    @Test
    void dayBasedPausesUseLondonMidnights() {
        PostingPause pause = PostingPause.days(LocalDate.of(2026, 6, 1), 10, "National mourning");
        assertThat(pause.start()).isEqualTo(Instant.parse("2026-05-31T23:00:00Z")); // BST
        assertThat(pause.end()).isEqualTo(Instant.parse("2026-06-10T23:00:00Z"));
        assertThat(pause.toPeriod()).isEqualTo(new Period("National mourning", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 10)));
        assertThat(PostingPause.of(pause.toPeriod())).isEqualTo(pause);
    }

    @Test
    void badInputFailsFast() {
        assertThatNullPointerException().isThrownBy(() -> PostingPausePlanner.plan(null, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> PostingPause.starting(ANNOUNCED, Duration.ZERO, "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> PostingPause.days(LocalDate.of(2026, 1, 1), 0, "x"));
        assertThatNullPointerException().isThrownBy(() -> new ScheduledPost("a", null));
    }

    @Test
    void planIsImmutable() {
        PausePlan plan = PostingPausePlanner.plan(ANNOUNCED, "x",
                new java.util.ArrayList<>(List.of(new ScheduledPost("a", ANNOUNCED))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.held().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
