package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameRuleTest {

    private static final String RULE = "personal-data.person-name";

    private static String only(String text) {
        List<Finding> f = findings(RULE, text);
        assertThat(f).hasSize(1);
        return f.get(0).span().of(text);
    }

    @Test
    void titleAndSurnameBlocksWithExactSpan() {
        String text = "Mrs Patel from Elm Road called us about the bins.";
        List<Finding> f = findings(RULE, text);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.span().of(text)).isEqualTo("Mrs Patel");
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.kindName()).isEqualTo("PERSON_NAME");
            assertThat(x.clauses()).containsExactly("PD-1", "PD-7");
        });
    }

    @Test
    void contextCueBlocks() {
        assertThat(only("Thanks to resident Sarah Jenkins for reporting it.")).isEqualTo("Sarah Jenkins");
        assertThat(findings(RULE, "Thanks to resident Sarah Jenkins for reporting it.").get(0).severity())
                .isEqualTo(Severity.BLOCK);
        assertThat(only("A man named Darren Fletcher has been fined.")).isEqualTo("Darren Fletcher");
        assertThat(only("Stephen Mortimer, 54, was fined.")).isEqualTo("Stephen Mortimer");
        // a public role in another clause is not the name's role
        assertThat(only("Resident Stephen Mortimer, 54, met the leader of the council.")).isEqualTo("Stephen Mortimer");
    }

    @Test
    void gazetteerOnlyPairGoesToReview() {
        List<Finding> f = findings(RULE, "John Smith has been in touch about the consultation.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.REVIEW);
            assertThat(x.message()).contains("Review:");
        });
    }

    @Test
    void maskedExcerptNeverRevealsTheName() {
        Finding f = findings(RULE, "Thanks to resident Sarah Jenkins for reporting it.").get(0);
        assertThat(f.excerpt()).doesNotContain("Sarah").doesNotContain("Jenkins").isEqualTo("S\u2022\u2022\u2022 J\u2022\u2022\u2022");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Join Cllr Judith Pemberton at the Guildhall on Saturday.",
        "Thanks to Judith Pemberton for opening the park.",
        "Sam Whitcombe, our Head of Waste Services, says collections resume on Monday.",
        "Rupert Ashcombe MP visited Totnes today.",
        "Anna Tremayne MP visited Totnes today.",
        "His Majesty King Charles will visit Dartmoor.",
        "The Prime Minister, Keir Starmer, visited Plymouth.",
        "Fore Street in Totnes will be closed on Monday.",
        "Victoria Road in Dartmouth is closed on Sunday.",
        "Kingsbridge Leisure Centre reopens on Monday.",
        "Well done to St Mary's Primary for their posters.",
        "Thanks Sarah, glad the bin was collected.",
        "Devon and Cornwall Police are holding an event in Totnes.",
        "Don't Miss Out on the Totnes Christmas market!",
        "RIP to the old bandstand in Ivybridge park.",
        // councillors named factually in their role, the role after the name (issue 13)
        "Tom Barker, Leader of the Council, opened the new leisure centre on Saturday.",
        "Priya Shah, portfolio holder for the environment, welcomed the recycling figures.",
        "The chair of the planning committee, Priya Shah, will open the exhibition.",
        "Tom Barker, our housing portfolio holder, said the scheme will help 200 families.",
        "Tom Barker, the council's cabinet member for the environment, said recycling rates are up.",
        "Tom Barker, who leads the council, said the budget protects front-line services.",
    })
    void doesNotFireOnPublicPeoplePlacesAndProfileNames(String text) {
        assertThat(findings(RULE, text)).isEmpty();
    }

    @Test
    void profileNamesAreNotFlaggedEvenWithTitles() {
        assertThat(findings(RULE, "Thanks to Mrs Pemberton for reporting it.")).isEmpty();
        assertThat(findings(RULE, "Thanks to Mrs Pemberton and resident Karen Philpott for reporting it."))
                .singleElement().satisfies(f -> assertThat(f.span().start()).isGreaterThan(25));
    }
    @ParameterizedTest
    @ValueSource(strings = {
        "We have passed the complaint from Tomasz Castellano to the waste team.",
        "Thanks to resident Priya MacLeod for reporting the fly-tipping.",
        "A complaint from Chiamaka Okafor about the missed collection has been logged.",
        "Thanks to resident Gurpreet Sandhu for reporting the broken streetlight.",
        "Well done to Siobhan Kelly for organising the litter pick.",
        "Thanks to Delroy Campbell for clearing the path.",
        "A complaint from Xiaoming Zhang about the noise has been logged.",
    })
    void firstNamesCommonInTheUkOfManyOriginsAreKnown(String text) {
        assertThat(findings(RULE, text)).as(text).hasSize(1);
    }

    @Test
    void theGazetteerHasCommonUkFirstNamesButNoEverydayWords() {
        NameGazetteer g = NameGazetteer.get();
        for (String name : List.of("Priya", "Tomasz", "Mohammed", "Aisha", "Gurpreet", "Oluwaseun", "Chiamaka",
                "Kwame", "Niamh", "Eilidh", "Ffion", "Delroy", "Xiaoming", "Andreea", "Zeynep", "Abdirahman",
                "Łukasz", "Lukasz", "Małgorzata")) {
            assertThat(g.isFirstName(name)).as(name).isTrue();
        }
        for (String word : List.of("Blessing", "Promise", "Florin", "Can", "Innocent")) {
            assertThat(g.isFirstName(word)).as(word).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Well done to the West Bridgford in Bloom volunteers on their gold award this year!",
        "Our customer service centre in West Bridgford is closed on Monday.",
        "The X38 bus will divert away from Mill Hill until the roadworks finish.",
        "Thanks to everyone who came to Mill Hill Library on Saturday.",
        "Thanks to the Sutton Bonington in Bloom team for the planters.",
        "Residents near Milton Keynes have been told to expect delays.",
        "A complaint from North Stanley residents about parking has been logged.",
        "Well done to the volunteers at Sidney Sussex for the litter pick.",
        "Thanks to Ruth Carlton Library staff for their help.",
    })
    void placesThatLookLikeANameAreNotPeople(String text) {
        assertThat(findings(RULE, text)).as(text).isEmpty();
    }

    @Test
    void aPossessiveNameAfterInIsStillAPerson() {
        assertThat(only("Rubbish was dumped in Sarah Jenkins's front garden.")).isEqualTo("Sarah Jenkins");
    }

    /** Issue 11: a surname's possessive before a business or venue word names an organisation. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Congratulations to Hendry's Bakery in Totnes on its five-star food hygiene rating.",
        "The market stall run by Okonkwo's Deli is back this Saturday.",
        "Road closed outside Fairbairn's Garage, Station Road, until 4pm.",
        "Quiz night at the Carpenter's Arms raised £300 for the food bank.",
        "Tyres collected from Whitlock & Sons Builders were taken to the depot.",
        "Well done to Margaret's Tearoom for its hygiene award.",
        "Thanks to Tom Fletcher's Butchers for the sausages at the fun day.",
        "Collection point: Sam Wood's Garage.",
        "Our thanks to John Lewis for the donation of the raffle prizes.",
        // round 7: a founder's name before a housebuilder's or firm's word
        "Nathan Kerr Homes has submitted plans for 60 houses north of the bypass.",
        "The scaffolding was supplied by Owen Pritchard Engineering at no cost.",
        "Lettings are handled by Julia Marsh Estates on behalf of the owner.",
    })
    void businessesNamedAfterPeopleAreNotPeople(String text) {
        assertThat(findings(RULE, text)).as(text).isEmpty();
    }

    @Test
    void aTitledPersonNamedWithTheirBusinessIsStillAPerson() {
        assertThat(only("Mrs Sarah Hendry's bakery van was damaged overnight.")).contains("Hendry");
    }
}
