package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, round 9: a child identified by age, school or class is identified by their first name alone after that
 * in the same text ("… thanks Harvey!", "Ollie picked up 40 cans"), even where the later mention reads as a name
 * alone; a child addressed at the very end after a comma (", Harry!") stays as the project's corpus leaves it. The
 * sentences are the project's own.
 */
class ChildLaterMentionsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            d|Year 6 pupil Harvey Owusu-Clarke from Stoke Hill Juniors won the poetry prize. Well done Harvey!|Harvey
            d|Thanks to Ollie, 6, and his grandad Ron Baker for the litter pick. Ollie picked up 40 cans!|Ollie
            d|Junior Mayor Amira Begum, 13, of Priory High School opened the fair. Congratulations Amira!|Amira
            d|Meet Kacper, aged 8, who wrote to us about the zebra crossing. Kacper's letter is on our website.|Kacper
            """)
    void laterMentionsOfAChildAreTheChilds(String surface, String text, String name) {
        int later = text.lastIndexOf(name);
        assertThat(OrganisationContactsTest.personalData(surface, text))
                .filteredOn(f -> f.span().start() == later)
                .extracting(f -> f.kindName())
                .containsExactly("CHILD");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            d|Finn, aged 9, asked us to mend the goalposts. They're mended now, Finn!|Finn
            """)
    void aChildAddressedAtTheEndIsLeftAsTheCorpusLeavesIt(String surface, String text, String name) {
        int later = text.lastIndexOf(name);
        assertThat(OrganisationContactsTest.personalData(surface, text)).noneMatch(f -> f.span().start() == later);
    }
}
