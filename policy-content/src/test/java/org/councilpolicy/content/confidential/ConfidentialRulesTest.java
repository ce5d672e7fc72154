package org.councilpolicy.content.confidential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidentialRulesTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Engine ENGINE = Engine.builder().registry(REGISTRY)
            .profile(REGISTRY.profileLoader().builtIn("south-hams-west-devon"))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private static List<Finding> confidential(Draft d) {
        return ENGINE.check(d).findings(Category.CONFIDENTIAL);
    }

    private static List<Finding> confidential(String text) {
        return confidential(Draft.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OFFICIAL-SENSITIVE: draft budget options attached.|OFFICIAL-SENSITIVE|PROTECTIVE_MARKING",
        "Figures below (Commercial in confidence).|Commercial in confidence|PROTECTIVE_MARKING",
        "INTERNAL ONLY - staff briefing on the restructure.|INTERNAL ONLY|INTERNAL_ONLY",
        "Slides attached (not for circulation).|not for circulation|INTERNAL_ONLY",
        "RESTRICTED - flood response plan for responders.|RESTRICTED|PROTECTIVE_MARKING",
    })
    void markings(String text, String span, String kind) {
        assertThat(confidential(text)).singleElement().satisfies(f -> {
            assertThat(f.span().of(text)).isEqualTo(span);
            assertThat(f.kindName()).isEqualTo(kind);
            assertThat(f.rule()).isEqualTo("confidential.marking");
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Join us for the official opening of the new play park on Saturday.",
        "Dartmoor is one of the best kept secrets in Devon.",
        "Parking is restricted on Fore Street during the regatta.",
        "Citizens Advice offers free, confidential advice.",
        "We will protect the green spaces residents love.",
        "Embargo lifted: the climate strategy is now published.",
        "The UN trade embargo was discussed at the debate.",
    })
    void ordinaryWordsDoNotFire(String text) {
        assertThat(confidential(text)).isEmpty();
    }

    @Test
    void officialAloneAsAHeaderLineIsForReview() {
        assertThat(confidential("OFFICIAL\nMinutes of the waste board, 12 February.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.REVIEW));
    }

    @Test
    void futureEmbargoBlocksPastEmbargoPassesUnreadableEmbargoIsReviewed() {
        String future = "EMBARGOED until 00:01 Tuesday 3 March 2026: parking charges frozen.";
        assertThat(confidential(future)).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo("EMBARGO");
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.span().of(future)).isEqualTo("EMBARGOED until 00:01 Tuesday 3 March 2026");
        });
        assertThat(confidential("EMBARGOED until 00:01 Tuesday 3 February 2026: parking charges frozen.")).isEmpty();
        assertThat(confidential("Embargoed until 9am on 1 March 2026. Plans revealed.")).isEmpty();
        assertThat(confidential("Embargoed until 10am on 1 March 2026. Plans revealed.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        assertThat(confidential("Embargoed until further notice: review findings.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.REVIEW));
    }

    @Test
    void embargoIsComparedWithTheScheduledTimeWhenThereIsOne() {
        Draft scheduled = Draft.builder("EMBARGOED until 00:01 Tuesday 3 March 2026: parking charges frozen.")
                .scheduledAt(Instant.parse("2026-03-03T08:00:00Z")).build();
        assertThat(confidential(scheduled)).isEmpty();
    }

    @Test
    void embargoTimeIsReadInUkTime() {
        // 00:30 on 1 June 2026 in London is 23:30 UTC on 31 May
        assertThat(EmbargoRule.parse(" until 00:30 1 June 2026", 0, NOW).when())
                .isEqualTo(Instant.parse("2026-05-31T23:30:00Z"));
    }

    private static Draft councillor(String text) {
        return Draft.builder(text).account(AccountType.COUNCILLOR).build();
    }

    @Test
    void caseworkOnCouncillorAccounts() {
        String text = "I'm dealing with Mrs Smith's housing case and will chase the team tomorrow.";
        assertThat(confidential(councillor(text))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("confidential.casework");
            assertThat(f.clauses()).containsExactly("PD-6");
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.excerpt()).doesNotContain("Smith");
        });
        assertThat(confidential(councillor("Hi, your case reference HC/12345 has been passed on."))).singleElement()
                .satisfies(f -> assertThat(f.excerpt()).doesNotContain("12345"));
        assertThat(confidential(councillor("My casework surgery is at Ivybridge library every Friday."))).isEmpty();
        // the same words from the corporate account are not councillor casework
        assertThat(confidential(Draft.of(text))).isEmpty();
    }
}
