package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.testsupport.Scaling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people and identifier detectors side by side: each piece of personal data is reported once, under the
 * kind that fits it (false positives found when the two corpora were first evaluated together).
 */
class CrossKindTest {

    private static final String NAME = "personal-data.person-name";
    private static final String ADDRESS = "personal-data.street-address";
    private static final String CHILD = "personal-data.child";
    private static final String EMAIL = "personal-data.email";
    private static final String FINANCIAL = "personal-data.financial-request";

    private static List<String> spans(String rule, String text) {
        return findings(rule, text).stream().map(f -> f.span().of(text)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Complaint from MARY.SMITH@EXAMPLE.COM about the parking at the school gate.",
        "Email from Kate.Williams@example.net: the footpath is flooded again.",
        "Thanks @JaneSmith for the photo of the pothole, we have logged it.",
        "See facebook.com/JohnSmithPhotography for the pictures.",
        "Car YT65 HNB reported as abandoned on Plymouth Road.",
        "Lorry WX19 ABC parked on the verge again.",
        "#ThanksMaryJones for reporting the pothole.",
    })
    void wordsOfAddressesHandlesAndCodesAreNotNames(String text) {
        assertThat(spans(NAME, text)).isEmpty();
    }

    @Test
    void theNameOutsideTheAddressIsStillFound() {
        String text = "Thanks to resident Mary Smith (mary.smith@example.com) for reporting it.";
        assertThat(spans(NAME, text)).containsExactly("Mary Smith");
        assertThat(spans(EMAIL, text)).containsExactly("mary.smith@example.com");
    }

    @Test
    void possessiveEndingIsOutsideTheNamesSpan() {
        assertThat(spans(NAME, "Mrs Example's National Insurance number was missing.")).containsExactly("Mrs Example");
    }

    @Test
    void familyCueBeforeAName() {
        assertThat(spans(NAME, "Freddie, 9, and his grandad Bill Cole planted the first tree."))
                .containsExactly("Bill Cole");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bulky waste collection booked for 27 Ridgeway, Plymouth PL7 4HJ on Friday.|27 Ridgeway",
        "Keeper Mr Paul Hendry, 18 Beech Road, Tavistock, was sent the parking ticket.|18 Beech Road",
        "Mrs Example of 3 Church Lane, Ivybridge, asked us to call.|3 Church Lane",
        "Resident at Flat 2, 5 Duke Street, Dartmouth TQ6 9PZ says the lift is broken.|Flat 2, 5 Duke Street",
    })
    void homeAddresses(String text, String address) {
        assertThat(spans(ADDRESS, text)).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Drop-in advice at Okehampton Library, 3 Market Street, every Tuesday 10am-12pm.",
        "Planning application 24/01234/FUL for 12 new homes at Dartington goes to committee.",
        "Bus 92 leaves at 10 Totnes time; see the timetable.",
        "Free parking on 12 December in Kingsbridge.",
    })
    void notHomeAddresses(String text) {
        assertThat(spans(ADDRESS, text)).isEmpty();
    }

    @Test
    void childWhoseSurnameIsAStreetWord() {
        assertThat(spans(CHILD, "Well done to Poppy Lane, 8, who won our poster competition!"))
                .containsExactly("Poppy Lane, 8");
        assertThat(spans(CHILD, "Mill Lane, 8 houses were flooded.")).isEmpty();
    }

    @Test
    void classNumberRunsOnToTheSchool() {
        assertThat(spans(CHILD, "A big well done to Poppy from Class 3 at Yealmpton Primary for her poster."))
                .containsExactly("Poppy from Class 3 at Yealmpton Primary");
    }

    @Test
    void detailsGivenAreNotAFinancialRequest() {
        Draft given = Draft.of("Refund to sort code 20-00-00, account 55779911 please.");
        assertThat(findings(FINANCIAL, given)).isEmpty();
        assertThat(findings("personal-data.bank-account", given)).extracting(f -> f.span().of(given.text()))
                .containsExactly("20-00-00, account 55779911"); // one account, one finding (round 10)
        Draft asked = Draft.builder("Please reply with your sort code and account number for the refund.")
                .kind(PostKind.REPLY).build();
        assertThat(findings(FINANCIAL, asked)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please email us at customer.services@example.org with your reference.",
        "Questions? Contact us on enquiries@example.org.",
        "Write to us: help@example.org",
        "Our email address is office@example.org.",
    })
    void addressIntroducedAsTheCouncilsOwn(String text) {
        assertThat(spans(EMAIL, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Complaints should go to the owner at hedge.owner@example.net.",
        "Thanks to everyone who emailed us jane.doe@example.com included.",
        "Bus users at jo@example.org say the stop is unsafe.",
    })
    void otherPeoplesAddressesAreStillReported(String text) {
        List<Finding> f = findings(EMAIL, text);
        assertThat(f).hasSize(1);
    }

    @Test
    void longHostileTextsStayLinear() {
        // no full stop anywhere: one endless "sentence" full of request cues, names, children and addresses
        String requests = "please reply with your address and your bank details and sort code ".repeat(3_000);
        Draft reply = Draft.builder(requests).kind(PostKind.REPLY).build();
        assertThat(findings("personal-data.request-for-details", reply)).isNotEmpty();
        assertThat(findings(FINANCIAL, reply)).isNotEmpty();
        String people = "thanks to resident Sarah Jenkins of 12 Elm Road and Poppy, 8, in Year 4 at Totnes Primary "
                .repeat(2_000);
        assertThat(spans(NAME, people)).hasSize(2_000);
        assertThat(spans(ADDRESS, people)).hasSize(2_000);
        assertThat(spans(CHILD, people)).hasSize(2_000);
        Scaling.assertLinear("names, addresses and children in one endless sentence", 200, n -> {
            String text = "thanks to resident Sarah Jenkins of 12 Elm Road and Poppy, 8, in Year 4 at Totnes Primary "
                    .repeat(n);
            return () -> spans(NAME, text);
        });
    }
}
