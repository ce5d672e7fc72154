package org.councilpolicy.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text from the public is hostile: long repetitions of one short unit (digits, spaced-out swearing, titles, at
 * signs, zero-width characters...) go through the whole engine, the moderator and the message classifier and
 * come back with sane answers. The timeout is a generous guard against a hang (catastrophic backtracking, a
 * quadratic loop gone very wrong), not a performance assertion: speed is measured by the harness recorded in
 * {@code docs/performance.md} ("Hostile input (linear time)") and by the JMH benchmarks.
 */
class HostileInputTest {

    private static final int LENGTH = 20_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Engine ENGINE = Engine.builder().registry(REGISTRY)
            .profile(REGISTRY.profileLoader().builtIn("suffolk-fire-rescue")).clock(CLOCK).build();
    private static final Moderator MODERATOR = Moderator.of(ENGINE);
    private static final MessageClassifier CLASSIFIER = MessageClassifier.forProfile(ENGINE.profile(), CLOCK);

    static Stream<String> units() {
        return Stream.of("a", "f u c k ", "1", "1 ", "12 ", "Mr ", "A", "@", "aa@", "#", "!", "Cllr ", "the council ",
                "0", "+44 ", "x.", "\u200B", "f*", "...", "Labour ", "Road ", "AB12 ", "+44 (0)", "born 1991-03-17 ",
                "West ", "Priya ");
    }

    @ParameterizedTest
    @MethodSource("units")
    void repetitionsOfOneUnitComeBackSane(String unit) {
        String text = unit.repeat(LENGTH / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Report report = ENGINE.check(Draft.of(text));
            assertThat(report.verdict()).isNotNull();
            for (Finding f : report.findings()) {
                if (f.span() != null) {
                    assertThat(f.span().end()).isLessThanOrEqualTo(text.length());
                }
                if (f.excerpt() != null) {
                    assertThat(f.excerpt().length()).as("an excerpt, not the whole text").isLessThan(text.length());
                }
            }

            ModerationDecision decision = MODERATOR.decide(Comment.of(text));
            assertThat(decision.decision()).isNotNull();
            if (unit.equals("f u c k ")) {
                assertThat(decision.decision()).isEqualTo(Decision.DELETE);
                assertThat(decision.repostAllowed()).as("nothing is left once the swearing is removed").isFalse();
            }

            Classification c = CLASSIFIER.classify(Message.builder(text).build());
            assertThat(c.type()).isNotNull();
            assertThat(c.actions()).isNotNull();
        });
    }

    @ParameterizedTest
    @MethodSource("units")
    void theSameUnitsInsideOrdinaryTextAreStillChecked(String unit) {
        String text = "Call Jane on 07700 900123 about the allotments. " + unit.repeat(2_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<String> kinds = ENGINE.check(Draft.of(text)).findings().stream().map(Finding::kindName).toList();
            assertThat(kinds).contains("PHONE");
        });
    }
}
