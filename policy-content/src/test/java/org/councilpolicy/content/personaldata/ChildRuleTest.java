package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChildRuleTest {

    private static final String RULE = "personal-data.child";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Congratulations to Amelia, 7, on her drawing.|Amelia, 7",
        "Big thanks to Jack (aged 9) who wrote to us.|Jack (aged 9)",
        "Well done to Oliver in Year 4 at St Mary's Primary for his poster!|Oliver in Year 4 at St Mary's Primary",
        "Our winner is 8-year-old Freya from Kingsbridge.|8-year-old Freya",
        "Year 6 pupil Noah from Dartington Primary read his poem.|Year 6 pupil Noah from Dartington Primary",
        "Well done to Ruby Okafor of Hillside Academy for her poem.|Ruby Okafor of Hillside Academy",
        // Issue 11, round 6: children named together are one span; Welsh "a" (and), "o" (from), "Ysgol" (school)
        "Freya and Noah from Class 3 visited the depot today.|Freya and Noah from Class 3",
        "Thanks to Isla, Zac & Ruby from Year 5 for the bird boxes.|Isla, Zac & Ruby from Year 5",
        "Diolch i Cai a Lowri o Ysgol Bro Dinefwr am y lluniau.|Cai a Lowri o Ysgol Bro Dinefwr",
    })
    void childWithAgeOrSchool(String text, String expected) {
        assertThat(findings(RULE, text)).singleElement().satisfies(f -> {
            assertThat(f.span().of(text)).isEqualTo(expected);
            assertThat(f.kindName()).isEqualTo("CHILD");
            assertThat(f.excerpt()).doesNotContain(expected.split("[ ,(]")[0].length() > 3
                    ? expected.split("[ ,(]")[0] : "\u0000");
        });
        // the same child is not reported a second time as a person's name
        assertThat(findings("personal-data.person-name", text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Well done to the Year 6 pupils at Dartington Primary who planted 200 trees!",
        "Our neighbour Janet Hughes says the crossing has made the school run safer.",
        "Oliver Smith, headteacher at St Mary's Primary, welcomed the plans.",
        "Sarah Jones, 45, has been fined for fly-tipping.",
        "Meet Sam at 7 on Friday at the library.",
        "Hi Priya, the school office number is on the letter we sent.",
        "Well done to Sarah Thompson Dance Academy on their summer show.",
        "Bryn Jones Driving School has sponsored the road safety week.",
        "Thanks for the lovely card. Hope Year 2 are enjoying the new planters!",
    })
    void doesNotFire(String text) {
        assertThat(findings(RULE, text)).isEmpty();
    }
}
