package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.messages.WhoseInformationTest.email;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, round 12: a request made second in a message ("I also want to know ...", "we would also like ...") asks as
 * plainly as the first; the project's own sentences.
 */
class SecondRequestTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    @ParameterizedTest
    @ValueSource(strings = {
            "My parking permit never arrived and I want my money back. I also want to know how many permits were "
                    + "issued late in 2025.",
            "I would also like to know how many staff the licensing team employed in 2024.",
            "We'd also like a copy of the contract with the leisure operator."})
    void aSecondRequestWithAlsoIsARequest(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.FOI);
    }

    /** The opposite side: "also" in a service question asks for nothing recorded. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I also want to know when my bin will be collected.",
            "We would also like to book a bulky waste collection for next Friday."})
    void alsoInAServiceQuestionIsNoRequest(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.NONE);
    }

    @Test
    void alsoGoesAfterTheModalOrTheSubject() {
        assertThat(RequestCues.withAlso("i would like to know")).isEqualTo("i would also like to know");
        assertThat(RequestCues.withAlso("i'd like a copy")).isEqualTo("i'd also like a copy");
        assertThat(RequestCues.withAlso("i want to know")).isEqualTo("i also want to know");
        assertThat(RequestCues.withAlso("please send me")).isNull();
        assertThat(RequestCues.withAlso("i'd be grateful for")).isNull();
    }
}
