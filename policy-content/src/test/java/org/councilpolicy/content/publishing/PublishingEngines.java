package org.councilpolicy.content.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Finding;

/** Engines over the discovered rules for the tests of the publishing rules (cached per profile and clock). */
public final class PublishingEngines {

    /** The default "now" of the tests: Monday 2 March 2026, 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Map<String, Engine> CACHE = new ConcurrentHashMap<>();

    private PublishingEngines() {
    }

    public static RuleRegistry registry() {
        return REGISTRY;
    }

    public static Profile profile(String builtIn) {
        return REGISTRY.profileLoader().builtIn(builtIn);
    }

    public static Engine engine(String builtIn) {
        return engine(builtIn, NOW);
    }

    public static Engine engine(String builtIn, Instant now) {
        return CACHE.computeIfAbsent(builtIn + "@" + now, k -> engine(profile(builtIn), now));
    }

    public static Engine engine(Profile profile, Instant now) {
        return Engine.builder().registry(REGISTRY).profile(profile).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    /** The findings of one rule for a subject under a built-in profile. */
    public static List<Finding> findings(String builtIn, Object subject, String ruleId) {
        return engine(builtIn).check(subject).findings(ruleId);
    }

    public static Report check(String builtIn, Object subject) {
        return engine(builtIn).check(subject);
    }
}
