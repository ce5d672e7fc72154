package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.Verdict;
import org.junit.jupiter.api.Test;

/** CO-1 for drafts runs the same detector as moderation. */
class OffensiveLanguageRuleTest {

    private static final Engine ENGINE = Engine.builder().build();

    @Test
    void blocksOffensiveDrafts() {
        Report r = ENGINE.check(Draft.of("What a load of b0ll0cks from the opposition"));
        assertThat(r.findings("conduct.offensive-language")).singleElement()
                .satisfies(f -> assertThat(f.clauses()).containsExactly("CO-1"));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void passesOrdinaryDrafts() {
        assertThat(ENGINE.check(Draft.of("Our Pride event in Scunthorpe starts at noon"))
                .findings("conduct.offensive-language")).isEmpty();
    }

    @Test
    void commentRulesDoNotRunOnDrafts() {
        assertThat(ENGINE.check(Draft.of("f**k")).findings()).noneMatch(f -> f.rule().startsWith("moderation."));
    }
}
