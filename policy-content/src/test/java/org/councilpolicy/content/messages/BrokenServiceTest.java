package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;
import org.junit.jupiter.api.Test;

/**
 * Round 7: complaints in any words by composition: a service not done ({@link BrokenService}), harm a failure did, a
 * billing mistake, personal information shared without consent. Every sentence here was written for this test.
 */
class BrokenServiceTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    private static Classification email(String text) {
        return ENGLAND.classify(Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PRIVATE)
                .sender("Jo Bloggs", null, "jo@example.com", null).build());
    }

    private static int notDone(String text) {
        NormalisedText t = RequestCues.lexicon().normalise(text);
        List<LexiconMatch<Cue>> matches = RequestCues.lexicon().findLongest(t);
        return BrokenService.count(t.text(), matches);
    }

    @Test
    void aDenialBeforeAnActIsAServiceNotDone() {
        assertThat(notDone("No engineer ever came to look at the boiler.")).isEqualTo(1);
        assertThat(notDone("The officer never returned any of my messages.")).isEqualTo(1);
        assertThat(notDone("They decided without consulting a single resident.")).isEqualTo(1);
        assertThat(notDone("The path was meant to be swept on Monday. It wasn't.")).isEqualTo(1);
        assertThat(notDone("The crew did not attend on Monday and the office did not acknowledge my letter or respond to it.")).isEqualTo(2);
    }

    @Test
    void aDoubtAnotherClauseOrAListedFailureIsNotCounted() {
        assertThat(notDone("I'm not sure it was processed.")).isZero();
        assertThat(notDone("Not only did they come early, they fixed it.")).isZero();
        assertThat(notDone("It isn't raining, so the crew came early.")).isZero();
        assertThat(notDone("Another survey that no one will ever read.")).as("a forecast").isZero();
        assertThat(notDone("The engineer never came.")).as("a listed failure phrase, counted there").isZero();
    }

    @Test
    void aServiceNotDoneWithRepetitionOrDissatisfactionIsAComplaint() {
        assertThat(email("No engineer ever came about the boiler and I have rung four times.").complaint()).isTrue();
        assertThat(email("The planning officer never returned my messages and the scheme went through without "
                + "consulting us.").complaint()).isTrue();
        assertThat(email("The path was supposed to be gritted on Monday. It wasn't, and my husband slipped outside "
                + "the gate.").complaint()).isTrue();
    }

    @Test
    void harmBillingMistakesAndSharingWithoutConsentAreComplaints() {
        assertThat(email("You have taken two payments for my council tax this month and the bank says I am now "
                + "overdrawn.").complaint()).isTrue();
        assertThat(email("Your housing officer discussed my rent arrears with my neighbour without my permission.")
                .complaint()).isTrue();
        assertThat(email("The contractor who relaid our path left it in a worse state and nobody will take "
                + "responsibility for it.").complaint()).isTrue();
    }

    @Test
    void aRefusalToTheSenderIsNotAForecast() {
        assertThat(notDone("Nobody will answer my calls about the leak.")).isEqualTo(1);
        assertThat(notDone("No one will reply to my emails.")).isEqualTo(1);
        assertThat(notDone("Nobody will listen, as usual.")).as("a forecast, nothing done to the sender").isZero();
    }

    @Test
    void contactCountedWithAFailureIsAComplaint() {
        assertThat(email("Why has nobody replied to any of my four emails about the damp in my flat?").complaint())
                .isTrue();
        assertThat(email("After three separate phone calls nobody has come to fix the broken gate on our close.")
                .complaint()).isTrue();
        assertThat(CountedRepetition.found("i sent three letters")).isTrue();
        assertThat(CountedRepetition.found("i sent 12 emails")).isTrue();
        assertThat(CountedRepetition.found("i sent 1 email and two days later a letter")).isFalse();
        assertThat(CountedRepetition.found("three of us. emails are best")).as("another sentence").isFalse();
        assertThat(email("I have sent three letters with my application, please confirm you have them all.")
                .complaint()).as("a count alone").isFalse();
    }

    @Test
    void theOmbudsmanOrAnEscalationWithAFailureIsAComplaint() {
        assertThat(email("If this is not sorted by the end of the month I am taking it to the Ombudsman.").complaint())
                .isTrue();
        assertThat(email("I will be contacting my MP about the way your rents team has treated my mother.")
                .complaint()).isTrue();
        assertThat(email("I'll be contacting my MP about the new parking zone, it is a terrible idea.").complaint())
                .as("a policy taken to an MP, no failure of service").isFalse();
        assertThat(email("My solicitor says I should ask for a copy of my tenancy file myself first.").complaint())
                .as("a solicitor mentioned, not an escalation").isFalse();
    }

    @Test
    void aLongFailureOrServiceNotGivenAsANounIsAComplaint() {
        assertThat(email("The footpath on Mill Lane has been closed for seven weeks with no explanation.").complaint())
                .isTrue();
        assertThat(email("Fantastic service as ever. Fourth week with no collection on Tanner Street.").complaint())
                .isTrue();
    }

    @Test
    void aCalmReportOfOneThingNotDoneIsAServiceRequest() {
        assertThat(email("My bin wasn't collected today, could someone come back for it please?").complaint())
                .isFalse();
        assertThat(email("I haven't done the renewal form yet, is it too late for a parking permit?").complaint())
                .isFalse();
        assertThat(email("Can you tell me if my payment has gone through? I'm not sure it was processed.")
                .complaint()).isFalse();
    }
}
