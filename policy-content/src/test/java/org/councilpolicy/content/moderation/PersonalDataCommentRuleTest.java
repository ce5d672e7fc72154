package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.junit.jupiter.api.Test;

/** The comment rule asks the engine to run its PERSONAL_DATA draft rules (one implementation, one registry). */
class PersonalDataCommentRuleTest {

    /** A fixture draft rule that reports every "NI AB123456C"-like token as an NI number. */
    static final class FixtureNiRule extends SimpleRule<Draft> {
        FixtureNiRule() {
            super(RuleInfo.builder("personal-data.fixture-ni").title("fixture").category(Category.PERSONAL_DATA)
                    .severity(Severity.BLOCK).clauses("PD-1").rationale("test").fires("AB123456C").passes("x")
                    .build(), Draft.class);
        }

        @Override
        public void check(Draft draft, RuleContext ctx) {
            int at = draft.text().indexOf("AB123456C");
            if (at >= 0) {
                ctx.report(ctx.finding().kind(PersonalDataKind.NI_NUMBER).span(at, at + 9).excerpt("AB••••••C").message("ni"));
            }
        }
    }

    @Test
    void runsTheEnginesOwnPersonalDataRulesIncludingAddedOnes() {
        Engine engine = Engine.builder().withoutDiscovery().addRule(new PersonalDataCommentRule())
                .addRule(new FixtureNiRule()).build();
        Report r = engine.check(Comment.of("His NI number is AB123456C, phone 07700 900123"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("moderation.personal-data");
            assertThat(f.kindName()).isEqualTo("NI_NUMBER");
            assertThat(f.excerpt()).isEqualTo("AB••••••C");
            assertThat(f.message()).contains("personal-data.fixture-ni");
        });
    }

    @Test
    void usesTheDraftPersonalDataRulesOnTheClassPathByDefault() {
        Engine engine = Engine.builder().build();
        Report r = engine.check(Comment.of("Email him at j.bloggs@example.com or ring 0113 496 0789"));
        assertThat(r.findings("moderation.personal-data")).extracting(f -> f.kindName()).containsExactlyInAnyOrder("EMAIL", "PHONE");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.excerpt()).doesNotContain("bloggs").doesNotContain("0789"));
    }

    @Test
    void findsNothingWhenNoPersonalDataRuleIsInstalled() {
        Engine engine = Engine.builder().withoutDiscovery().addRule(new PersonalDataCommentRule()).build();
        assertThat(engine.check(Comment.of("Email him at j.bloggs@example.com")).findings()).isEmpty();
    }
}
