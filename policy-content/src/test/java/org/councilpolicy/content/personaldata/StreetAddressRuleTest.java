package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressRuleTest {

    private static final String RULE = "personal-data.street-address";

    @ParameterizedTest
    @ValueSource(strings = {
        "The resident who lives at [12 Elm Road], Totnes has been fined.",
        "Noise: the resident of [Flat 3, 45 High Street], Kingsbridge has been served a notice.",
        "The occupier of [Rose Cottage, Mill Lane], Loddiswell was fined for burning waste.",
        "Rats reported outside [number 12 on Elm Road]; the tenant has been told.",
        "The hedge at [11 The Crescent] is blocking the footpath, so we have written to the householder.",
    })
    void residentialAddressBlocksWithExactSpan(String marked) {
        String text = marked.replace("[", "").replace("]", "");
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        List<Finding> f = findings(RULE, text);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.span().start()).isEqualTo(start);
            assertThat(x.span().end()).isEqualTo(end);
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.excerpt()).doesNotContain("Elm").doesNotContain("12").doesNotContain("Rose")
                    .doesNotContain("High").doesNotContain("Crescent");
        });
    }

    @Test
    void addressWithoutContextGoesToReview() {
        assertThat(findings(RULE, "Fly-tipping reported at 21 Church Lane, Yealmpton has been cleared."))
                .singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.REVIEW));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Our drop-in session is at Tavistock Library, 12 Plymouth Road on Thursday.",
        "Join us at the Guildhall, 5 Ramparts Walk, Totnes on Saturday.",
        "Fore Street in Totnes will be closed for resurfacing.",
        "Road closure: Jubilee Road, Totnes closed outside numbers 10 to 24 for sewer repairs.",
        "Temporary traffic lights on Plymouth Road outside number 40 while BT repairs a cable.",
        "Our offices at Follaton House, Plymouth Road, Totnes are closed on Good Friday.",
        "The site office is at 1 Main Street, Sherford.",
    })
    void venuesRoadworksAndStreetsAloneDoNotFire(String text) {
        assertThat(findings(RULE, text)).isEmpty();
    }

    /** A fault reported outside a numbered house: the resident's home in a reply, a works site in a council post. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "The blocked gully outside 31 Cherry Tree Close has been logged and Highways will clear it.|31 Cherry Tree Close",
        "We've asked the electricians to look at the streetlight by 6 Orchard Rise this week.|6 Orchard Rise",
        "The pothole outside 88 Ropewalk Road is on the list for Thursday, sorry for the wait.|88 Ropewalk Road",
    })
    void faultOutsideAHouseIsTheirHomeInAReply(String text, String address) {
        List<Finding> reply = findings(RULE, org.councilpolicy.content.draft.Draft.builder(text)
                .kind(org.councilpolicy.content.draft.PostKind.REPLY).build());
        assertThat(reply).singleElement().satisfies(x -> {
            assertThat(x.span().of(text)).isEqualTo(address);
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
        });
        assertThat(findings(RULE, text)).as("the council's own post: a works site").isEmpty();
    }
}
