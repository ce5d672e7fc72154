package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, round 11 (hate): the project's own sentences for the classes this round composes, each hateful class beside
 * the kept sentences that share its words. Regression cases, not accuracy evidence: none is a development row.
 */
class HateRound11Test {

    private static boolean hate(String text) {
        return !OffenceDetector.standard().analyse(text).offences(OffenceKind.HATE).isEmpty();
    }

    /** Hostility to a group named as the topic (counter-speech that refers to hate) is kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Hatred of Hindus has no place in this borough.",
        "Contempt for Roma people has no place on a council page.",
        "Prejudice against disabled tenants is still everywhere in private renting.",
        "It is cruel to mock autistic people, full stop.",
        "It's wrong to demonise refugees for the housing crisis.",
        "The abuse Jewish families get on this page is disgusting and I stand with them.",
        "The hostility trans women face at the leisure centre has to stop.",
    })
    void hostilityAsTheTopicIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** The same nouns and verbs as the speaker's own stance stay hate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "My hatred of Hindus grows every day.",
        "I'm full of hatred for Romanians.",
        "I have nothing but contempt for Muslims, they are vermin.",
        "We need to attack Somalis wherever we find them.",
    })
    void hostilityOfTheSpeakerIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** A sex or age word for one person, or workers named by their trade, is no group. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Someone should have a word with that Sharon woman on the front desk, she never answers.",
        "The refuse men are lazy as anything, the whole idle lot of them.",
        "The bin men are thick, every single one of them.",
        "The old fella at number 9 lets his garden rot and it brings vermin.",
        "Someone will end up throttling that Gail woman on the phones one day.",
        "The woman on reception was vile to me again this morning.",
    })
    void onePersonOrATradeIsNoGroup(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** The same words naming the group still carry hate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Every woman is too stupid to drive a bus.",
        "Women are thick, every single one of them.",
        "The elderly are a drain on the NHS and should be put down.",
        "Old people are vermin clogging up our hospitals.",
    })
    void theGroupStillCarriesHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** A removal with the group as object between verb and particle; a generalisation; worth denied in a question. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Send every Pakistani back on the first boat.",
        "We will drive every Romanian out of this town with our bare hands.",
        "Kick the Kurds out and the estate would be fine.",
        "Ship all those Nigerians home, today.",
        "sendthesomalishome now",
        "All Somalis are the same, they come here and take everything.",
        "Nigerians are all the same.",
        "What good is a blind person to anybody?",
        "What use are disabled people to society?",
        "A family of Kurds moved in at the end of the road. Those people are filthy.",
        "Somalis moved in next door. These people are animals.",
    })
    void sentenceShapesWithoutAPredicateWordAreHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same shapes about things, institutions or equal treatment are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Send the forms back to the planning office by Friday.",
        "Kick the ball out of the park and you lose a point.",
        "The Home Office sent the Albanian family back in March and the school is heartbroken.",
        "All the councillors are the same, promises and no delivery.",
        "Muslims are the same as everyone else on this estate.",
        "Disabled people deserve the same rights as the rest of us.",
        "What use is a bus lane to anyone when the buses never come?",
        "Somalis moved in next door. These people have been so welcoming.",
        "Don't send the Ukrainian families back, they have nowhere to go.",
    })
    void theSameShapesAboutOtherThingsAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A condemning word said of the group in its own attribute list is one more attribute; "too ... to" denies capacity. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Catholics are bigoted and stupid.",
        "Pensioners are greedy, racist and a burden on the rest of us.",
        "Women are too emotional to lead.",
        "Travellers are all too thick to hold down a job.",
    })
    void attributesAndCapacityDeniedAreHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same words as a report, a plight or a neutral state are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "People who say Muslims are backward are bigoted.",
        "Refugees are too frightened to complain about their landlords.",
        "Children are too young to vote.",
        "Disabled residents are too often left out of consultations.",
        "Our Polish volunteers are too kind to say no to anyone.",
    })
    void reportsPlightsAndStatesAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Swearing aimed at a group named; "the same ones" pointing back to a group. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Fucking Hindus everywhere you turn these days.",
        "These shitty Albanians think they own the high street.",
        "Jews own the housing association and it's always the same ones pulling the strings.",
    })
    void swearingAtAGroupAndPointingBackAreHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Swearing near a group but not at it, and the cigarette sense of "fags" in the tobacco trade, are no hate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I fucking love the Sikh community kitchen.",
        "Fucking hell, what a queue, but the Polish deli was worth it.",
        "The fucking council never listens to disabled residents.",
        "Old Terry at the Crown has been selling knock-off fags for years, trading standards should look.",
    })
    void swearingNotAtAGroupAndTheTobaccoTradeAreNoHate(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A slur the speaker counts themself in ("... like me/us") is reclaimed; "... like you" is not. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Queers like us have run this bar since 1990, come and say hello.",
        "Old queers like me remember when this was the only safe pub in town.",
    })
    void selfInclusionAndOrdinaryWordsAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A harm said of a group after a relative clause about it ("any X who ... will ..."). */
    @ParameterizedTest
    @ValueSource(strings = {
        "Any Muslim who moves into our close will end up in hospital, mark my words.",
        "Every Romanian that sets foot in this village after dark will be beaten black and blue.",
        "Gay men who hold hands outside the pub on a Friday night deserve a good kicking.",
    })
    void harmAfterARelativeClauseIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Help offered or a harm suffered after the same kind of clause is kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Any Polish family who needs help with the forms can call the council on Monday.",
        "Disabled residents who were hurt by the cuts to care packages deserve an apology.",
        "Muslims who were attacked outside the mosque last week are still in hospital.",
    })
    void helpOrHarmSufferedAfterARelativeClauseIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Others called "normal" beside a group named cast the group as abnormal. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Autistic kids should not be in our schools dragging down the normal ones.",
        "Gay couples should not adopt, children need normal parents.",
        "Wheelchair users take all the parking bays and normal people have to walk miles.",
    })
    void normalOthersBesideAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** "Normal" of things, of lives, or in a comparison asking for equality is kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Autistic people want to live normal lives like anyone else.",
        "Disabled children can go to a normal school with the right support.",
        "Gay couples adopt children every year and are regular families.",
        "Disabled people are not less than normal people, and anyone who says so is a bigot.",
    })
    void normalOfThingsOrInComparisonIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A gain put down to the group with merit denied (tokenism). */
    @ParameterizedTest
    @ValueSource(strings = {
        "He only got the promotion because he is a Black man, not because he is any good.",
        "She only got the seat because she is a woman.",
        "They got the council house because they're Somalis, not because they needed it.",
    })
    void tokenismIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** A gain explained by need or merit, or a harm suffered for who one is, is kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "He got the adapted flat because he is disabled and the old one had stairs.",
        "She got the job because she is a brilliant engineer, not because of who she knows.",
        "He got abuse at work because he is gay, and the council did nothing.",
    })
    void needMeritOrPlightIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }
}
