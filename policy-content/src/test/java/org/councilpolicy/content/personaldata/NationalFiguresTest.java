package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * National politicians are public figures, never private individuals: their names are for the neutrality rules
 * to judge, not personal data (issue 13's wrong PERSONAL_DATA on drafts that name a minister).
 */
class NationalFiguresTest {

    private static final RuleRegistry RULES = RuleRegistry.discover();
    private static final Engine ENGINE = Engine.builder().registry(RULES)
            .profile(RULES.profileLoader().builtIn("uk-council"))
            .clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC)).build();

    @Test
    void aMinisterIsNotAPrivatePerson() {
        assertThat(ENGINE.check(Draft.of("Rachel Reeves visited the new library in Exeter on Tuesday."))
                .findings("personal-data.person-name")).isEmpty();
    }

    @Test
    void aPrivatePersonStillIs() {
        assertThat(ENGINE.check(Draft.of("Thanks to Margaret Oduya, who found the wallet outside the library."))
                .findings("personal-data.person-name")).isNotEmpty();
    }
}
