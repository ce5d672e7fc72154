package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, round 7: a first name alone beside words for a group of children names a child (CHILD, not
 * PERSON_NAME); an adult who serves the children, or with a role, stays a person. Our own sentences.
 */
class ChildGroupsTest {

    private static List<String> spans(String rule, String text) {
        return findings(rule, Draft.builder(text).kind(PostKind.REPLY).build()).stream()
                .map(f -> f.span().of(text)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thanks for the photo of Leo and Isla with their litter-pick haul, great work kids!|Leo",
        "Well done to the children of Class 4, especially Oliver and Isla, for the posters.|Oliver",
        "The kids from the estate, Tyler among them, painted the mural by the skate park.|Tyler",
        "Thanks to Zara and the other youngsters from the youth club for planting the bulbs.|Zara",
    })
    void aFirstNameAmongChildrenIsAChild(String text, String name) {
        assertThat(spans("personal-data.child", text)).contains(name);
        assertThat(spans("personal-data.person-name", text)).doesNotContain(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thanks to Sarah, who organised games for the kids all afternoon.|Sarah",
        "Huge thanks to Gwen Talbot and the children of Class 2 for the bird boxes.|Gwen Talbot",
        "Volunteer Dave ran the barbecue while the kids played football.|Dave",
        "Thanks Marcus for coaching the kids every Saturday morning.|Marcus",
    })
    void anAdultBesideChildrenStaysAPerson(String text, String name) {
        assertThat(spans("personal-data.child", text)).doesNotContain(name);
    }
}
