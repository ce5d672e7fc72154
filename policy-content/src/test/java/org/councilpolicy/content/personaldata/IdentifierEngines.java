package org.councilpolicy.content.personaldata;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.core.rule.Finding;

/**
 * Engines for the identifier tests: discovered rules, a built-in profile or a test-resource profile path (such as
 * {@code profiles/shwd-test.yaml}), a fixed clock (1 June 2026).
 */
final class IdentifierEngines {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    private IdentifierEngines() {
    }

    static Engine engine(String profile) {
        return ENGINES.computeIfAbsent(profile, p -> Engine.builder()
                .registry(REGISTRY)
                .profile(profile(p))
                .clock(CLOCK)
                .build());
    }

    /** A built-in profile by name, or a profile file under the test resources by relative path. */
    static Profile profile(String nameOrPath) {
        if (ProfileLoader.isBuiltIn(nameOrPath)) {
            return REGISTRY.profileLoader().builtIn(nameOrPath);
        }
        URL url = IdentifierEngines.class.getResource("/" + nameOrPath);
        if (url == null) {
            throw new IllegalArgumentException("no built-in profile or test resource " + nameOrPath);
        }
        try {
            return REGISTRY.profileLoader().load(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad test resource " + nameOrPath, e);
        }
    }

    /** Findings of {@code kind} for {@code text} under the profile. */
    static List<Finding> findings(String profile, String text, String kind) {
        return engine(profile).check(Draft.of(text)).findings().stream()
                .filter(f -> kind.equals(f.kindName()))
                .toList();
    }
}
