package org.councilpolicy.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Rule;
import org.councilpolicy.core.rule.RuleExample;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's examples, run (as Error Prone runs each check's positive and negative cases): each rule of the
 * registry fires on at least one example and passes at least one, alone in an engine under the example's
 * profile. Where a rule gives no typed {@link Rule#examples()}, its fires and passes texts are a draft's or a
 * comment's text, run under the built-in profile a trailing "(name)" names, else the default.
 */
class RuleExamplesTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    /** A Monday in March, outside every built-in pre-election period and posting pause. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    static List<RuleExample<?>> examplesOf(Rule<?> rule) {
        List<RuleExample<?>> typed = new ArrayList<>(rule.examples());
        if (!typed.isEmpty()) {
            return typed;
        }
        if (rule.subjectType() == Draft.class) {
            return List.of(fromText(true, rule.info().exampleFires(), Draft::of),
                    fromText(false, rule.info().examplePasses(), Draft::of));
        }
        if (rule.subjectType() == Comment.class) {
            return List.of(fromText(true, rule.info().exampleFires(), Comment::of),
                    fromText(false, rule.info().examplePasses(), Comment::of));
        }
        return List.of();
    }

    /** A text example; a trailing "(suffolk)" naming a built-in profile says which profile to run it under. */
    private static <S> RuleExample<S> fromText(boolean fires, String text, java.util.function.Function<String, S> of) {
        for (String builtIn : org.councilpolicy.core.profile.ProfileLoader.BUILT_IN) {
            String suffix = " (" + builtIn + ")";
            if (text.endsWith(suffix)) {
                S subject = of.apply(text.substring(0, text.length() - suffix.length()));
                return (fires ? RuleExample.fires(subject) : RuleExample.passes(subject)).under(builtIn);
            }
        }
        return fires ? RuleExample.fires(of.apply(text)) : RuleExample.passes(of.apply(text));
    }

    @TestFactory
    Stream<DynamicTest> everyRulesExamplesBehave() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule<?> rule : REGISTRY.rules()) {
            for (RuleExample<?> example : examplesOf(rule)) {
                String name = rule.info().id() + (example.fires() ? " fires on " : " passes ") + example.subject()
                        + (example.profile().equals(RuleExample.DEFAULT_PROFILE) ? "" : " under " + example.profile());
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    List<Finding> found = run(rule, example);
                    if (example.fires()) {
                        assertThat(found).as("%s on its example", rule.info().id()).isNotEmpty();
                    } else {
                        assertThat(found).as("%s on its passing example", rule.info().id()).isEmpty();
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasAFiringAndAPassingExample() {
        int examples = 0;
        List<String> missing = new ArrayList<>();
        for (Rule<?> rule : REGISTRY.rules()) {
            List<RuleExample<?>> list = examplesOf(rule);
            examples += list.size();
            if (list.stream().noneMatch(e -> e.fires()) || list.stream().allMatch(e -> e.fires())) {
                missing.add(rule.info().id());
            }
        }
        assertThat(missing).as("rules without both a firing and a passing example").isEmpty();
        System.out.printf("RuleExamplesTest: %d examples of %d rules run%n", examples, REGISTRY.rules().size());
        assertThat(examples).isGreaterThanOrEqualTo(2 * REGISTRY.rules().size());
    }

    private static Engine engine(org.councilpolicy.core.profile.Profile profile) {
        return Engine.builder().profile(profile).clock(CLOCK).registry(REGISTRY).build();
    }

    private static List<Finding> run(Rule<?> rule, RuleExample<?> example) {
        Engine engine = example.untuned()
                ? ENGINES.computeIfAbsent(example.profile(), name -> engine(REGISTRY.profileLoader().builtIn(name)))
                : engine(example.tuning().apply(REGISTRY.profileLoader().builtIn(example.profile())));
        return engine.check(example.subject()).findings(rule.info().id());
    }
}
