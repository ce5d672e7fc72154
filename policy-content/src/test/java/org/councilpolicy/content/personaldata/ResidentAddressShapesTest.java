package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Draft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11: addresses as residents write them in comments (lower case, "the people at …", a street without a type
 * word), and the everyday phrases of the same shape that stay quiet. Our own sentences.
 */
class ResidentAddressShapesTest {

    private static final String RULE = "personal-data.street-address";

    private static Draft comment(String text) {
        return Draft.builder(text).author(new Author(AuthorRole.MEMBER_OF_PUBLIC, null)).build();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        the bloke at 23 elm road has been fly tipping again|23 elm road
        whoever lives at 7 beech grove leaves the gate open|7 beech grove
        The people at 14 Broadway have had their music on all night again.|14 Broadway
        Number 12 Bryn Teg has had scaffolding up for months, the owner will not answer.|Number 12 Bryn Teg
        Whoever lives at 8 Maes y Llan keeps blocking the lane.|8 Maes y Llan
        Van dumped outside my house since Friday, reg KX21 BDF, 9 Poplar Close|9 Poplar Close
        There is a family at Bryn Awel, Parc Road who have had no heating since October.|Bryn Awel, Parc Road
        Congratulations to Mr and Mrs Pike of Brambledown, Mill Lane on their diamond wedding.|Brambledown, Mill Lane
        """)
    void aResidentsCommentNamingAHomeIsFound(String text, String address) {
        assertThat(findings(RULE, comment(text))).extracting(f -> f.span().of(text)).contains(address);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "it took me 20 minutes to walk down the road",
        "there are 3 new benches on the green by the road",
        "we waited 45 long days for the lane to reopen",
        "The fair is on 12 March and 14 Trinity Sunday is the next one",
        "We planted 300 Snowdrops and 40 Bluebells by the pond",
        "Our walk goes to 10 Viewpoints along the coast, ask us for the map",
    })
    void everydayNumbersBeforeStreetWordsAreNotAddresses(String text) {
        assertThat(findings(RULE, comment(text))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Congratulations to Mr Pike of Barnstaple, High Street traders' award winner.",
        "The drop-in is at The Old School, Back Lane on Friday.",
    })
    void aTownOrVenueBeforeAStreetIsNoHouseName(String text) {
        assertThat(findings(RULE, comment(text))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Hi Mrs Evans, the repairs team will attend 16 Glebelands tomorrow.|16 Glebelands
        Hi Mr MacLeod, we've logged a missed collection at 14 Balallan, Lochs.|14 Balallan
        Hi Ms Lowe, the noise complaint about Apartment 12, Victoria Mill has been logged.|12, Victoria Mill
        A surveyor will attend 2 Bryn Celyn, Llanfair on 3 March about the damp.|2 Bryn Celyn
        We've logged the missed collection at 7 Ffordd Pen Llech. Sorry for the trouble.|7 Ffordd Pen Llech
        Hi Mr Rankin, we've logged the missed recycling at 21 Thornhill Road.|21 Thornhill Road
        """)
    void aReplyTyingAnUntypedStreetOrAFlatToACaseBlocks(String text, String address) {
        assertThat(findings(RULE, Draft.builder(text).kind(org.councilpolicy.content.draft.PostKind.REPLY).build()))
                .extracting(f -> f.span().of(text), f -> f.severity())
                .contains(org.assertj.core.groups.Tuple.tuple(address, org.councilpolicy.core.rule.Severity.BLOCK));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Hi Mrs Evans, your repair is booked for 14 March between 8am and 12pm.",
        "Hi Mrs Evans, we have logged 3 Reports about the lights.",
        "Hi Mr Lee, we logged your complaint, and a reply will come in 10 Workdays.",
    })
    void datesAndCountsInAReplyAreNotAddresses(String text) {
        assertThat(findings(RULE, Draft.builder(text).kind(org.councilpolicy.content.draft.PostKind.REPLY).build()))
                .isEmpty();
    }
}
