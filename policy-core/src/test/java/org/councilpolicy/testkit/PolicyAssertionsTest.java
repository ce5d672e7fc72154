package org.councilpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.Verdict;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.rule.TestFindings;
import org.junit.jupiter.api.Test;

class PolicyAssertionsTest {

    // "Call Jane on 07700 900123 or jane@example.com" — the kit only ever sees the findings.
    private static final Finding PHONE = TestFindings.finding("personal-data.phone", List.of("PD-1"), Category.PERSONAL_DATA, PersonalDataKind.PHONE, Severity.BLOCK, new Span(13, 25), "••••• ••••23", "A phone number of a member of the public.",
            "Ask them to message us privately.", null);
    private static final Finding EMAIL = TestFindings.finding("personal-data.email", List.of("PD-1", "PD-2"),
            Category.PERSONAL_DATA, PersonalDataKind.EMAIL, Severity.REVIEW, new Span(29, 45), "j•••@e•••.com",
            "An e-mail address.", null, null);
    private static final Finding HASHTAG = TestFindings.finding("required-content.hashtag", List.of("RC-2"),
            Category.REQUIRED_CONTENT, null, Severity.ADVICE, null, null, "Posts are encouraged to carry #SHDC.", null,
            null);

    private static final Report BLOCKED = Report.of(List.of(EMAIL, PHONE, HASHTAG));
    private static final Report REVIEW = Report.of(List.of(EMAIL));
    private static final Report ADVICE_ONLY = Report.of(List.of(HASHTAG));

    @Test
    void passingAssertionsChain() {
        PolicyAssertions.assertThat(BLOCKED)
                .isBlocked()
                .hasVerdict(Verdict.BLOCK)
                .hasFindingCount(3)
                .hasFindingIn(Category.PERSONAL_DATA, Category.REQUIRED_CONTENT)
                .hasNoFindingIn(Category.POLITICAL, Category.CONDUCT)
                .hasNoFinding("neutrality.party-politics")
                .hasFinding("personal-data.phone").at(13, 25).withSeverity(Severity.BLOCK).withKind("PHONE")
                .withKind(PersonalDataKind.PHONE).citing("PD-1").inCategory(Category.PERSONAL_DATA).withSuggestion()
                .withMessageContaining("phone number")
                .and()
                .hasFinding("personal-data.email").citing("PD-2", "PD-1").overlapping(40, 60)
                .and()
                .hasFindingOfKind(PersonalDataKind.EMAIL).withSeverity(Severity.REVIEW)
                .and()
                .hasFindingOverlapping(0, 14).withKind("PHONE")
                .and()
                .hasNoFindingOfKind(PersonalDataKind.IBAN)
                .hasFinding("required-content.hashtag").aboutWholeText().withSeverity(Severity.ADVICE);
        PolicyAssertions.assertThat(REVIEW).needsReview();
        PolicyAssertions.assertThat(ADVICE_ONLY).isPublishable();
        PolicyAssertions.assertThat(Report.empty()).isPublishable().hasNoFindings();
        PolicyAssertions.assertThat(PHONE).at(13, 25).citing("PD-1");
    }

    @Test
    void narrowingKeepsTheFindingsThatMeetEveryCondition() {
        Finding second = TestFindings.finding("personal-data.phone", List.of("PD-1"), Category.PERSONAL_DATA, PersonalDataKind.PHONE,
                Severity.REVIEW, new Span(50, 62), "••••• ••••45", "A phone number.", null, null);
        Report two = Report.of(List.of(PHONE, second));
        FindingAssert phones = PolicyAssertions.assertThat(two).hasFinding("personal-data.phone");
        assertThat(phones.findings()).hasSize(2);
        assertThat(phones.withSeverity(Severity.REVIEW).finding()).isEqualTo(second);
        assertThatThrownBy(() -> PolicyAssertions.assertThat(two).hasFinding("personal-data.phone")
                .withSeverity(Severity.REVIEW).at(13, 25))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a finding of personal-data.phone with severity REVIEW at [13, 25). "
                        + "1 finding matched \"a finding of personal-data.phone with severity REVIEW\" but none at [13, 25).");
    }

    @Test
    void wrongVerdictListsTheFindingsMasked() {
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).describedAs("d7").isPublishable())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[d7] Expected verdict PASS but was BLOCK.")
                .hasMessageContaining("findings (3):")
                .hasMessageContaining("1. personal-data.phone BLOCK [13, 25) PHONE PERSONAL_DATA (PD-1) \"••••• ••••23\": "
                        + "A phone number of a member of the public.")
                .hasMessageContaining("2. personal-data.email REVIEW [29, 45) EMAIL PERSONAL_DATA (PD-1, PD-2) \"j•••@e•••.com\"")
                .hasMessageContaining("3. required-content.hashtag ADVICE (whole text) REQUIRED_CONTENT (RC-2)");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(REVIEW).isBlocked())
                .hasMessageStartingWith("Expected verdict BLOCK but was REVIEW.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(Report.empty()).needsReview())
                .hasMessageContaining("Expected verdict REVIEW but was PASS.")
                .hasMessageContaining("(no findings)");
    }

    @Test
    void missingAndUnexpectedFindingsFail() {
        assertThatThrownBy(() -> PolicyAssertions.assertThat(REVIEW).hasFinding("personal-data.phone"))
                .hasMessageStartingWith("Expected a finding of personal-data.phone but there is none.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasNoFinding("personal-data.phone"))
                .hasMessageStartingWith("Expected no finding of personal-data.phone but found 1:")
                .hasMessageContaining("personal-data.phone BLOCK [13, 25)");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasNoFindingIn(Category.PERSONAL_DATA))
                .hasMessageStartingWith("Expected no finding in category PERSONAL_DATA but found 2:");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(REVIEW).hasFindingIn(Category.PERSONAL_DATA, Category.POLITICAL))
                .hasMessageStartingWith("Expected a finding in category POLITICAL but there is none.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFindingCount(1))
                .hasMessageStartingWith("Expected 1 finding but there are 3.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(REVIEW).hasNoFindings())
                .hasMessageStartingWith("Expected 0 findings but there is 1.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasNoFindingOfKind(PersonalDataKind.EMAIL))
                .hasMessageStartingWith("Expected no finding of kind EMAIL but found 1:");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFindingOverlapping(100, 120))
                .hasMessageStartingWith("Expected a finding overlapping [100, 120) but there is none.");
    }

    @Test
    void eachFindingConditionFailsWithItsOwnWords() {
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.phone").at(12, 25))
                .hasMessageContaining("but none at [12, 25).");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.phone")
                .withSeverity(Severity.REVIEW)).hasMessageContaining("but none with severity REVIEW.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.phone").withKind("EMAIL"))
                .hasMessageContaining("but none of kind EMAIL.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.phone").citing("PD-2"))
                .hasMessageContaining("but none citing PD-2.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.phone").aboutWholeText())
                .hasMessageContaining("but none about the whole text.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.email").withSuggestion())
                .hasMessageContaining("but none with a suggestion.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.email")
                .inCategory(Category.CONFIDENTIAL)).hasMessageContaining("but none in category CONFIDENTIAL.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.email")
                .withMessageContaining("phone")).hasMessageContaining("but none with a message containing \"phone\".");
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFinding("personal-data.email").overlapping(0, 29))
                .hasMessageContaining("but none overlapping [0, 29).");
    }

    @Test
    void anUnmaskedPersonalDataExcerptIsMaskedInTheMessage() {
        Finding leaky = TestFindings.finding("personal-data.email", List.of("PD-1"), Category.PERSONAL_DATA, PersonalDataKind.EMAIL,
                Severity.BLOCK, new Span(0, 16), "jane@example.com", "An e-mail address.", null, null);
        assertThatThrownBy(() -> PolicyAssertions.assertThat(Report.of(List.of(leaky))).isPublishable())
                .hasMessageNotContaining("jane@example.com")
                .hasMessageContaining("\"j•••@e•••.com\"");
        assertThat(FindingDescriptions.safeExcerpt(PHONE)).isEqualTo("••••• ••••23");
    }

    @Test
    void nullSubjectsFailAsAssertions() {
        assertThatThrownBy(() -> PolicyAssertions.assertThat((Report) null)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected a report but was null.");
        assertThatThrownBy(() -> PolicyAssertions.assertThat((Finding) null)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> PolicyAssertions.assertThat(BLOCKED).hasFindingIn())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
