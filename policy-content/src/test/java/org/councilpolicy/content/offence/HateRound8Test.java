package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, round 8 (hate): the project's own sentences for the classes this round composes, with target groups no
 * development set names (Ghanaians, Lithuanians, Filipinos, Sudanese, Hindus, bisexual people). Regression cases, not
 * accuracy evidence: each names a class, none is a development row.
 */
class HateRound8Test {

    private static boolean hate(String text) {
        return !OffenceDetector.standard().analyse(text).offences(OffenceKind.HATE).isEmpty();
    }

    /**
     * Negated positives said attributively of one member of a group ("never met an honest X"), inverted questions that
     * carry a negative attribute ("Why is every X a liar?"), and singular forms of the plural predicate nouns.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "There is no such thing as a decent Ghanaian.",
        "I have never met an honest Lithuanian.",
        "Nobody has ever met a polite Lithuanian.",
        "You will never find a trustworthy Filipino.",
        "Why is every Ghanaian a con artist?",
        "Why is every Sudanese a thief?",
        "Why are Hindus always so dishonest?",
        "Every Filipino on this estate is a parasite.",
        "Hindus are no use to anyone.",
        "Ghanaians are good for nothing.",
        "My cousin works with Lithuanians and says they are all two-faced.",
        "My uncle lived next to Filipinos for years and says they're all filthy.",
        "Lithuanians are all drunks and layabouts.",
        "Bisexual people are so promiscuous.",
        "Women belong in the kitchen, not on the council.",
    })
    void derogationBeyondTheCopulaIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Harm aimed at one member of a group named by an orientation or a nationality, with harm verbs of new kinds. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'll stab the first Ghanaian I see in town.",
        "I'll snap the neck of the next bisexual who flirts with me.",
        "I'll crack the skull of the next Hindu I see.",
        "We'll gun down the Filipinos at their church.",
        "I'm going to mow down every Lithuanian on that march.",
        "I'll put every Sudanese family in the ground.",
        "Somebody ought to set the dogs on those Ghanaians.",
    })
    void harmAimedAtAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /**
     * Frames around a harm or a claim: endorsement whoever does it ("no loss if someone ..."), others' words dismissed
     * ("whatever anyone says"), the houses where a group lives, an insult noun after a group adjective, rhetorical
     * "ever" questions, capability denied ("not one of them has a brain").
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "It would be no loss if someone stabbed a few Lithuanians.",
        "I wouldn't blame anyone who punched a bisexual.",
        "Whatever people say, Ghanaians are vermin.",
        "I don't care what anyone says, Hindus are animals.",
        "Somebody should set fire to the flats where the Ghanaians live.",
        "Any Filipino freak who comes near my kids gets a kicking.",
        "What have Sudanese people ever contributed to this town?",
        "Two Lithuanians on the board now. Not one of them has a brain cell.",
        "Hindus are just not compatible with life in this country.",
        "Every Ghanaian in the country should be put against a wall.",
        "If I catch a Lithuanian on my street I'll break every bone in his body.",
        "Why does every Filipino stink?",
        "Get that Lithuanian parasite off our estate.",
        "These Ghanaians think I won't batter every one of them.",
        "I can't believe these Filipinos, thinking I won't hurt every one of them.",
    })
    void framesAroundHarmAndClaimsAreHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /**
     * Groups added this round: ethnic groups and faith denominations beyond nationalities, gender identities, and
     * impairments named as "people with ..." (Equality Act 2010, Schedule 1 and the guidance on disability).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Kashmiris are vermin and should be sent back.",
        "Tamils are nothing but parasites.",
        "Every Sunni I meet is a liar.",
        "Yazidis are a disease on this town.",
        "Genderfluid people are freaks.",
        "People with dementia are a waste of space and should be put down.",
        "Children with ADHD are feral animals.",
        "People with epilepsy should not be allowed out.",
        "Amputees make me sick.",
    })
    void groupsAddedThisRoundAreReached(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /**
     * Not hate: a positive said of a member of a group, a negative denied ("never met a rude X"), a neutral question,
     * a singular for no one person ("the first Ghanaian MP"), a report of what was done.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "I have never met a rude Lithuanian.",
        "There is no such thing as a typical Lithuanian.",
        "Why is every Ghanaian I meet so friendly?",
        "My cousin works with Filipinos and says they're all brilliant.",
        "Hindus are no different from anyone else.",
        "An honest Lithuanian handed my wallet in at the station.",
        "I'm proud to be a decent, hard working Ghanaian.",
        "Is the first Ghanaian councillor standing again?",
        "Is every Filipino nurse going to get the pay rise?",
        "The animal shelter run by the Hindu temple needs volunteers.",
        "She is a decent Sudanese woman who helped everyone on our street.",
        "I'll make sure every Ghanaian family gets a welcome pack.",
        "My son says a boy at school told him Filipinos are filthy. Disgusting, and I've reported it.",
        "My neighbour says 'Hindus are vermin' every time she walks past. It's vile.",
        "Stickers saying 'Ghanaians are thieves' went up on the bus shelter. They're disgusting.",
        "Me and the other queers from the choir are marching on Saturday.",
        "It would be no loss if the council closed the Lithuanian shop's car park.",
        "The houses where the Filipino nurses live need new boilers.",
        "Whatever people say, Hindus have been part of this town for fifty years.",
        "Why should Sudanese families get to wait longer for a school place?",
        "Why should Ghanaian pensioners pay more council tax than anyone else?",
        "The blind idiots at the council have closed the library again.",
        "The foreign idiots who run the bin contract should be sacked.",
        "What an old windbag the chair of the committee is.",
        "People with dementia are being let down by this council, shameful.",
        "Children with ADHD are left without support for years, it's disgusting.",
        "Kashmiri families have run the market stall for thirty years.",
        "I went to Paris last summer and the hotel was filthy.",
        "The Kashmir conflict was discussed at the interfaith meeting.",
        "I can't believe someone wrote 'Hindus are vermin' on the bus shelter.",
        "People think I won't help the Lithuanian family, but I will.",
        "The Ghanaian comedian at the arts centre last night was hysterical.",
        "Our Filipino chef belongs in the kitchen of a top restaurant.",
    })
    void notHate(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }
}
