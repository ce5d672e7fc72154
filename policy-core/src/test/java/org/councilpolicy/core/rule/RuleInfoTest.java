package org.councilpolicy.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleInfoTest {

    private static RuleInfo.Builder valid() {
        return RuleInfo.builder("personal-data.email").title("Email").category(Category.PERSONAL_DATA)
                .clauses("PD-1").rationale("Why").fires("a@b.example").passes("no email");
    }

    @Test
    void buildsWithDefaults() {
        RuleInfo info = valid().build();
        assertThat(info.defaultSeverity()).isEqualTo(Severity.BLOCK);
        assertThat(info.enabledByDefault()).isTrue();
        assertThat(info.clauses()).containsExactly("PD-1");
    }

    @Test
    void rejectsMalformedIdsClausesAndMissingParts() {
        assertThatThrownBy(() -> RuleInfo.builder("Email").title("t").category(Category.PERSONAL_DATA).clauses("PD-1")
                .rationale("r").fires("f").passes("p").build()).hasMessageContaining("dotted lower case");
        assertThatThrownBy(() -> valid().clauses("pd1").build()).hasMessageContaining("malformed clause id pd1");
        assertThatThrownBy(() -> RuleInfo.builder("a.b").title("t").category(Category.PERSONAL_DATA)
                .rationale("r").fires("f").passes("p").build()).hasMessageContaining("cites no clause");
        assertThatThrownBy(() -> RuleInfo.builder("a.b").title("t").category(Category.PERSONAL_DATA).clauses("PD-1")
                .fires("f").passes("p").build()).hasMessageContaining("needs a rationale");
    }

    @Test
    void findingNeedsAMessageAndUnsureCapsAtReview() {
        RuleInfo info = valid().build();
        assertThatThrownBy(() -> TestFindings.builder(info).build()).hasMessageContaining("has no message");
        Finding f = TestFindings.builder(info).message("m").unsure("why").build();
        assertThat(f.severity()).isEqualTo(Severity.REVIEW);
        Finding advice = TestFindings.builder(info).severity(Severity.ADVICE).message("m").unsure("why").build();
        assertThat(advice.severity()).isEqualTo(Severity.ADVICE);
    }

    @Test
    void severityOrdering() {
        assertThat(Severity.BLOCK.isAtLeast(Severity.REVIEW)).isTrue();
        assertThat(Severity.ADVICE.isAtLeast(Severity.REVIEW)).isFalse();
        assertThat(Severity.BLOCK.atMost(Severity.REVIEW)).isEqualTo(Severity.REVIEW);
    }

    @Test
    void spanRejectsInvertedRanges() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(2, 5).overlaps(new Span(4, 9))).isTrue();
        assertThat(new Span(2, 5).overlaps(new Span(5, 9))).isFalse();
    }
}
