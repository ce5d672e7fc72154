package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11: private individuals' names in natural sentences, with no title or "resident" cue (thanks posts, found
 * property, volunteers, couples named together, names next to a place), and the look-alikes that must stay quiet
 * (trading names, staff in their role, animals, folklore, greetings of the person replied to). Our own sentences.
 */
class NaturalNamesTest {

    private static final String NAME = "personal-data.person-name";
    private static final String CHILD = "personal-data.child";

    private static List<String> names(String text) {
        return findings(NAME, text).stream().map(f -> f.span().of(text)).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        A huge thank you to Margaret Thistlewood who has tended the Riverside beds for twenty years.|Margaret Thistlewood
        Eileen Bramhall found a purse outside the library and handed it in.|Eileen Bramhall
        Keith Ramsbottom from Little Hadham rescued a swan on the bypass.|Keith Ramsbottom
        Lost keys handed in by Bob Marsh at the town hall.|Bob Marsh
        Thanks to Kofi Mensah for clearing the path.|Kofi Mensah
        Photo by Anwen Griffiths of the new bandstand.|Anwen Griffiths
        Hi Paul Hendry, thanks for the photos of the flooding.|Paul Hendry
        Dorota Wiśniewska volunteered at the warm space every Tuesday this winter.|Dorota Wiśniewska
        Well done Ellie-Mae Turner for collecting fifty bags of litter.|Ellie-Mae Turner
        A bench in memory of Albert Higginbottom was unveiled on the green.|Albert Higginbottom
        My neighbour Gordon Blackwood has not been at his flat for days.|Gordon Blackwood
        Phil Oakes was the first through the door of the new pool.|Phil Oakes
        Bryony Catchpole won the prize for the best front garden.|Bryony Catchpole
        A purse was found by Mrs J. Kowalski outside the post office.|Mrs J. Kowalski
        Thanks to A. Okonjo for reporting the broken gate.|A. Okonjo
        Thanks to Gwenllian ap Iorwerth for the Welsh translation.|Gwenllian ap Iorwerth
        A big thank you to the Hartigan family for the donation of books.|Hartigan family
        Mrs Okoro's shop window was smashed overnight.|Mrs Okoro
        Mark Ellis has run the lollipop crossing for thirty years.|Mark Ellis
        Congratulations to Joy Adeleke on her award.|Joy Adeleke
        Ask Dr Aziz about it, she lives on our road.|Dr Aziz
        This year's Citizen of the Year is Margaret Oduya.|Margaret Oduya
        The bench is dedicated to the memory of Arthur Pengelly, who loved this park.|Arthur Pengelly
        A brown wallet belonging to Carys Ellery was handed in at reception.|Carys Ellery
        Janice Ogunleye runs the toddler group at the church, ask her.|Janice Ogunleye
        Doris Pennock has knitted 500 hats for the maternity ward.|Doris Pennock
        When Sandeep Virk noticed smoke coming from the hall, he called 999.|Sandeep Virk
        Ring Bev Foulkes, she has the key to the hall.|Bev Foulkes
        Thanks to Gwyn Evans the butcher's son for finding the dog.|Gwyn Evans
        The Good Neighbour award went to Halina Wróblewska, who cooks for half the street.|Halina Wróblewska
        This year's Bloom trophy goes to… Dennis Ackroyd!|Dennis Ackroyd
        Remembering Winifred Pargeter, who has died aged 98.|Winifred Pargeter
        Birthday wishes to Dorothy, who is 104 today.|Dorothy
        We were sorry to hear of the death of Edna Bright, who ran the youth club for thirty years.|Edna Bright
        Flowers from the Mayor were sent to the funeral of Reg Stone, our longest-serving lollipop man.|Reg Stone
        A minute's silence for the late Walter Fish before the match.|Walter Fish
        Bob and Carol Dixon celebrate their diamond wedding today.|Bob
        Bob and Carol Dixon celebrate their diamond wedding today.|Carol Dixon
        Name: Rhodri Meredith|Rhodri Meredith
        Found a phone on the bus, it's mine, Bethan Lloyd-Rees, 07700 900123|Bethan Lloyd-Rees
        Gutted about the bus cuts, Marjorie 01632 960456, count me in for the petition|Marjorie
        Lovely to catch up with Nesta Fairclough at the lunch club today.|Nesta Fairclough
        I'm Lorraine Pickersgill and I've lived on this road 30 years.|Lorraine Pickersgill
        """)
    void aNameInAPersonsSentenceIsFound(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Dorota Jędrzejczak brought homemade pierogi to the street party.|Dorota Jędrzejczak
        Kwame Ampofo coached the under-11s all season for nothing.|Kwame Ampofo
        Tunde Agboola is the new face behind the community fridge.|Tunde Agboola
        """)
    void surnamesOfTheUksLargeCommunitiesAreListed(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Congratulations to Doreen Ashcroft on 50 years at the allotments! Doreen's leeks won again.|Doreen Ashcroft|Doreen
        Thanks to Tomasz Nowicki for clearing the brook. Tomasz spent three weekends on it.|Tomasz Nowicki|Tomasz
        """)
    void aLaterMentionOfSomeoneNamedInFullIsFoundToo(String text, String full, String later) {
        assertThat(names(text)).containsExactly(full, later);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Thanks to Doreen Ashcroft for the photos. Doreen Clarke sent some too.",
        "Kirkby Stephen said yes to the new footbridge at the parish poll.",
        "Remembering the men of Kirkby Stephen who fell in the Great War."
    })
    void aPlaceOrAnotherPersonIsNoLaterMention(String text) {
        assertThat(names(text)).doesNotContain("Doreen", "Stephen");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Well done Anjali and Tomasz Nowak for organising the litter pick.|Anjali|Tomasz Nowak
        Ted and Mavis Cartwright celebrate 70 years together today.|Ted|Mavis Cartwright
        Our volunteers Gwen Pritchard and Alun Jones planted 300 bulbs.|Gwen Pritchard|Alun Jones
        """)
    void twoPeopleNamedTogetherAreBothFound(String text, String one, String other) {
        assertThat(names(text)).contains(one, other);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Thank you to Sarah Jane Florist for the flowers at the remembrance service.",
        "Our thanks to Tom Cobley Cider for sponsoring the fun run.",
        "Visit Mabel's Pantry for the warm space.",
        "Pop into Barbara's on the high street for a coffee.",
        "Dorothy Perkins and Marks and Spencer are opening late on Thursday.",
        "Harvey Nichols and Ted Baker reopen today.",
        "Jack Frost and Father Christmas will both be at the lights switch-on.",
        "Shout out to Mrs Pettigrew's Cake Shop for the bake sale prizes.",
        "Diolch i Siop Gwenno am y raffl. Thanks to Siop Gwenno for the raffle prizes.",
        "Sophie and Daniel from the Waste team will be at the market.",
        "Found: a black cat called Tilly near the park. Is she yours?",
        "Max the spaniel was reunited with his owner thanks to our wardens.",
        "Grace Church and Victoria Park will host the carol service.",
        "Thanks Sarah, glad the bin was collected.",
        "Thank you Harriet for the lovely photo of the bandstand.",
        "A Sainsbury's van blocked the lane this morning.",
        "Thanks to Dennis Amos Landscapes for the planters at the station.",
        "Thanks to Mrs Bakewell's Tea Rooms for the scones at the fete.",
        "The Royal family sent a message to the care home.",
        "Sandeep Virk appeared before magistrates on Monday, where he denied the charge.",
        "Congratulations to Evans the Butchers on their 5-star hygiene rating.",
        "Ahmed Brothers Cash & Carry has reopened after the flood.",
        "Thank you to Harriet Kelsall Jewellery Design for the prizes.",
        "Visit Ashley Gardens this weekend: he who hesitates misses the tulips.",
    })
    void tradingNamesStaffAnimalsAndGreetingsAreNotReported(String text) {
        assertThat(findings(NAME, text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Our son Alfie loved the new play park.|Alfie
        My granddaughter, Isla, drew the winning poster.|Isla
        """)
    void aNameGivenAsSomeonesChildIsAChild(String text, String name) {
        List<Finding> children = findings(CHILD, text);
        assertThat(children).extracting(f -> f.span().of(text)).contains(name);
        assertThat(findings(NAME, text)).isEmpty();
    }
}
