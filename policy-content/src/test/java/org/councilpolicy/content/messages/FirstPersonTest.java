package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Round 8: the sender as the subject ({@link FirstPerson}): saying "I complain" in any words between the subject and
 * the verb is a complaint; others complaining, a denial or a question about how to complain is not; and a mishap the
 * sender tells of themselves ("I've lost my copy") is not the council's failure. Every sentence here was written for
 * this test.
 */
class FirstPersonTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    private static Classification email(String text) {
        return ENGLAND.classify(Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PRIVATE)
                .sender("Jo Bloggs", null, "jo@example.com", null).build());
    }

    @Test
    void theSenderSayingTheyComplainIsAComplaint() {
        assertThat(FirstPerson.complains("i hereby complain about the state of the footbridge.")).isTrue();
        assertThat(FirstPerson.complains("we are writing to you to complain about the depot lorries.")).isTrue();
        assertThat(FirstPerson.complains("i must complain, again, about the street lights.")).isTrue();
        assertThat(email("I formally complain about how the parking appeal on my van was handled.").complaint())
                .isTrue();
    }

    @Test
    void othersComplainingADenialOrAQuestionAreNot() {
        assertThat(FirstPerson.complains("residents complain about the gulls every summer.")).isFalse();
        assertThat(FirstPerson.complains("i'm not complaining, the crew were lovely.")).isFalse();
        assertThat(FirstPerson.complains("how do i complain about a taxi driver?")).isFalse();
        assertThat(FirstPerson.complains("how tall can a fence be before i can complain?")).isFalse();
        assertThat(FirstPerson.complains("i know they complain, but the market stays.")).isFalse();
        assertThat(FirstPerson.complains("i think the new bins are great. people complain about anything"))
                .isFalse();
    }

    @Test
    void theSendersOwnMishapIsNotTheCouncilsFailure() {
        String s = "my phone broke and i've lost the letter you sent.";
        assertThat(FirstPerson.ownMishap(s, s.indexOf("lost"), "lost")).isTrue();
        String trade = "i've lost a day's trade.";
        assertThat(FirstPerson.ownMishap(trade, trade.indexOf("lost"), "lost")).as("harm, not a mishap").isFalse();
        String council = "you lost the letter i sent.";
        assertThat(FirstPerson.ownMishap(council, council.indexOf("lost"), "lost")).isFalse();
        String had = "i have had no response.";
        assertThat(FirstPerson.ownMishap(had, had.indexOf("had no"), "had no response")).isFalse();
        assertThat(email("My tablet died and I've lost every email I sent to the housing team. Please could you send "
                + "me copies of them.").complaint()).isFalse();
    }

    @Test
    void wantingMoneyBackIsARemedyNotARequestForInformation() {
        assertThat(FirstPerson.wantsBack("i want the £40 back by friday.", "i want the".length())).isTrue();
        assertThat(FirstPerson.wantsBack("i want the minutes. back in may you said", "i want the".length()))
                .as("another sentence").isFalse();
        Classification c = email("You charged my direct debit twice for the garden waste bin. I want the £40 back.");
        assertThat(c.type()).isEqualTo(RequestType.NONE);
        assertThat(c.complaint()).isTrue();
    }

    @Test
    void staffNamedByAPersonNounAndWhereTheyWork() {
        assertThat(email("The fella at the tip swore at me and told me to take my rubbish home. Disgusting way to "
                + "treat a paying resident.").complaint()).isTrue();
    }

    @Test
    void aRecordOfACallTheSenderToldOfIsTheirOwn() {
        assertThat(email("I rang the benefits line on Tuesday and was told my claim was closed. Can I have the "
                + "recording of that call please?").type()).isEqualTo(RequestType.SAR);
        assertThat(email("Please send me all the information you keep concerning myself.").type())
                .isEqualTo(RequestType.SAR);
    }
}
