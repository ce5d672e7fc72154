package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.councilpolicy.content.draft.Platform;
import org.junit.jupiter.api.Test;

/**
 * Round 7: a question whether the state of the environment was checked asks for the results, environmental
 * information (EIR reg 2(1)(a)), without a record noun and without the word "environmental"; a service question on an
 * environmental subject stays one. Every sentence here was written for this test.
 */
class EnvironmentCheckedTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    private static Classification email(String text) {
        return ENGLAND.classify(Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PRIVATE)
                .sender("Jo Bloggs", null, "jo@example.com", null).build());
    }

    private static Classification post(String text) {
        return ENGLAND.classify(Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PUBLIC)
                .platform(Platform.FACEBOOK).sender(Sender.named("Jo Bloggs")).build());
    }

    @Test
    void askingWhetherAirWaterOrSoilWasCheckedIsEir() {
        for (String text : new String[] {
                "Has the sand at the beach been tested for dog mess? My kids play there every day.",
                "Is the soil on the old gasworks site safe? Have you done any testing before they build houses?",
                "Is there any contamination in the stream behind the industrial estate? It has gone a funny colour.",
                "Any results from the air monitor outside St Mary's school? It's right by the bus station."}) {
            Classification c = email(text);
            assertThat(c.type()).as(text).isEqualTo(RequestType.EIR);
            assertThat(c.ambiguous()).as(text).isFalse();
        }
        Classification onFacebook = post("Has the council checked the canal since the fish died last week?");
        assertThat(onFacebook.type()).isEqualTo(RequestType.EIR);
        assertThat(onFacebook.reasons()).contains("feature: asks whether the state of the environment was checked");
    }

    @Test
    void serviceQuestionsOnEnvironmentalSubjectsAreNotRequests() {
        for (String text : new String[] {
                "Is there any chance someone could clear the fly-tipping on Bank Lane?",
                "Are there any dog waste bins in Hollins Park?",
                "Is the river safe to swim in today? Thinking of taking the kids.",
                "Can someone come and check the drain outside number 5, it keeps flooding.",
                "The tap water tastes funny, is it safe to drink? Who do I contact?",
                "Can you test the soil in our allotment for lead? It is next to the old foundry.",
                "Why was my recycling left behind? The sticker on it says contaminated."}) {
            assertThat(email(text).type()).as(text).isEqualTo(RequestType.NONE);
        }
    }
}
