package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, the lead's decision of round 7: the first name of the person a public reply answers is reported when
 * the reply also carries that person's case details, and only then. The project's own sentences, one per shape.
 */
class ReplyAddresseeTest {

    private static final String RULE = "personal-data.person-name";

    private static List<Finding> reply(String text) {
        return findings(RULE, Draft.builder(text).kind(PostKind.REPLY).build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an address or postcode of theirs
        "Hi Bethan, the crew will return to 41 Orchard Way, TQ9 5XY tomorrow morning.|Bethan",
        "Morning Keith - we've arranged for the bulky items at 3 Mill Cottages to go on Friday.|Keith",
        // a name closing the reply
        "The pest control visit for 12 Quarry Road is booked for Tuesday, Imogen.|Imogen",
        "Sorry for the trouble at 9 Pound Lane. Thanks again, Dominic!|Dominic",
        // another identifier of theirs
        "Thanks Lorraine, we'll text the booking code to 07700 900418.|Lorraine",
        "Hello Callum, the receipt has gone to callum.reeve@example.com as asked.|Callum",
        // a reference number or a case word
        "Hi Wendy, your report is ref FT20931 and a warden will look today.|Wendy",
        "Hi Declan, we've logged the broken bench and the parks team will repair it.|Declan",
        "Thanks Harriet, your noise complaint has been passed to Environmental Health.|Harriet",
    })
    void greetedNameWithCaseDetailsIsReported(String text, String name) {
        List<Finding> f = reply(text);
        assertThat(f).extracting(x -> x.span().of(text)).contains(name);
        assertThat(f).filteredOn(x -> x.span().of(text).equals(name)).singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.BLOCK);
                    assertThat(x.message()).contains("the reply answers").doesNotContain(name);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a greeting with no case detail is no disclosure
        "Hi Bethan, thanks for letting us know, we'll pass this on to the team.",
        "Thanks Keith! Glad the new bins arrived in the end.",
        "Cheers Imogen, have a lovely weekend.",
        "Sorry to hear that, Dominic. Could you send us a private message?",
        // the organisation's own line and mailbox are no case detail of the person's
        "Hi Lorraine, you can call the contact centre on 0300 123 4567 or email recycling@southhams.gov.uk.",
        // a street named as the place of works, not their home
        "Hi Callum, Fore Street in Totnes reopens on Monday after the resurfacing.",
    })
    void greetingWithoutCaseDetailsIsNotReported(String text) {
        assertThat(reply(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi Bethan, the crew will return to 41 Orchard Way, TQ9 5XY tomorrow morning.|Bethan",
        "Hi Declan, we've logged the broken bench and the parks team will repair it.|Declan",
    })
    void aPostThatIsNoReplyKeepsTheFirstNameUnreported(String text, String name) {
        assertThat(findings(RULE, Draft.builder(text).kind(PostKind.POST).build()))
                .extracting(x -> x.span().of(text)).doesNotContain(name);
    }
}
