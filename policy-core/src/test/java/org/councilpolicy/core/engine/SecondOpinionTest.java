package org.councilpolicy.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.RuleOverride;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Rule;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.junit.jupiter.api.Test;

/** The engine holds a second opinion to escalation: it adds, never blocks, never removes a rule's finding. */
class SecondOpinionTest {

    /** A stage rule that reviews any text containing "hmm", at the severity the test asks for. */
    static final class Hmm extends SimpleRule<String> {
        static final RuleInfo INFO = RuleInfo.builder("test.hmm").title("Hmm").category(Category.CONDUCT)
                .severity(Severity.REVIEW).clauses("CO-1").rationale("A person should look.")
                .fires("hmm").passes("fine").build();
        private final Severity severity;

        Hmm(Severity severity) {
            super(INFO, String.class);
            this.severity = severity;
        }

        @Override
        public void check(String subject, RuleContext context) {
            if (subject.contains("hmm")) {
                context.report(context.finding().severity(severity).message("Reads like a problem."));
            }
        }
    }

    private static SecondOpinion stage(Rule<?> rule) {
        return new SecondOpinion() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public List<Rule<?>> rules() {
                return List.of(rule);
            }
        };
    }

    private static Engine engine(Profile profile, Rule<?> stageRule) {
        return Engine.builder().withoutDiscovery().profile(profile).addRule(new EngineTest.SecretRule())
                .secondOpinion(stage(stageRule)).build();
    }

    @Test
    void escalatesAPassToReviewAndAddsToTheRulesFindings() {
        Engine e = engine(Profile.builder("t").build(), new Hmm(Severity.REVIEW));
        assertThat(e.check("hmm, fine").verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(e.check("all fine").verdict()).isEqualTo(Verdict.PASS);
        Report both = e.check("hmm, a secret");
        assertThat(both.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(both.findings()).extracting(f -> f.rule()).containsExactlyInAnyOrder("test.secret", "test.hmm");
        assertThat(e.secondOpinion()).isPresent();
    }

    @Test
    void aStageFindingThatWouldBlockIsAnError() {
        Engine e = engine(Profile.builder("t").build(), new Hmm(Severity.BLOCK));
        assertThatThrownBy(() -> e.check("hmm")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may only escalate");
    }

    @Test
    void aProfileCannotMakeTheStageBlock() {
        Profile blocking = Profile.builder("t")
                .rule("test.hmm", new RuleOverride(null, Severity.BLOCK, "Stricter.", Map.of())).build();
        assertThatThrownBy(() -> engine(blocking, new Hmm(Severity.REVIEW))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.hmm");
    }

    @Test
    void withoutAStageNothingChanges() {
        Engine plain = Engine.builder().withoutDiscovery().profile(Profile.builder("t").build())
                .addRule(new EngineTest.SecretRule()).build();
        assertThat(plain.check("hmm").verdict()).isEqualTo(Verdict.PASS);
        assertThat(plain.secondOpinion()).isEmpty();
    }

    @Test
    void anOpinionExplainsItselfAndRejectsScoresOutOfRange() {
        SecondOpinion.Opinion o = new SecondOpinion.Opinion("hate", 0.914, 0.8, List.of("hate-p-0001", "hate-p-0002"));
        assertThat(o.explanation()).isEqualTo(
                "semantic head hate: score 0.91 >= threshold 0.80; reads like: hate-p-0001, hate-p-0002");
        assertThatThrownBy(() -> new SecondOpinion.Opinion("x", 1.5, 0.5, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
