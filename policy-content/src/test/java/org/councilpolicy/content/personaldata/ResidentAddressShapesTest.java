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
    })
    void everydayNumbersBeforeStreetWordsAreNotAddresses(String text) {
        assertThat(findings(RULE, comment(text))).isEmpty();
    }
}
