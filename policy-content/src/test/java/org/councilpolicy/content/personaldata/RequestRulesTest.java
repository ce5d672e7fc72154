package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestRulesTest {

    private static Draft reply(String text) {
        return Draft.builder(text).kind(PostKind.REPLY).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sorry to hear that. Can you reply with your address so we can send someone?|Can you reply with your address",
        "Hi, please post your full name and phone number below.|please post your full name and phone number",
        "What's your address? We'll get the crew to return.|What's your address",
    })
    void publicRequestForDetails(String text, String expected) {
        assertThat(findings("personal-data.request-for-details", reply(text))).singleElement().satisfies(f -> {
            assertThat(f.span().of(text)).isEqualTo(expected);
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.clauses()).containsExactly("PD-3");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please send us a DM with your email and we'll look into it.",
        "Please send us a private message with your address and phone number.",
        "Email us at help@example.org with your address.",
        "Please don't post your phone number publicly.",
        "Could you let us know which street the pothole is on?",
        "Our phone number is 01803 861368.",
        // Issue 11: naming the kind of identifier an official service asks for is not a request.
        "To apply for a blue badge online you'll need your National Insurance number and a recent photo.",
        "Have your council tax account number to hand before you call the contact centre.",
        "Your NHS number is on any letter from your GP surgery, or in the NHS App.",
        "The form will ask for your date of birth and your previous address.",
        "Sorry Mr Ahmed, please ring the housing repairs line on 0300 555 0199 and quote your address.",
    })
    void privateChannelsAndWarningsDoNotFire(String text) {
        assertThat(findings("personal-data.request-for-details", reply(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "To process your refund, please DM us your bank details and sort code.|please DM us your bank details and sort code",
        "Send us your card number and we'll take the payment.|Send us your card number",
        "Hi, what's your sort code? We'll set up the refund.|what's your sort code",
    })
    void financialRequestPublicOrPrivate(String text, String expected) {
        assertThat(findings("personal-data.financial-request", reply(text))).singleElement().satisfies(f -> {
            assertThat(f.span().of(text)).isEqualTo(expected);
            assertThat(f.clauses()).containsExactly("PD-2");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We will never ask for your bank details on social media.",
        "Pay online at our website or set up a direct debit.",
        "Never share your card details with anyone who calls claiming to be from the council.",
        "If someone asks for your bank details by message, it is a scam.",
        "To claim the rebate you will need your bank account number and sort code ready.",
        "When you apply online, have your bank details ready so the grant can be paid.",
    })
    void warningsAndPaymentPointersDoNotFire(String text) {
        assertThat(findings("personal-data.financial-request", Draft.of(text))).isEmpty();
    }
}
