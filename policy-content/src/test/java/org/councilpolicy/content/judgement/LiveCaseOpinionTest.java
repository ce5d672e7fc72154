package org.councilpolicy.content.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 11, contempt of court: the speaker's own opinion on a live criminal case in words no element names, and the
 * reports, procedural statements and civil or committee proceedings that must stay clean. Each case names the class
 * it stands for; none is taken from an evaluation set.
 */
class LiveCaseOpinionTest {

    private static Part opinion(String text) {
        return LiveCaseOpinion.find(Composition.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a predicted or wished verdict: a modal before an outcome
        "The scaffolder charged over the Tanner Street collapse will probably walk free, as usual.",
        "Two men are due in court on Friday. Hope they get what's coming to them.",
        "The woman accused of stealing from the foodbank deserves to be locked up.",
        // a view on guilt, innocence or the evidence
        "Our caretaker is on trial this week. I've known him for years and he is innocent.",
        "The defendant has pleaded not guilty, which frankly is hard to believe.",
        "The trader appears at magistrates tomorrow. Anyone who saw the footage knows it's open and shut.",
        // mockery or satisfaction while the case is live
        "Rogue builder in the dock today. Karma catches up with everyone.",
        "Landlord due in court next week over the mouldy flats 😂",
        // a stance about the case, not the process
        "Having seen the evidence, we expect a conviction when the trader is charged with fraud at Crown Court.",
        "Mark my words, the lad remanded over the bus shelter vandalism is the ringleader.",
        // a strongly negative attribute of whoever the case is about, through a verb
        "The firm charged over the landfill fire has a disgraceful safety record.",
        "The man awaiting trial for the depot break-in. He always seemed shifty to me."})
    void opinionsOnALiveCriminalCase(String text) {
        assertThat(opinion(text)).as(text).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the standard statements about proceedings
        "A man has been charged following the fire at the depot and will appear before magistrates on Monday. "
                + "As proceedings are active we can't comment further.",
        "A trader has been charged with selling counterfeit goods. Everyone is presumed innocent until proven guilty.",
        "If found guilty, he could face up to two years in prison.",
        // the process, not the case
        "We expect the trial to start in May and will update residents when the hearing is listed.",
        "The driver is due in court next month. We hope anyone with information will contact the police.",
        // someone else's claim, and a negated attribute
        "The landlord, who is due in court, allegedly lied to tenants.",
        // civil, planning and committee proceedings: the council's position, no jury to prejudice
        "We are confident our decision was lawful and will defend the judicial review.",
        "I'm on the licensing committee, so I know I must keep an open mind until the hearing on Tuesday.",
        "The planning appeal is ongoing; we believe the inspector will see the harm the scheme would do.",
        // negative words that are the case's facts, not a verdict on the person
        "A man has been charged with arson after the fire at Mill Lane. The fire was dangerous and damaged six homes."})
    void reportsProceduresAndOtherProceedingsAreNoOpinion(String text) {
        assertThat(opinion(text)).as(text).isNull();
    }
}
