package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, round 12 (hate): the project's own sentences for the classes this round composes, each hateful class beside
 * the kept sentences that share its words. Regression cases, not accuracy evidence: none is a development row, and the
 * groups are mostly ones the development rows read do not name.
 */
class HateRound12Test {

    private static boolean hate(String text) {
        return !OffenceDetector.standard().analyse(text).offences(OffenceKind.HATE).isEmpty();
    }

    /** A negator as the subject of a comparison is a superlative: "nothing ... more than Xs" says most of all. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Nothing disgusts me more than Sikhs.",
        "No one is more repulsive than a Romanian.",
        "Nobody is more useless than a Kurdish lad, honestly.",
        "No one disgusts me more than Travellers do.",
    })
    void aSuperlativeByNegationIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same words with the group governed by another verb, or denied outright, stay clear. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Nothing disgusts me more than people who abuse Sikhs.",
        "Nothing is more disgusting than racism against Travellers.",
        "Romanians are not repulsive, whatever the leaflets say.",
        "Nobody thinks Kurds are lazy.",
    })
    void aSuperlativeAboutHostilityOrAPlainDenialIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Two negations that cancel ("never met a X who wasn't ...") say it of every member. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I've never met a Nigerian who wasn't a liar.",
        "I have never known a gay man who wasn't a pervert.",
        "There's not one Albanian on this estate who isn't a thief.",
    })
    void aDoubleNegationSaysItOfEveryMember(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** A double negation of a positive, or a relative clause that ends before the predicate, is no hate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I've never met a Nigerian who wasn't kind to me.",
        "I've never met a Sikh who wasn't welcoming.",
        "Not every Albanian who doesn't work is a thief, obviously.",
    })
    void aDoubleNegationOfAPositiveIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Impairments after a singular head ("every person with ...") and in the singular are groups too. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I will hurt every person with autism I meet.",
        "Someone should beat up every person with a learning disability in that home.",
        "Everyone with schizophrenia should be locked away for good.",
        "Everybody with a mental illness is a danger to our kids.",
    })
    void impairmentsAfterASingularHeadAreGroups(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same heads in care, support or a plight are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Every person with autism deserves a proper assessment.",
        "Everyone with a learning disability should get an annual health check.",
        "Everybody with epilepsy was let down by the closure of the clinic.",
    })
    void theSameHeadsInCareAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A group opening its sentence with "out" closing the clause is a slogan of exclusion, joined or not. */
    @ParameterizedTest
    @ValueSource(strings = {
        "All Kurds out!",
        "Somalis out now.",
        "Filipinos out, they ruin everything.",
        "Bangladeshisout now",
    })
    void aSloganOfExclusionIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** "Out" as a plight, a place or an outing is no slogan. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Muslims out and about at the Eid fair today.",
        "Polish families out of pocket after the benefit cuts.",
        "Somalis out in force to clean up the park.",
        "The Sikh community came out in force.",
        "Get the vote out: Bangladeshi women's group meets on Tuesday.",
    })
    void outAsAnOutingOrAPlightIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** The disease nouns in the plural are dehumanising as their singulars already were. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Muslims are diseases.",
        "Gypsies are plagues on every town they touch.",
        "Romanians are infections in this country.",
    })
    void diseaseNounsInThePluralAreHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same nouns about illness are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Viruses spread fast in care homes, so please get the jab.",
        "Infections among Roma children are rising because the clinic closed.",
        "Diseases like measles are coming back in our schools.",
    })
    void diseaseNounsAboutIllnessAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A denial of humanity after a comma is said of the group its copula clause names. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Deaf people are broken things, not people.",
        "Bisexuals are sex-crazed, not human.",
    })
    void anAppositiveDenialOfHumanityIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** An appositive that denies a negative is support. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The refugees are exhausted, not criminals.",
        "Muslims are our neighbours, not enemies.",
    })
    void anAppositiveDenialOfANegativeIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** "What is it with Xs and ...?" presumes the link to a problem of conduct. */
    @ParameterizedTest
    @ValueSource(strings = {
        "What is it with Nigerians and fraud?",
        "What's with Pakistanis and grooming?",
        "What is it about Albanians and drugs?",
    })
    void aWhatWithQuestionPresumingAProblemIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same opening about an institution, a custom or a virtue is kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "What is it with the council and potholes?",
        "What is it about Sikhs that makes them so generous?",
        "What is it with Poles and pickled cucumbers, my neighbour loves them.",
    })
    void aWhatWithQuestionWithoutAProblemIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Everyday traits of conduct denied of a group are negated positives. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Chinese people will never be as clean as us.",
        "Roma are never law-abiding.",
    })
    void aTraitOfConductDeniedOfAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same traits denied of a place or a thing are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The Chinese takeaway on Hill Street is not clean, I reported it to environmental health.",
        "The Polish shop's toilets were not clean.",
        "Muslims are clean, decent neighbours.",
    })
    void theSameTraitsOfAPlaceAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A blow carried "to death", wished in the passive or done to "them", is harm aimed at the group. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Romanians should be kicked to death.",
        "Every one of those Albanians deserves to be stoned to death.",
        "Round up the Kurds and beat them to death.",
    })
    void aLethalBlowWishedOnAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same words reporting what was done, or suffered, are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Kurds are being starved to death in the camps and the world looks away.",
        "A Muslim woman was beaten to death in Bradford in 2019.",
        "My grandad was nearly kicked to death by a gang, the police did nothing.",
    })
    void aLethalBlowReportedIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** "Hate" qualifying a noun ("a hate crime", "hate mail") names what others do; the feeling itself stays hate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Romanians were victims of a hate attack in Leeds.",
        "Romanians suffered a hate crime in Leeds.",
        "Jewish families get hate mail every week.",
    })
    void hateAsACompoundIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** The feeling of the speaker is still hate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I hate Romanians.",
        "I hate Somalis, crime follows them everywhere.",
        "I hate groups of Eritreans hanging round the precinct.",
    })
    void hateAsTheSpeakersFeelingIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** A disclaimer before "but" ("I'm not racist, but ...", "Call me a bigot, but ...") reports nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not racist but Somalis are savages.",
        "Call me a bigot if you like, but Kurds are animals.",
        "Say what you want, but Nigerians are crooks.",
        "I'm no bigot, but Eritreans are parasites.",
    })
    void aDisclaimerBeforeButIsTheSpeakersOwnClaim(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same words reporting others' words, condemning them, or before a kind claim are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Call me soft, but Somalis are lovely neighbours.",
        "People call Somalis savages, which is disgusting.",
        "Call it racism if you like, but the council must rehouse the Somali family now.",
        "I'm not surprised people call Kurds animals, but it is racist and wrong.",
    })
    void aReportOrAKindClaimAfterADisclaimerIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A negation carried across a parenthesis that ends in an auxiliary denies the positive after it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Romanians are not, and never will be, trustworthy.",
        "Kurds are not, and never have been, honest people.",
    })
    void aNegationCarriedAcrossAParenthesisIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** A parenthesis that ends in no auxiliary carries nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Romanians aren't, as a rule, dishonest.",
        "Kurds are not, and never have been, criminals.",
    })
    void aNegationOfANegativeStaysADenial(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }
}
