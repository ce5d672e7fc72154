package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, round 10 (hate): the project's own sentences for the implicit-derogation classes this round composes
 * ({@link ImplicitDerogation}, {@link BackToCountry}), each with the kept sentences that share its words. Regression
 * cases, not accuracy evidence: none is a development row.
 */
class HateRound10Test {

    private static boolean hate(String text) {
        return !OffenceDetector.standard().analyse(text).offences(OffenceKind.HATE).isEmpty();
    }

    /** A precaution told to the reader with a group near: the group cast as thieves or a danger. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Hide your handbag when the Romanians get on the bus.",
        "Lock up your bikes, the travellers are back in town.",
        "The Kurds have opened a car wash on Mill Lane. Better guard your wallets.",
        "Never leave your kids alone with a gay teacher.",
        "Count your fingers after shaking hands with an Albanian.",
        "Always check your pockets when you walk past the Somali cafe crowd, those Somalis are quick.",
        "Keep your daughters away from the Pakistani lads at the takeaway.",
    })
    void precautionAgainstAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Precautions with no group near, told by a group member, or about a group's place are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Lock your car at the leisure centre: three were broken into last week.",
        "My Muslim neighbour told me to lock my shed after the break-ins.",
        "Hide your valuables when you park at the beach, the police say thieves target visitors.",
        "The Polish shop was burgled, so lock up your bikes, everyone.",
        "Keep your dogs away from the children's play area.",
        "Never leave your kids alone in a hot car.",
    })
    void precautionWithoutAGroupIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A group as the subject of blame for a problem, or the speaker blaming a group for something. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Immigrants are the reason nobody can get a GP appointment.",
        "Asians are the cause of every problem on this estate.",
        "Muslims are to blame for the crime round here.",
        "Honestly, Ghanaians are the main reason this town has gone downhill and it's getting worse.",
        "They moved the Roma into Elm Court and now they're the reason for all the litter.",
        "I blame the Lithuanians for the fly-tipping.",
    })
    void blameOfAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Blame denied, blame of an institution, credit given to a group, and blame reported as racism are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Gay couples are the reason we finally got a proper Pride event in town, and I'm glad.",
        "Disabled residents are the reason the council fixed the ramps, after years of campaigning.",
        "Immigrants are not the reason for the housing crisis; decades of underbuilding are.",
        "Don't blame refugees for the state of the NHS.",
        "I blame the council for the potholes, not immigrants.",
        "Women are the reason this campaign succeeded.",
        "People keep saying Roma are the reason for crime, which is racist nonsense.",
    })
    void blameNotOfAGroupIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /**
     * Insinuation: a tag that needs no saying after a group ("Xs on the board, enough said"), "they're all the same",
     * "there goes the neighbourhood", "typical X behaviour", "the only good X is a dead X".
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Women drivers, say no more.",
        "Nigerians running the council's IT contract. Draw your own conclusions.",
        "The carnival will be heaving with Jamaican lads and we all know what that means.",
        "Muslims, they're all the same.",
        "I've worked with loads of Hindus and they're all alike.",
        "A Black family moved in across the road, there goes the neighbourhood.",
        "Typical Polish behaviour, drinking in the park all day.",
        "The only good Somali is a dead Somali.",
    })
    void insinuationAboutAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same tags aimed at an institution or a service, or about weather, are kept (criticism, MD-1). */
    @ParameterizedTest
    @ValueSource(strings = {
        "The council cut the disabled bus service again. Surprise surprise.",
        "Elderly people waited three hours for the bus again, what a surprise.",
        "Typical British summer, rain every day.",
        "Typical council, ignoring disabled residents again.",
        "The council and the police are all the same.",
        "The only good thing about the new Jewish museum is the cafe.",
        "Muslims in the borough raised £5,000 for the food bank. Who'd have thought the papers would ignore it? Just saying.",
    })
    void tagsAtInstitutionsAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Telling a person or people to go back to a country: exclusion for national origin, with or without a group. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Cllr Patel should go back to India and take her family with her.",
        "Go back to Africa, nobody wants you here.",
        "Send them all back to Pakistan.",
        "That doctor can go back to Nigeria if he doesn't like it here.",
        "If you don't like our ways, clear off back to Poland.",
        "We should deport her back to Jamaica on the next flight.",
    })
    void goBackToACountryIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Going back as one's own plan, a place in the borough, a thing returned, a report or a quotation are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "We want to go back to Spain next summer.",
        "I'll go back to Portugal for my cousin's wedding.",
        "My nan was sent back to Ireland in the 1950s and never forgave them.",
        "A man shouted \"go back to Poland\" at my son outside the school.",
        "Residents can go back to Church Street once the road reopens.",
        "Send it back to China for a refund.",
    })
    void goingBackOtherwiseIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /**
     * A group's arrival followed (or preceded) by a problem: blame by insinuation, also through a group word that
     * qualifies a business ("another Turkish barber opens and ..."), and precautions near a group's shop.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "The Albanians moved in last month and now the bikes keep going missing.",
        "Another Turkish barber opens and the dealers are back on the corner.",
        "Black families moved onto our road and it's turned into a ghetto.",
        "Lock your car if you park near the Lithuanian shop.",
        "A woman in charge of the budget? Better hide the credit cards.",
    })
    void arrivalThenProblemIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Arrivals with nothing wrong, a problem an institution owns, a victim, or a problem denied are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "A Syrian family moved in next door and they've been lovely.",
        "The Ukrainian family arrived in March and the council still hasn't fixed their boiler, it's a disgrace.",
        "Refugees arrived at the hotel and nothing has gone missing, despite what the rumours say.",
        "The Indian restaurant opened on Friday; parking is a nightmare but the food is great.",
        "Someone stole the Polish shop's sign and the owner is upset.",
        "Guard your phone at the station, pickpockets are about, and don't blame the Romanian busker.",
    })
    void arrivalWithoutBlameIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Harm foretold of a group in the passive future ("will be hanged"), a threat as a wish is. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The Roma will be hanged, one by one.",
        "Mark my words, Sikhs will be killed.",
        "Refugees will be drowned in the harbour.",
        "Those Ghanaians are going to be butchered.",
        "Trans people will hang for this.",
        "Mark my words, the Kurds on Elm Road will burn.",
        "Asylum seekers, enjoy your last night.",
        "Someone should take a knife to those Somalis.",
        "There should be open season on Somalis.",
    })
    void harmForetoldOfAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Harm forecast from a cause or a failing institution, or protection promised, is kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Refugees will be killed if the Home Office deports them to Syria.",
        "Trans people will be harmed by this policy, the charity warns.",
        "Gay men will be attacked if the council doesn't light the park.",
        "Jewish pupils will be protected, the head promised.",
        "Older people will burn through their savings if the care cap goes.",
        "Disabled people will hang on for hours waiting for the council to answer.",
    })
    void harmForecastIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A group adjective before a trade or role names people ("Polish builders"), so what is said of them is hate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Polish builders are cheap, but they're all thieves.",
        "Romanian cleaners are filthy, every one of them.",
        "Black people? They're the reason this area is ruined.",
        "Somali cabbies should all be deported.",
    })
    void groupBeforeARoleIsPeople(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same roles with praise, or a problem of a service, are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Polish builders did our extension; they were cheap and brilliant.",
        "Nigerian nurses kept the ward going all winter, and they deserve a medal.",
        "The Somali cabbies' rank on Station Road floods every time it rains.",
    })
    void groupBeforeARoleWithoutDerogationIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A "why" question presuming something derogatory of a group, and a group wished away for a better town. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Why do Muslims always have to cause trouble?",
        "Why should disabled people get free parking when the rest of us pay?",
        "Why does every Somali family have ten kids on benefits?",
        "How come Bulgarians are so lazy?",
        "Why do trans people expect the world to revolve around them?",
        "Wouldn't we all be better off if the Jews just left?",
        "This country would be a better place if the gays all moved abroad.",
    })
    void presumingQuestionsAndWishedAwayAreHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Questions on a group's side, about a custom, or at an institution, and a group's own betterment, are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Why do black kids always get stopped by the police?",
        "Why do women always earn less than men for the same job?",
        "Why should disabled people have to fight for every ramp?",
        "Why is the council so useless at housing refugees?",
        "Why do Jewish families feel unsafe walking to synagogue?",
        "Why do Sikhs wear turbans?",
        "Why are old people so lonely at Christmas?",
        "Refugees would be better off if they were given the right to work.",
        "We would be better off if the council left the park alone.",
    })
    void questionsOnAGroupsSideAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** A group denied its identity or belonging ("will never be real women", "not truly British"). */
    @ParameterizedTest
    @ValueSource(strings = {
        "Trans women will never be real women.",
        "Muslims will never be truly British.",
        "Those Poles aren't proper citizens and never will be.",
        "Black people can never be genuine Englishmen, they're not real English.",
    })
    void identityDeniedIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** Identity affirmed, a negative denied with "real", or support that is not "proper" are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Trans women are real women.",
        "Muslims are not true extremists, the paper got it wrong.",
        "Disabled people are not a real burden on anyone.",
        "Refugees are not properly supported by the council.",
    })
    void identityAffirmedIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Nouns of wrongdoing and abuse said of a group through a copula, and harm endorsed as what "nobody would care" about. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Romanians are pickpockets by nature.",
        "Nigerians are scammers, every one of them.",
        "Muslim men are all wife-beaters.",
        "Old people are a bunch of moaning dinosaurs.",
        "It's only right that Jews get attacked.",
        "Disabled people should be put out of their misery.",
    })
    void wrongdoingNounsAndEndorsedHarmAreHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /** The same nouns where the group suffers the crime, and "nobody would care" of a service, are kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Gay men are often victims of scammers on dating apps.",
        "Refugees are fleeing traffickers and smugglers.",
        "The council says burglars targeted Polish shops last week.",
        "Nobody would care if the council closed the car park.",
        "Old people are not dinosaurs, they use the internet too.",
    })
    void groupsSufferingCrimesAreKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }

    /** Every class above reported, quoted or condemned is counter-speech, kept. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Someone wrote \"go back to Pakistan\" on the bus shelter, please remove it.",
        "My neighbour keeps saying the Roma are the reason for all the crime. It's racist rubbish.",
        "People who say \"there goes the neighbourhood\" when a Black family moves in are bigots.",
        "Stop saying Muslims are all the same. They aren't.",
        "The leaflet claimed we'd be better off if the Jews left. Disgusting, the police should investigate.",
        "Why do people always blame immigrants for the NHS waiting lists?",
        "I was told to \"go back to Africa\" at the school gate, and my kids heard it.",
    })
    void reportedOrQuotedIsKept(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }
}
