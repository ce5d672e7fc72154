package org.councilpolicy.content.personaldata;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.rule.Finding;

/** Engines for the identifier tests: discovered rules, a built-in profile, a fixed clock (1 June 2026). */
final class IdentifierEngines {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    private IdentifierEngines() {
    }

    static Engine engine(String profile) {
        return ENGINES.computeIfAbsent(profile, p -> Engine.builder()
                .registry(REGISTRY)
                .profile(REGISTRY.profileLoader().builtIn(p))
                .clock(CLOCK)
                .build());
    }

    /** Findings of {@code kind} for {@code text} under the profile. */
    static List<Finding> findings(String profile, String text, String kind) {
        return engine(profile).check(Draft.of(text)).findings().stream()
                .filter(f -> kind.equals(f.kind()))
                .toList();
    }
}
