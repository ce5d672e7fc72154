package org.councilpolicy.content.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round-10 compositions on their own: which sentence form each reads, and the near misses each must leave.
 */
class Round10CompositionTest {

    private static Part verdict(String text) {
        return PersonVerdict.find(Composition.of(text));
    }

    @Test
    void aNegativeAttributeThroughACopulaIsAVerdictOnThePerson() {
        assertThat(verdict("Cllr Ann Reeves is utterly incompetent.")).extracting(Part::label).isEqualTo("incompetent");
        assertThat(verdict("The member for Westgate is a complete embarrassment.")).isNotNull();
        assertThat(verdict("Our planners are useless.")).isNotNull();
    }

    @Test
    void disagreementFeelingsNegationAndReportedSpeechAreNoVerdict() {
        assertThat(verdict("Cllr Reeves is wrong about the closures.")).isNull();
        assertThat(verdict("Cllr Reeves is angry about the decision.")).isNull();
        assertThat(verdict("Cllr Reeves is not incompetent, whatever the leaflet says.")).isNull();
        assertThat(verdict("Cllr Reeves said the plan is dreadful.")).isNull();
        assertThat(verdict("Our officers were shocked by the fly-tipping.")).isNull();
    }

    @Test
    void aLikenessNeedsAComparisonRightBeforeIt() {
        assertThat(Likening.find(Composition.of("Watching them was like watching toddlers do sums."))).isNotNull();
        assertThat(Likening.find(Composition.of("He is about as useful as a chocolate teapot."))).isNotNull();
        assertThat(Likening.find(Composition.of("Sessions for adults as well as children."))).isNull();
        assertThat(Likening.find(Composition.of("We'd like children to bring a packed lunch."))).isNull();
        assertThat(Likening.find(Composition.of(
                "If you spent half as much time helping as you do moaning, we'd be done."))).isNotNull();
    }

    @Test
    void aPatronisingAddressIsNotThanksOrAGreeting() {
        assertThat(Condescension.vocative(Composition.of("You're not in charge, love."))).isNotNull();
        assertThat(Condescension.vocative(Composition.of("That won't make them come faster, Karen 🙄"))).isNotNull();
        assertThat(Condescension.vocative(Composition.of("Thanks, love! See you on Saturday."))).isNull();
        assertThat(Condescension.vocative(Composition.of("We love, dearly, our parks."))).isNull();
    }

    @Test
    void aSuggestionIsCondescendingOnlyBesideSomeonesDeed() {
        assertThat(Condescension.suggestion(Composition.of(
                "To the lady who complained about the lights: perhaps try closing your curtains?"))).isNotNull();
        assertThat(Condescension.suggestion(Composition.of("Not sure which bin? Maybe try our bin checker."))).isNull();
    }

    @Test
    void aPerfectTenseAssertsWhatTheCaseIsAboutUnlessItIsAStepOfTheProceedings() {
        assertThat(CaseAssertion.find(Composition.of(
                "The landlord, who is due in court next week, has been mistreating tenants for years."))).isNotNull();
        assertThat(CaseAssertion.find(Composition.of("A man has been charged and has been remanded in custody.")))
                .isNull();
        assertThat(CaseAssertion.find(Composition.of("We have prosecuted the trader; the hearing has been adjourned.")))
                .isNull();
        assertThat(CaseAssertion.find(Composition.of("The trader allegedly has cheated buyers."))).isNull();
    }

    @Test
    void aBarePluralGroupOpeningItsSentenceIsSaidOfTheKind() {
        Composition generic = Composition.of("Eastern Europeans fill up our GP surgeries.");
        assertThat(Generalising.genericSubject(generic, generic.parts(Element.OUTSIDER_GROUP).get(0))).isTrue();
        Composition episode = Composition.of("Travellers arrived on the field on Monday.");
        assertThat(Generalising.genericSubject(episode, episode.parts(Element.OUTSIDER_GROUP).get(0))).isFalse();
    }
}
