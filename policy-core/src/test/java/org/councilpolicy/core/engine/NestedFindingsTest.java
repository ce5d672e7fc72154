package org.councilpolicy.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.rule.TestFindings;
import org.junit.jupiter.api.Test;

/** Issue 17 item 11: one thing is reported once, by its outer span, per rule and kind. */
class NestedFindingsTest {

    private static Finding f(String rule, int start, int end, Severity severity) {
        return TestFindings.finding(rule, List.of("MD-3"), Category.CONDUCT, null, severity, new Span(start, end),
                "x", "m", null, null);
    }

    @Test
    void theInnerSpanOfTheSameRuleGoes() {
        List<Finding> kept = NestedFindings.withoutNested(List.of(f("moderation.defamation", 22, 28, Severity.REVIEW),
                f("moderation.defamation", 17, 28, Severity.REVIEW), f("moderation.threat", 49, 70, Severity.BLOCK),
                f("moderation.threat", 51, 70, Severity.BLOCK), f("moderation.threat", 72, 93, Severity.BLOCK)));
        assertThat(kept).extracting(x -> x.rule() + " " + x.span().start() + "-" + x.span().end())
                .containsExactlyInAnyOrder("moderation.defamation 17-28", "moderation.threat 49-70",
                        "moderation.threat 72-93");
    }

    @Test
    void otherRulesOverlapsAndMoreSevereInnerFindingsStay() {
        List<Finding> kept = NestedFindings.withoutNested(List.of(f("a.rule", 0, 10, Severity.REVIEW),
                f("a.rule", 2, 5, Severity.BLOCK), f("b.rule", 2, 5, Severity.REVIEW), f("a.rule", 8, 14, Severity.ADVICE)));
        assertThat(kept).hasSize(4);
    }

    @Test
    void manyFindingsStayFast() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            many.add(f("personal-data.phone", i * 13, i * 13 + 12, Severity.BLOCK));
        }
        long t0 = System.nanoTime();
        assertThat(NestedFindings.withoutNested(many)).hasSize(200_000);
        // One sort and a sweep: a pairwise comparison would make 2e10 checks here and run for minutes.
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
    }
}
