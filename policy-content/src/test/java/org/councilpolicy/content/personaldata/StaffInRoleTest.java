package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, round 12 (the lead): a name followed by a comma and "our" with a job title in the same appositive is the
 * council's own member of staff named in their role ("Priya, our Senior Social Worker, …"), which the format of every
 * writer's set counts as no private person; a name with "our" and no job title ("Jo, our neighbour, …") still is one.
 * And Santa alone, like Father Christmas, is a figure of the festivities, not a resident; a candidate in an election
 * notice or result (a name with its ballot-paper description in brackets, or said to be elected, near a word of the
 * election) is published by law, not a private person.
 */
class StaffInRoleTest {

    private static final String NAME = "personal-data.person-name";

    private static List<String> names(String text) {
        Draft draft = Draft.of(text);
        return findings(NAME, draft).stream().map(f -> f.span().of(text)).toList();
    }

    /** Staff named in their role by an appositive with "our" and a job title: not reported. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Well done to Marguerite, our Senior Occupational Therapist, on her long service award this week.",
        "Say hello to Tomasz Wrobel, our new parks apprentice, at the open day on Saturday.",
        "Thanks to Aisha, our Community Safety Officer, for organising the litter pick.",
        "Questions about the bin rounds? Kev, our waste engineer, is live on Facebook at 6pm."})
    void aNameWithOurAndAJobTitleIsStaffInRole(String text) {
        assertThat(names(text)).isEmpty();
    }

    /** Santa on his own is Father Christmas: the grotto, the sleigh and the lights switch-on name no resident. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Santa's sleigh will visit every street in the ward next week: listen for the bells!",
        "Pop into the library on Saturday to post your letters to Santa."})
    void santaAloneIsNoResident(String text) {
        assertThat(names(text)).isEmpty();
    }

    /** Candidates in a statement of persons nominated or a declaration of result: not reported. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Declaration of result, Abbey Ward: Priya Shah (Labour) 1,204; Tom Reid (Liberal Democrats) 998. "
            + "Priya Shah is duly elected.",
        "Statement of persons nominated for Moor Ward: Gareth Lloyd (Plaid Cymru), Helen Price (Conservative Party).",
        "By-election count complete. Turnout 31%. Marcus Obi is elected as councillor for Hillside."})
    void candidatesInAnElectionNoticeAreNoPrivatePersons(String text) {
        assertThat(names(text)).isEmpty();
    }

    /** A bracket or "elected" with no election near stays a private person: a trade in brackets, a club's vote. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Thanks to Dave Jones (Plumber) for fixing the leak at the community centre.|Dave Jones
        Congratulations to Maureen Tolley, elected captain of the Fore Street bowls club last night.|Maureen Tolley
        """)
    void aBracketOrElectedWithoutAnElectionIsStillAPerson(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    /** The look-alikes: "our" with no job title, or a job title that is not the appositive's, stay reported. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Thanks to Deborah Kowalczyk, our neighbour on Mill Lane, who found the lost purse.|Deborah Kowalczyk
        Congratulations to Mrs Ngozi Adeyemi, our oldest resident, who turns 104 today.|Mrs Ngozi Adeyemi
        """)
    void ourWithoutAJobTitleIsStillAPrivatePerson(String text, String name) {
        assertThat(names(text)).contains(name);
    }
}
