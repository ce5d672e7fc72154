package org.councilpolicy.content.personaldata;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Finding;

/** Engines over the test profile with fictional people, for the people rules' tests. */
final class PeopleRulesTestSupport {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Profile TEST_PROFILE = load();
    private static final Engine ENGINE = Engine.builder().registry(REGISTRY).profile(TEST_PROFILE)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private PeopleRulesTestSupport() {
    }

    static Profile testProfile() {
        return TEST_PROFILE;
    }

    private static Profile load() {
        try {
            Path p = Path.of(PeopleRulesTestSupport.class.getResource("/profiles/shwd-test.yaml").toURI());
            return REGISTRY.profileLoader().load(p);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings of one rule on a draft. */
    static List<Finding> findings(String ruleId, Draft draft) {
        return ENGINE.check(draft).findings(ruleId);
    }

    static List<Finding> findings(String ruleId, String text) {
        return findings(ruleId, Draft.of(text));
    }
}
