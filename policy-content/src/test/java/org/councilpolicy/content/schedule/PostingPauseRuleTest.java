package org.councilpolicy.content.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Period;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;

class PostingPauseRuleTest {

    private static final String RULE = "schedule.posting-pause";
    private static final Profile PAUSED = PublishingEngines.profile("suffolk").toBuilder()
            .postingPause(new Period("National mourning", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19)))
            .build();

    private static List<Finding> check(Draft d, Instant now) {
        Engine engine = PublishingEngines.engine(PAUSED, now);
        return engine.check(d).findings(RULE);
    }

    @Test
    void scheduledInsideThePauseIsBlocked() {
        Draft d = Draft.builder("Libraries' spring reading challenge starts today")
                .scheduledAt(Instant.parse("2026-03-12T09:00:00Z")).build();
        assertThat(check(d, PublishingEngines.NOW)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.category()).isEqualTo(Category.SCHEDULING);
            assertThat(f.clauses()).containsExactly("SC-1");
            assertThat(f.suggestion()).contains("2026-03-20");
        });
    }

    @Test
    void londonDatesDecideTheEdges() {
        // 23:30 UTC on 9 March is still 9 March in London (GMT): outside.
        assertThat(check(Draft.builder("x").scheduledAt(Instant.parse("2026-03-09T23:30:00Z")).build(),
                PublishingEngines.NOW)).isEmpty();
        // 19 March 23:59 London is inside; 20 March 00:00 is outside.
        assertThat(check(Draft.builder("x").scheduledAt(Instant.parse("2026-03-19T23:59:00Z")).build(),
                PublishingEngines.NOW)).hasSize(1);
        assertThat(check(Draft.builder("x").scheduledAt(Instant.parse("2026-03-20T00:00:00Z")).build(),
                PublishingEngines.NOW)).isEmpty();
    }

    @Test
    void unscheduledDraftsUseNow() {
        Draft d = Draft.of("Roadworks update");
        assertThat(check(d, Instant.parse("2026-03-15T12:00:00Z"))).hasSize(1);
        assertThat(check(d, Instant.parse("2026-03-21T12:00:00Z"))).isEmpty();
    }

    @Test
    void personalAccountsAndProfilesWithoutPausesAreNotAffected() {
        Draft personal = Draft.builder("x").account(AccountType.COUNCILLOR)
                .scheduledAt(Instant.parse("2026-03-12T09:00:00Z")).build();
        assertThat(check(personal, PublishingEngines.NOW)).isEmpty();
        Draft d = Draft.builder("x").scheduledAt(Instant.parse("2026-03-12T09:00:00Z")).build();
        assertThat(PublishingEngines.findings("suffolk", d, RULE)).isEmpty();
    }
}
