package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, round 12: decisions on a class, each with our own sentences (no development row copied) and the
 * look-alikes that must stay quiet. A phone number written with O and l for its digits, whatever group they open;
 * an apology, a thanks or a Welsh or Gaelic greeting opening a reply before the addressee (reported with their case,
 * as round 7 decided); a full name credited after "thanks to the … of"; whose a found thing is ("property of");
 * the Welsh "diolch i"; the doer of a passive verb ("judged by …"); a number "on your website" and a shop heading
 * an address are an organisation's; a Welsh house name opening "Ty'n" or "Ty'r"; children listed with bare ages in
 * brackets, and a name that "is in year N"; "who was one of …" is no age.
 */
class Round12ClassesTest {

    private static final String NAME = "personal-data.person-name";
    private static final Moderator MODERATOR = Moderator.of(PeopleRulesTestSupport.testProfile(),
            Clock.fixed(PeopleRulesTestSupport.NOW, ZoneOffset.UTC));

    private static List<String> spans(String rule, Draft draft) {
        return findings(rule, draft).stream().map(f -> f.span().of(draft.text())).toList();
    }

    private static Draft reply(String text) {
        return Draft.builder(text).kind(PostKind.REPLY).build();
    }

    private static List<String> commentSpans(String text, PersonalDataKind kind) {
        return MODERATOR.decide(Comment.of(text)).findings().stream().filter(f -> f.kind() == kind)
                .map(Finding::span).map(s -> s.of(text)).toList();
    }

    private static List<String> children(String text) {
        return PeopleDetector.withoutProfile().analyse(text).children().stream().map(m -> m.span().of(text))
                .toList();
    }

    /** Rule: O and l written for 0 and 1 are read as digits, in a number's first group as in its later ones. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        text me on O79OO 1l4 562 if the cat turns up|O79OO 1l4 562
        ring o1392 4OO 5l7 after six about the fence|o1392 4OO 5l7
        my number is 07700 9OO l84 if anyone saw it|07700 9OO l84
        """)
    void lookAlikeLettersInAPhoneNumberAreDigits(String text, String phone) {
        assertThat(commentSpans(text, PersonalDataKind.PHONE)).contains(phone);
    }

    /** The opposite side: words and brands that open with O and a digit, or hold l and O, are no number. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "the O2 arena was packed and the O12 route was late again",
        "I lost 10lbs walking to the tip and back",
        "Our office is on floor 1 and Ollie will see you there"})
    void lettersThatAreNoNumberStayQuiet(String text) {
        assertThat(commentSpans(text, PersonalDataKind.PHONE)).isEmpty();
    }

    /**
     * Rule: an apology, a thanks or a Welsh or Gaelic greeting opening a reply puts the addressee's first name after
     * it; with their case details in the reply it is reported (round 7's decision), without them it stays quiet.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Sorry about that Gemma. Your bin at BS3 4QT was missed because of parked cars.|Gemma
        Thanks for that Imogen. We've logged the fly-tipping behind 8 Cherry Walk.|Imogen
        Diolch Catrin. Rydyn ni wedi trefnu casgliad yn 4 Heol y Felin.|Catrin
        Tapadh leibh Morag. We've logged the missed collection at 2 Shore Street.|Morag
        """)
    void anAddresseeAfterAnApologyOrAWelshGreetingWithTheirCaseIsReported(String text, String name) {
        assertThat(spans(NAME, reply(text))).contains(name);
    }

    /** The opposite side: the same openings with no case detail leave the first name unreported. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Sorry about that Gemma. We'll pass it on to the team.",
        "Diolch Catrin, we'll share this with the library staff."})
    void anAddresseeWithoutACaseStaysQuiet(String text) {
        assertThat(spans(NAME, reply(text))).isEmpty();
    }

    /** Rule: what a post thanks someone for is theirs: a full name after "thanks to the … of" is a person's. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Thanks to the quick thinking of Brenda Stallworthy, the fire was out in minutes.|Brenda Stallworthy
        Huge thanks to the patience of Leonard Quarrie, who rebuilt the stile by hand.|Leonard Quarrie
        A purse was handed in with 'property of Declan Tolliver' written inside the flap.|Declan Tolliver
        Diolch i Meinir Pritchard am drefnu'r sioe eleni.|Meinir Pritchard
        """)
    void aNameCreditedOrOwningIsAPersons(String text, String name) {
        assertThat(spans(NAME, Draft.of(text))).contains(name);
    }

    /** Rule: the doer of a passive verb, a full name right after "by", is a person ("judged by …"). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        The scarecrow contest was judged by Norma Pettifer and the parish clerk.|Norma Pettifer
        The new noticeboard, carved by Aled Prothero, is up outside the chapel.|Aled Prothero
        """)
    void theDoerOfAPassiveVerbIsAPerson(String text, String name) {
        assertThat(spans(NAME, Draft.of(text))).contains(name);
    }

    /** The opposite side: firms, places and titled public figures after "by" stay quiet. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "The bus shelter was designed by Foster Associates and built by Kier.",
        "The road was named by Queen Victoria in 1870.",
        "The fair is sponsored by Tesco Extra and hosted by Radio Devon."})
    void firmsAndFiguresAfterByStayQuiet(String text) {
        assertThat(spans(NAME, Draft.of(text))).isEmpty();
    }

    /** Rule: "who was one of …" counts people, it gives no age: the adult stays an adult. */
    @Test
    void oneOfThemIsNoAge() {
        String text = "The school choir sang in 1962; Rosalind Okafor, who was one of the altos, came back to sing "
                + "at the reopening.";
        assertThat(children(text)).isEmpty();
        assertThat(children("well done to my nephew Joris Verhoeven who is 10 and swam the whole mile")).isNotEmpty();
    }

    /** The opposite side: a body or a place after "of" stays quiet. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Thanks to the Friends of Hollin Wood for the new benches.",
        "Thanks to the University of Exeter for lending the marquee.",
        "Thanks to the people of Market Harborough for voting in the poll."})
    void bodiesAndPlacesAfterOfStayQuiet(String text) {
        assertThat(spans(NAME, Draft.of(text))).isEmpty();
    }

    /** Rule: a number a resident quotes from the council's website is the organisation's published line. */
    @Test
    void aNumberOnTheWebsiteIsTheOrganisations() {
        assertThat(commentSpans("The number on your website 01632 960 123 never gets answered.",
                PersonalDataKind.PHONE)).isEmpty();
        assertThat(commentSpans("I'm in the garden all day, ring me on 07700 900 421 if the dog is found",
                PersonalDataKind.PHONE)).containsExactly("07700 900 421");
    }

    /** Rule: a shop heading an address is a business's premises, not a home; a home in a reply is still reported. */
    @Test
    void aShopHeadingAnAddressIsABusiness() {
        assertThat(spans("personal-data.postcode",
                reply("You can renew a permit in person at the Parking Shop, 4 Station Arcade, GL3 6PD."))).isEmpty();
        assertThat(spans("personal-data.postcode",
                reply("We've logged the missed collection at 4 Station Road, GL3 6PD."))).containsExactly("GL3 6PD");
    }

    /** Rule: a Welsh house name opening with the contracted "Ty'n" or "Ty'r", with its village, is a home in a reply. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        We've logged the missed recycling at Ty'r Felin, Llanddewi Fach and the crew will return.|Ty'r Felin, Llanddewi Fach
        The assisted collection for Ty'n y Gors, Cwm Bach is now set up from your side gate.|Ty'n y Gors, Cwm Bach
        """)
    void aContractedWelshHouseNameIsAHome(String text, String address) {
        assertThat(spans("personal-data.street-address", reply(text))).anyMatch(a -> a.startsWith(address.substring(0, 4)));
    }

    /** Rule: children listed with bare ages in brackets, and a name that "is in year N", are children. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        both of ours (Freya 6 and Alfie 3) loved the new splash pad at the rec|Freya
        the grandkids (Tobias 9, Elsie 4) were soaked by the burst main|Tobias
        our Kayden is in year 4 at St Mary's and he can't get on the bus|Kayden
        """)
    void childrenByBareAgesOrYearGroupsAreChildren(String text, String child) {
        assertThat(children(text)).anyMatch(c -> c.startsWith(child));
    }

    /** The opposite side: numbers after names outside brackets, and an adult "in class 2" of a course. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Meet Diane 4 and Ken 2 from our parks team.",
        "Flat 6 and 7 at Harbour View have damp."})
    void numbersOutsideBracketsStayAdults(String text) {
        assertThat(children(text)).isEmpty();
    }
}
