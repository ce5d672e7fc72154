package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, round 11: names of private individuals in natural sentences, stated as decisions on a class, each with
 * our own sentences (no development row copied) and the look-alikes that must stay quiet. People named together
 * with a person are people; two first names joined by "and" as a subject, or a first name joined to the speaker;
 * a household by its surname; a lower-case first name after a person cue; a name the text speaks to; a clause's
 * subject with an irregular past tense or a word-like first name; a child by one person one kind, by "young",
 * "baby", a birthday under 18, a class code or an age clause; staff by a job title with its qualifier or after
 * "as"; a venue by a Welsh or Gaelic venue word before its name.
 */
class Round11ClassesTest {

    private static final String NAME = "personal-data.person-name";
    private static final String CHILD = "personal-data.child";

    private static List<String> spans(String rule, Draft draft) {
        return findings(rule, draft).stream().map(f -> f.span().of(draft.text())).toList();
    }

    private static List<String> spans(String rule, String text) {
        return spans(rule, Draft.of(text));
    }

    /** What the one finder (drafts and comments alike) reads as names in a text, without a profile. */
    private static List<String> names(String text) {
        return PeopleDetector.withoutProfile().analyse(text).names().stream().map(m -> m.span().of(text)).toList();
    }

    private static List<String> children(String text) {
        return PeopleDetector.withoutProfile().analyse(text).children().stream().map(m -> m.span().of(text))
                .toList();
    }

    /** Rule: a name joined by "and" or a list's comma to a person's name the finder found is a person's name. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Our thanks to Morwenna and Hywel Tregarthen for repainting the bus shelter.|Morwenna
        Gilbert and Maureen Ashcombe have run the lunch club for twenty years.|Gilbert
        Four of one family, Declan, Orla, Niamh and Ciaran Brennan, planted the new hedge.|Orla
        The bunting was sewn by Philippa, Rowena and Agnieszka Nowicka over the winter.|Philippa
        """)
    void aNameCoordinatedWithAPersonIsAName(String text, String name) {
        assertThat(spans(NAME, text)).contains(name);
    }

    /** Rule: two first names joined by "and" as a clause's subject, or a first name joined to the speaker. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Shirley and Vikram are collecting the raffle prizes this year, drop them round.|Vikram
        Lewis and Tamsin who live behind the shop keep leaving the gate open.|Lewis
        me and Gordon have waited three weeks for the repair to the roof|Gordon
        you told Bernice and me the skip would be gone by Monday|Bernice
        Jolene and I reported the broken lamp twice last month|Jolene
        """)
    void firstNamesJoinedByAndAreNames(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    /** The opposite side: titles, firms, places and single things joined by "and" stay quiet. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Marks and Spencer are opening a food hall on the high street.",
        "Sutton and Cheam are holding their ward forum on Tuesday.",
        "Laurel and Hardy is showing at the community cinema on Friday.",
        "Bread and butter pudding is on the lunch club menu."})
    void joinedLookAlikesStayQuiet(String text) {
        assertThat(names(text)).isEmpty();
    }

    /** Rule: a household named by its surname, "the X family" even where X is also a first name, or "the Xs". */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Please give what you can to help the Hussain family rebuild after the flood.|Hussain family
        the Patels next door have been brilliant with the bins|Patels
        We wish the Kamara family well in their new home.|Kamara family
        """)
    void aHouseholdByItsSurnameIsAName(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    /** Rule: a listed first name in lower case right after a person cue (thanks, praise) is a name, for review. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        shout out to bartosz who fixed my fence for nothing|bartosz
        fair play to kirsty from the flats, she cleared all the glass|kirsty
        """)
    void aLowerCaseFirstNameAfterAPersonCueIsAName(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    /** The opposite side: lower-case words after a cue that are everyday words or no first name stay quiet. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "thanks to everyone who came to the litter pick",
        "shout out to mark the date in your diary",
        "thanks to the crews who worked through the night"})
    void lowerCaseLookAlikesStayQuiet(String text) {
        assertThat(names(text)).isEmpty();
    }

    /** Rule: a full name opening its sentence, a comma, then the sentence speaks to "you": the person addressed. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        A wallet was handed in at the market. Gwyneth Pellow, your cards are at the help desk.|Gwyneth Pellow
        Rosalind Achterberg, if you lost a bracelet on the prom we have it.|Rosalind Achterberg
        """)
    void aFullNameTheTextSpeaksToIsAName(String text, String name) {
        assertThat(spans(NAME, text)).contains(name);
    }

    /** Rule: in a post (not a reply) a first name opening its sentence that the post speaks to is reported. */
    @org.junit.jupiter.api.Test
    void aFirstNameAPostSpeaksToIsReportedForReview() {
        Draft post = Draft.of("Reading glasses in a red case were left on the bus. Ingrid, you can collect them from "
                + "reception.");
        assertThat(spans(NAME, post)).contains("Ingrid");
        Draft reply = Draft.builder("Ingrid, you can collect them from reception.").kind(PostKind.REPLY).build();
        assertThat(spans(NAME, reply)).doesNotContain("Ingrid"); // a reply's addressee: the lead's decision
        assertThat(spans(NAME, "Exeter, you were amazing at the carnival!")).isEmpty();
    }

    /** Rule: a full name as a clause's subject with an irregular past tense, or a word-like first name. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Ignatius Obembe found a purse by the war memorial and took it to the police.|Ignatius Obembe
        Hazel Featherstonehaugh stood outside the school every morning with her sign.|Hazel Featherstonehaugh
        Ruby Okonkwo kept the allotment gates locked all summer.|Ruby Okonkwo
        """)
    void aFullNameAsASubjectWithAnyVerbIsFound(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    /** The opposite side: a word-like first name before an everyday word is a place or a thing. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Grace Church stood empty for ten years before the restoration.",
        "Rose Cottage was sold at auction last spring."})
    void wordLikeNamesBeforeEverydayWordsStayQuiet(String text) {
        assertThat(names(text)).isEmpty();
    }

    /** Rule: one person, one kind; "young", "baby", a birthday under 18, a class code, an age clause: a child. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        We met young Tobias and his grandad at the library. Tobias, 9, read us his poem.|Tobias
        Baby Esme arrived early in the car park of the health centre!|Baby Esme
        A PE bag with the name Florian Castellanos 5C was handed in at the pool.|Florian Castellanos
        well done to my cousin Anouk Verhoeven who is 11 and ran the whole 5k|Anouk Verhoeven
        """)
    void aNameInAChildsFrameIsAChild(String text, String child) {
        assertThat(children(text)).contains(child);
        assertThat(names(text)).doesNotContain(child);
    }

    /** The opposite side: an adult's age clause keeps the name an adult's. */
    @org.junit.jupiter.api.Test
    void anAdultsAgeClauseKeepsAName() {
        String text = "well done to Anouk Verhoeven who is 41 and ran the whole marathon";
        assertThat(children(text)).isEmpty();
    }

    /** Rule: staff named with a job title (and its qualifier) before the name, or after "as", are not reported. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Our Director of Adult Social Care, Dr Imogen Radcliffe, will answer questions live at 6pm.",
        "Please welcome Dr Tobenna Eze as our new Director of Public Health.",
        "Gareth Whitcombe joins us as the Head of Parks and Open Spaces next month.",
        "Congratulations to Ysgol Bryn Teg on a glowing inspection report.",
        "Well done to the Pen y Bryn under-12s on reaching the final."})
    void staffInRoleAndVenuesStayQuiet(String text) {
        assertThat(spans(NAME, text)).isEmpty();
    }

    /** The counterpart: a titled private person thanked is still reported. */
    @org.junit.jupiter.api.Test
    void aTitledResidentIsStillReported() {
        assertThat(spans(NAME, "Thanks to Dr Tobenna Eze for clearing the snow from the steps.")).contains("Dr Tobenna Eze");
        assertThat(spans(CHILD, "Happy 6th birthday to Ottilie Brackenbury from all at the library!")).isNotEmpty();
    }
    private static Draft reply(String text) {
        return Draft.builder(text).kind(PostKind.REPLY).build();
    }

    /**
     * Rule: a resident's home in a reply is theirs whatever was done there: a service's job at it ("collect the
     * side waste at …"), a case that "is open" about it, their own application at it. The organisation's own
     * addresses stay unreported.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        We'll empty the garden waste at 14 Foxglove Way on Thursday's round.|14 Foxglove Way
        The noise complaint about the dog at 3 Wren Close is open and an officer will visit.|3 Wren Close
        Your blue badge application at 27 Tanyard Lane has been approved.|27 Tanyard Lane
        We have logged the housing application for you at 9 Carver Street.|9 Carver Street
        """)
    void aHomeInAReplyIsReported(String text, String address) {
        assertThat(spans("personal-data.street-address", reply(text))).contains(address);
    }

    /** The opposite side: a building's own hours, a service's base and a development site stay unreported. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "The library at 7 Linden Bank is open until 8pm on Thursdays.",
        "Our bulky waste team at 4 Depot Road will collect on Monday.",
        "The planning application at 22 Mercer Street goes to committee on Tuesday."})
    void publicPlacesStayUnreported(String text) {
        assertThat(spans("personal-data.street-address", text)).isEmpty();
    }

    /** Rule: a reply's addressee closing a clause before a dash, with their case, is reported (round 7's decision). */
    @org.junit.jupiter.api.Test
    void anAddresseeBeforeADashWithTheirCaseIsReported() {
        assertThat(spans(NAME, reply("Sorry the bin wasn't put back, Marjorie – we've logged it for the crew.")))
                .contains("Marjorie");
        assertThat(spans(NAME, reply("Lovely photo, Marjorie – thanks for sharing."))).isEmpty();
    }

    /** Rule: Welsh given names in common use are first names ("Rhun", "Gwladys"), found in the name shapes. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Thanks to Rhun Pritchard for repainting the chapel railings.|Rhun Pritchard
        Our thanks to Gwladys and Emrys Bowen for the tea urn.|Gwladys
        """)
    void welshGivenNamesAreFirstNames(String text, String name) {
        assertThat(spans(NAME, text)).contains(name);
    }
    /** Rule: in a resident's comment, a number the writer says they rang is the line they rang, an organisation's. */
    @org.junit.jupiter.api.Test
    void aNumberTheWriterRangIsAnOrganisations() {
        var moderator = org.councilpolicy.content.moderation.Moderator.of(PeopleRulesTestSupport.testProfile(),
                java.time.Clock.fixed(PeopleRulesTestSupport.NOW, java.time.ZoneOffset.UTC));
        String rang = "I've rung 01632 960 321 four times about the fence and nobody rings back";
        assertThat(moderator.decide(org.councilpolicy.content.moderation.Comment.of(rang)).findings().stream()
                .filter(f -> f.kind() == org.councilpolicy.core.rule.PersonalDataKind.PHONE)).isEmpty();
        String neighbour = "I rang my neighbour on 07700 900 461 and she never answered";
        assertThat(moderator.decide(org.councilpolicy.content.moderation.Comment.of(neighbour)).findings().stream()
                .filter(f -> f.kind() == org.councilpolicy.core.rule.PersonalDataKind.PHONE)).isNotEmpty();
    }
    /** Rule: a lone listed first name opening a clause inside its sentence, a singular verb after it, is a name. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        the shop shut early so Teodora still runs the swap from her garage|Teodora
        the hedge is dreadful and Barnaby has done nothing about it for months|Barnaby
        """)
    void aFirstNameAloneAsASubjectIsAName(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    /** The opposite side: a sentence's first word, a firm's second name and staff stay quiet. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Ive read the whole consultation and it says nothing about parking.",
        "the new Marks and Spencer has opened by the station",
        "the bins were late and Sharon from the council sorted it"})
    void firstNameSubjectLookAlikesStayQuiet(String text) {
        assertThat(names(text)).isEmpty();
    }
}
