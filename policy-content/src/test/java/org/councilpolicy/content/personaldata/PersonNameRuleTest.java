package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameRuleTest {

    private static final String RULE = "personal-data.person-name";

    private static String only(String text) {
        List<Finding> f = findings(RULE, text);
        assertThat(f).hasSize(1);
        return f.get(0).span().of(text);
    }

    @Test
    void titleAndSurnameBlocksWithExactSpan() {
        String text = "Mrs Patel from Elm Road called us about the bins.";
        List<Finding> f = findings(RULE, text);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.span().of(text)).isEqualTo("Mrs Patel");
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.kind()).isEqualTo("PERSON_NAME");
            assertThat(x.clauses()).containsExactly("PD-1", "PD-7");
        });
    }

    @Test
    void contextCueBlocks() {
        assertThat(only("Thanks to resident Sarah Jenkins for reporting it.")).isEqualTo("Sarah Jenkins");
        assertThat(findings(RULE, "Thanks to resident Sarah Jenkins for reporting it.").get(0).severity())
                .isEqualTo(Severity.BLOCK);
        assertThat(only("A man named Darren Fletcher has been fined.")).isEqualTo("Darren Fletcher");
        assertThat(only("Stephen Mortimer, 54, was fined.")).isEqualTo("Stephen Mortimer");
    }

    @Test
    void gazetteerOnlyPairGoesToReview() {
        List<Finding> f = findings(RULE, "John Smith has been in touch about the consultation.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.REVIEW);
            assertThat(x.message()).contains("Review:");
        });
    }

    @Test
    void maskedExcerptNeverRevealsTheName() {
        Finding f = findings(RULE, "Thanks to resident Sarah Jenkins for reporting it.").get(0);
        assertThat(f.excerpt()).doesNotContain("Sarah").doesNotContain("Jenkins").isEqualTo("S\u2022\u2022\u2022 J\u2022\u2022\u2022");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Join Cllr Judith Pemberton at the Guildhall on Saturday.",
        "Thanks to Judith Pemberton for opening the park.",
        "Sam Whitcombe, our Head of Waste Services, says collections resume on Monday.",
        "Rupert Ashcombe MP visited Totnes today.",
        "Anna Tremayne MP visited Totnes today.",
        "His Majesty King Charles will visit Dartmoor.",
        "The Prime Minister, Keir Starmer, visited Plymouth.",
        "Fore Street in Totnes will be closed on Monday.",
        "Victoria Road in Dartmouth is closed on Sunday.",
        "Kingsbridge Leisure Centre reopens on Monday.",
        "Well done to St Mary's Primary for their posters.",
        "Thanks Sarah, glad the bin was collected.",
        "Devon and Cornwall Police are holding an event in Totnes.",
        "Don't Miss Out on the Totnes Christmas market!",
        "RIP to the old bandstand in Ivybridge park.",
    })
    void doesNotFireOnPublicPeoplePlacesAndProfileNames(String text) {
        assertThat(findings(RULE, text)).isEmpty();
    }

    @Test
    void profileNamesAreNotFlaggedEvenWithTitles() {
        assertThat(findings(RULE, "Thanks to Mrs Pemberton for reporting it.")).isEmpty();
        assertThat(findings(RULE, "Thanks to Mrs Pemberton and resident Karen Philpott for reporting it."))
                .singleElement().satisfies(f -> assertThat(f.span().start()).isGreaterThan(25));
    }
}
