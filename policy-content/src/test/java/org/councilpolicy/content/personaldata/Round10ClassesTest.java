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
 * Issue 11, round 10: the failure classes stated as rules, each with our own sentences (different wording, targets
 * and shapes), and the look-alikes that must stay quiet. Names in natural sentences (a full name as a clause's
 * subject, opening a list, next to a place; the person asked about); a name in a child frame is a CHILD; a
 * resident's home in a reply however it is written; one account, one finding; a surname with a one-word trade is
 * a business.
 */
class Round10ClassesTest {

    private static final String NAME = "personal-data.person-name";
    private static final String CHILD = "personal-data.child";
    private static final String ADDRESS = "personal-data.street-address";

    private static List<String> spans(String rule, Draft draft) {
        return findings(rule, draft).stream().map(f -> f.span().of(draft.text())).toList();
    }

    private static List<String> spans(String rule, String text) {
        return spans(rule, Draft.of(text));
    }

    private static Draft reply(String text) {
        return Draft.builder(text).kind(PostKind.REPLY).build();
    }

    /** Rule: a private person's full name that is the subject of a clause, a verb right after it, is a name. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Lorna Fenwick parked her car across the dropped kerb again.|Lorna Fenwick
        After the storm, Wilfred Ashdown cleared the fallen branches from the footpath.|Wilfred Ashdown
        Bernadette Quayle has looked after the war memorial since 1998.|Bernadette Quayle
        Tegwen Prosser will open the new reading garden on Saturday.|Tegwen Prosser
        The lights went out and Cormac Tierney fetched candles for everyone.|Cormac Tierney
        Ianto Bevington of Llandeilo was the first to sign up for the repair cafe.|Ianto Bevington
        Fantastic effort from Julie-Anne Ferris, who swam 100 lengths for the hospice.|Julie-Anne Ferris
        Dennis Ollerenshaw deserves the award, he has picked litter on this estate for years.|Dennis Ollerenshaw
        Priya Okonedo from the tenants' group organises the coffee morning.|Priya Okonedo
        """)
    void aFullNameAsAClausesSubjectIsFound(String text, String name) {
        assertThat(spans(NAME, text)).contains(name);
    }

    /** Rule: a full name that opens a list of people, or stands next to the place the person lives, is a name. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Our litter heroes this month: Bernadette Quayle, Oluwaseun Adebayo and Hamish Drummond.|Bernadette Quayle
        Prizes went to Rosalind Pengelly, Kwabena Asante and Ffion Meredith.|Rosalind Pengelly
        Nia Trevellick in Penarth grew the tallest sunflower in the county.|Nia Trevellick
        A warm welcome back to Gwilym Oyelaran in Llandeilo after his operation.|Gwilym Oyelaran
        """)
    void aFullNameInAListOrNextToAPlaceIsFound(String text, String name) {
        assertThat(spans(NAME, text)).contains(name);
    }

    /** Rule: the person a found thing or a question is put to ("If you're …", "Does anyone know …") is a person. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Lost: a silver bracelet. If you're Lorna Fenwick, it's waiting at reception.|Lorna Fenwick
        Does anyone know Trevor Bassington? His van has blocked the lane for a week.|Trevor Bassington
        Are you Delyth Ormerod? Your library card was handed in at the leisure centre.|Delyth Ormerod
        """)
    void thePersonAFoundThingOrAQuestionIsPutToIsFound(String text, String name) {
        assertThat(spans(NAME, text)).contains(name);
    }

    /** The opposite side: places, venues, trading names, public figures in court and stock phrases stay quiet. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Victoria Station will be closed on Sunday for engineering works.",
        "Sidney Street will be closed for resurfacing from Monday.",
        "Grace Darling would be proud of the lifeboat crew.",
        "Kirkby Stephen hosted the county show on Saturday.",
        "Thanks to Jennings Builders for the repairs to the pavilion roof.",
        "Hughes Joinery fitted the new doors at the community hall.",
        "Sandeep Virkram appeared before magistrates on Monday and denied the charge.",
        "Stanley Park in Blackpool reopened after the storm.",
        "Milton Keynes has won the award for the cleanest town centre.",
    })
    void placesVenuesTradingNamesAndProceedingsStayQuiet(String text) {
        assertThat(findings(NAME, text)).isEmpty();
    }

    /** Rule: a name in a child frame (young person, year group, first term at school or nursery) is a CHILD. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        The young person, Tyler Marsden, has been offered a place on the apprenticeship scheme.|Tyler Marsden
        Harvey Lister in year 9 has been bullying the younger ones at the bus stop.|Harvey Lister
        Ava Kowalczyk in class 3 drew the winning poster.|Ava Kowalczyk
        We hope Freya enjoys her first term at Millfield Nursery.|Freya
        Young carer Amira Haddad spoke at the youth forum.|Amira Haddad
        Teenager Kai Rossiter raised 500 pounds for the lifeboat.|Kai Rossiter
        A 10-year-old called Ruby Tanner spotted the fly-tipping.|Ruby Tanner
        Year 10 student Alys Fairbrother designed the new bin stickers.|Alys Fairbrother
        Well done to the under-11s, especially Callum Reid who scored twice.|Callum Reid
        Ellis Hartnell, who starts secondary school in September, planted the first bulb.|Ellis Hartnell
        """)
    void aNameInAChildFrameIsAChildNotAPersonName(String text, String name) {
        assertThat(spans(CHILD, text)).anyMatch(s -> s.contains(name));
        assertThat(spans(NAME, text)).doesNotContain(name);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Thanks for sending in your daughter Poppy's drawing, we'll share it next week.|Poppy
        Please tell Mia we loved her drawing of the bin lorry. Hope Year 1 is going well!|Mia
        Please wish Oscar a happy 6th birthday from all of us!|Oscar
        Thanks for sharing, Jake from 6B did a brilliant job on the poster!|Jake
        """)
    void aChildNamedInAReplyIsAChild(String text, String name) {
        assertThat(spans(CHILD, reply(text))).contains(name);
        assertThat(spans(NAME, reply(text))).doesNotContain(name);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Teacher Rhiannon Pugh in year 6 led the assembly on recycling.",
        "Our volunteer Gareth Pryce spent his first week at the nursery fixing the fence.",
        "Sandra Hale, who joined the school as head in 1998, retires this summer.",
        "The teens' club run by Mandy Gale meets on Fridays.",
        "Happy 60th birthday to Maureen Pettifer from everyone at the lunch club!",
    })
    void anAdultBesideAChildsSettingStaysAnAdult(String text) {
        assertThat(findings(CHILD, text)).isEmpty();
    }

    /** Rule: a resident's home in a reply, written with a house name, a Celtic house name or after a fault, blocks. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Hi, the path outside Rose Cottage, 3 Kiln Row will be cleared this week.|3 Kiln Row
        We've asked the crew to clear the path outside The Old Forge, 3 Kiln Row.|3 Kiln Row
        The contractor will reinstate the verge outside The Haven, 2 Riverside Mews by Friday.|2 Riverside Mews
        An officer will inspect Bryn Awel, Llanfihangel on Monday.|Bryn Awel, Llanfihangel
        The contractor will reinstate the verge outside Tigh na Mara, Achiltibuie by Friday.|Tigh na Mara, Achiltibuie
        The inspection at Y Bwthyn, Cwm Cou has been moved to Wednesday.|Y Bwthyn, Cwm Cou
        """)
    void aResidentsHomeInAReplyBlocks(String text, String address) {
        List<Finding> f = findings(ADDRESS, reply(text));
        assertThat(f).extracting(x -> x.span().of(text)).contains(address);
        assertThat(f).allMatch(x -> x.severity() == Severity.BLOCK);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "You can register at The Beacon, 12 Market Street, from 9am.",
        "Thanks to Bryn Jones, Llandudno, for the photo of the pier.",
    })
    void aVenueOrAPersonWithTheirTownIsNoHome(String text) {
        assertThat(findings(ADDRESS, reply(text))).isEmpty();
    }

    /** Rule: the person a reply answers is named with their case when an inspection is arranged for them. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Hi Jaswinder, an officer will inspect Bryn Awel, Llanfihangel on Monday.|Jaswinder
        Hi Morven, the inspection of the damp has been moved to Thursday.|Morven
        """)
    void theAddresseeOfAReplyAboutAnInspectionIsNamed(String text, String name) {
        assertThat(spans(NAME, reply(text))).contains(name);
    }
}
