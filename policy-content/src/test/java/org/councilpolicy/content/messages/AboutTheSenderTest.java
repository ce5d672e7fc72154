package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Round 7: records about the sender found by the grammar of the clause after the record noun ({@link AboutTheSender}),
 * not by listed phrases; and a complaint's question that asks for no record or figure is not also a request. Every
 * sentence here was written for this test.
 */
class AboutTheSenderTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    private static Classification email(String text) {
        return ENGLAND.classify(Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PRIVATE)
                .sender("Jo Bloggs", null, "jo@example.com", null).build());
    }

    @Test
    void meAsWhatWasRecordedMakesSubjectAccess() {
        for (String text : new String[] {
                "I request a copy of the assessment the occupational therapist wrote after visiting me.",
                "Send me the body-worn camera footage of the warden who spoke to me on Friday.",
                "Please provide the statements the caretaker gave about me after the incident in the lift.",
                "Under FOI I want the photographs your enforcement officer took of me outside the depot.",
                "I would like the letters sent to me by the rents team last year, I have lost mine."}) {
            assertThat(email(text).type()).as(text).isEqualTo(RequestType.SAR);
        }
    }

    @Test
    void theSendersOwnDealingsAndChildrenMakeSubjectAccess() {
        for (String text : new String[] {
                "I would like the recordings of the phone calls I made to your contact centre last month.",
                "Please send copies of the forms that I submitted with my blue badge renewal.",
                "Please provide the case file for my son's school admission appeal.",
                "I request the notes on my daughter kept by the early help team.",
                "Please give me the reports written about my daughter by the educational psychologist.",
                "Could you send a record of every payment I have made for my parking permit since 2021?",
                "I would like to see the information you have collected on my family since we moved to Elm Court.",
                "Under FOI please send all the emails your staff have written that refer to me since March."}) {
            assertThat(email(text).type()).as(text).isEqualTo(RequestType.SAR);
        }
    }

    @Test
    void roundNineShapesMakeSubjectAccess() {
        for (String text : new String[] {
                "Please forward the case file relating to my daughter's transport appeal, as her parent.",
                "I want the record of the calls referring to my tenancy that your team logged in 2024.",
                "Please provide the notes the housing officer made when they inspected me and my flat in May.",
                "Please can I have all the information the council keeps on myself and my partner.",
                "Please can I have everything the council keeps on myself and my partner."}) {
            assertThat(email(text).type()).as(text).isEqualTo(RequestType.SAR);
        }
    }

    @Test
    void aClauseOfTimeOrAboutnessWithoutTheSenderIsNotSubjectAccess() {
        assertThat(email("Please provide the minutes relating to my ward's library closure.").type())
                .as("the ward is a place: information about it, not about the sender").isNotEqualTo(RequestType.SAR);
        assertThat(email("Please send the report the engineers wrote when they inspected the Bryn Road bridge.")
                .type()).isNotEqualTo(RequestType.SAR);
    }

    @Test
    void meAsWhereACopyGoesOrInAnotherClauseIsNotSubjectAccess() {
        assertThat(email("Please send the planning officer's report on the Bryn Road scheme to me at the address "
                + "below.").type()).isEqualTo(RequestType.EIR);
        assertThat(email("Please provide the contract for the leisure centre refurbishment and let me know if it "
                + "will be published.").type()).isEqualTo(RequestType.FOI);
        assertThat(email("I would like the noise monitoring results for the quarry, because the blasting keeps waking "
                + "me up.").type()).isEqualTo(RequestType.EIR);
        assertThat(email("Please provide the report on the Mill Lane flooding, it would help me understand it.")
                .type()).isEqualTo(RequestType.EIR);
    }

    @Test
    void informationTheSenderAskedForOrTookPartInIsNotTheirs() {
        assertThat(email("Please send the figures I asked for in my letter of 3 May on agency staff spending.").type())
                .isEqualTo(RequestType.FOI);
        assertThat(email("Can you send the minutes of the meeting I attended on the town centre plan?").type())
                .isEqualTo(RequestType.FOI);
        assertThat(email("Please release the report into the bridge collapse that I saw mentioned at full council.")
                .type()).isEqualTo(RequestType.FOI);
    }

    @Test
    void aComplaintsQuestionForNoRecordIsNotARequest() {
        Classification rude = email("Your officer was incredibly rude to my elderly mother on the phone yesterday. "
                + "What training do your staff get on dealing with the public?");
        assertThat(rude.complaint()).isTrue();
        assertThat(rude.type()).isEqualTo(RequestType.NONE);
        assertThat(rude.reasons()).contains("feature: a complaint's question, not a request");
        Classification lost = email("I sent my housing benefit forms in twice and you have lost them both times. "
                + "Where do they end up?");
        assertThat(lost.complaint()).isTrue();
        assertThat(lost.type()).isEqualTo(RequestType.NONE);
        // Still a request: a figure asked for in a complaint, or a record asked for in request wording.
        Classification figures = email("Third missed collection this month on Rowan Way and I am fed up. How many "
                + "missed collections have there been across the town this year?");
        assertThat(figures.complaint()).isTrue();
        assertThat(figures.type()).isEqualTo(RequestType.FOI);
        Classification contract = email("The verges on our estate have not been cut since May and nobody answers my "
                + "emails. Please send me the grounds maintenance contract.");
        assertThat(contract.complaint()).isTrue();
        assertThat(contract.type().isRequest()).isTrue();
    }
}
