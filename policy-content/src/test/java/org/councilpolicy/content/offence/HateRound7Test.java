package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, round 7 (hate): the project's own sentences for the classes this round composes, with target groups
 * the development sets never name (nationalities from {@code demonyms.tsv}, faiths' places). Regression cases, not
 * accuracy evidence: each names a class, none is a development row.
 */
class HateRound7Test {

    private static boolean hate(String text) {
        return !OffenceDetector.standard().analyse(text).offences(OffenceKind.HATE).isEmpty();
    }

    /** Threats and calls for harm aimed at a group, with nationalities named in the singular after a determiner. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I will hunt down every Somali in this town.",
        "The next Zambian I see is getting stabbed.",
        "Any Samoan who walks past my house gets a kicking.",
        "Every single Romanian deserves a bullet.",
        "I want to kill every last Tongan in Britain.",
        "I'll slit the throat of any Malawian who moves in next door.",
        "I'm going to find some Kurds tonight and make them bleed.",
        "We will make sure every Roma family in town ends up in hospital.",
        "I'll burn every mosque in this city to the ground.",
        "Someone should torch the synagogue on Hill Street.",
        "All the Cypriots in this town had better sleep with one eye open.",
        "The Fijians on our estate are going to get it, trust me.",
        "I'm sharpening my knife for the Lithuanians on Park Road.",
        "Trans people ought to be dragged into the street and kicked senseless.",
        "Listen up, Kurds. I will hurt you.",
        "Why don't we just deport all the Fijians?",
        "Wouldn't it be great if every Malawian just disappeared?",
        "Wouldn't this country be better off without Samoans?",
        "Mongolians have opened a restaurant. Can't wait for them to get deported.",
        "I'm going to knife a Tunisian tonight.",
        "I'm going to poison the Kurds' water supply.",
        "My dog will rip apart the next Samoan who comes to my door.",
        "Any lesbian who comes near my house is getting battered.",
        "I'll break the legs of the first Jew who crosses my path.",
        "Next time I see that trans woman I'll knock her teeth out.",
        "Deaf people ought to have their tongues cut out.",
        "Fijians should be pushed down the stairs.",
        "Too many Tunisians on our estate. I'm going to start stabbing them.",
    })
    void harmAimedAtAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /**
     * Derogation: a group named in the singular or as the subject of ruin, hatred felt at its sight, a positive trait
     * denied through a negated copula, a superlative of a negative attribute, a verbless fragment after the group.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "No Malawian will ever be welcome on my street.",
        "Mongolians move in and then they wreck every street they live on.",
        "Namibians destroy everything they touch.",
        "I sat next to some Muslims on the bus. They're all the same, filthy and rude.",
        "The very sight of Uruguayans makes me sick.",
        "Bisexual people can never be faithful.",
        "Mongolians will never be loyal to this country.",
        "Tongans aren't honest, not one of them.",
        "I've lived next to Tongans for years and they are the dirtiest people alive.",
        "Some Kurds opened a shop on the high street. Nothing but criminals, every single one.",
    })
    void derogationOfAGroupIsHate(String text) {
        assertThat(hate(text)).as(text).isTrue();
    }

    /**
     * Reports, gerund subjects, another's hatred, criticism of how a group is treated, harm predicted as a warning
     * about a hazard or a failing council, and ordinary uses of the same words.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "A Malawian in our street won the bake-off.",
        "Every Norwegian in the choir sang beautifully.",
        "Somebody attacked a Muslim in the street and the police did nothing.",
        "Killing Muslims is a crime, like killing anyone.",
        "The council's treatment of disabled people makes me sick.",
        "Fix the ramp before someone in a wheelchair is thrown off it.",
        "I'm going to visit every Sikh temple in the county this summer.",
        "I will hunt down the best Somali restaurant in town.",
        "Two Sikh men were attacked outside the temple last night.",
        "The mosque on Hill Street is hosting an open day.",
        "Gay lads round here are welcome at the rugby club.",
        "I met some Malawians yesterday. They were lovely.",
        "Women are not safe walking through the park at night.",
        "The Kurds I met were not happy with the new bus route.",
        "Deaf people are not well served by this council.",
        "Why don't we do more to welcome Kurds?",
        "Wouldn't it be great if every Malawian family got a grant?",
        "I've lived next to Tongans for years and they are the kindest people alive.",
        "Can't wait for the Samoan food stall to open.",
        "Why do people hate Muslims so much?",
        "I can't stand people who attack Kurds.",
        "My neighbour hates Tongans and I think it's disgusting.",
        "Disabled people are going to get hurt on these broken pavements.",
        "Elderly residents will get hurt on that icy path, grit it now.",
        "Pensioners will freeze to death this winter if the council cuts the heating grant.",
        "A Polish man is getting stabbed outside the Co-op, someone call 999.",
        "Disabled people will get hurt if the council doesn't fix the lift.",
        "Gay men are getting beaten up in the park and the police do nothing.",
    })
    void notHate(String text) {
        assertThat(hate(text)).as(text).isFalse();
    }
}
