package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.testsupport.Scaling;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each identifier detector: fires, does not fire, exact spans, severities, masking, own contacts. */
class IdentifierRulesTest {

    private static final String SHWD = "south-hams-west-devon";

    static List<Finding> find(String text, String kind) {
        return IdentifierEngines.findings(SHWD, text, kind);
    }

    /** The single finding of {@code kind}, checked for span text, masking and a fix. */
    static Finding one(String text, String kind, String value) {
        List<Finding> fs = find(text, kind);
        assertThat(fs).as(kind + " in: " + text).hasSize(1);
        Finding f = fs.get(0);
        assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(value);
        assertThat(f.category()).isEqualTo(Category.PERSONAL_DATA);
        assertThat(f.excerpt()).isNotEqualTo(value).doesNotContain(value);
        assertThat(f.fix()).isNotNull();
        assertThat(f.fix().span()).isEqualTo(f.span());
        assertThat(f.fix().replacement()).startsWith("[").endsWith("removed]");
        assertThat(f.message() + f.suggestion()).doesNotContain(value);
        return f;
    }

    static void none(String text, String kind) {
        assertThat(find(text, kind)).as(kind + " in: " + text).isEmpty();
    }

    @Test
    void everyIdentifierRuleIsDiscoveredWithItsClauses() {
        List<String> ids = RuleRegistry.discover().infos().stream().map(i -> i.id())
                .filter(id -> id.startsWith("personal-data.")).toList();
        assertThat(ids).contains("personal-data.email", "personal-data.phone", "personal-data.postcode",
                "personal-data.ni-number", "personal-data.nhs-number", "personal-data.payment-card",
                "personal-data.bank-account", "personal-data.iban", "personal-data.date-of-birth",
                "personal-data.vehicle-reg", "personal-data.passport", "personal-data.driving-licence");
        assertThat(PaymentCardRule.INFO.clauses()).containsExactly("PD-1", "PD-2", "PD-7");
        assertThat(EmailAddressRule.INFO.clauses()).containsExactly("PD-1", "PD-7");
    }

    @Nested
    class Email {
        @Test
        void findsAddressWithExactSpanAndMasksIt() {
            Finding f = one("Thanks to jane.doe@example.co.uk. for the photo", "EMAIL", "jane.doe@example.co.uk");
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.excerpt()).isEqualTo("j\u2022\u2022\u2022.d\u2022\u2022\u2022@e\u2022\u2022\u2022.co.uk");
        }

        @Test
        void ignoresCouncilAddressesHandlesAndNonAddresses() {
            none("Email customer.services@southhams.gov.uk or planning@westdevon.gov.uk", "EMAIL");
            none("Follow @SouthHamsDC for updates", "EMAIL");
            none("no address on this line: hello-world here, nor is a@b", "EMAIL");
        }

        @Test
        void hostileInputIsLinear() {
            String s = "a@".repeat(50_000) + "x".repeat(50_000);
            assertThat(find(s, "EMAIL")).isEmpty();
            Scaling.assertLinear("e-mail addresses in at signs", 5_000, n -> {
                String text = "a@".repeat(n) + "x".repeat(n);
                return () -> find(text, "EMAIL");
            });
        }
    }

    @Nested
    class Phone {
        @ParameterizedTest
        @ValueSource(strings = {"07700 900123", "07700-900-123", "+44 7700 900123", "+447700900123",
                "(01632) 960123", "0113 496 0123", "020 7946 0123", "+44 (0)20 7946 0123", "+44 (0)7700 900031",
                "+44 (0)115 496 0005", "+44(0)1632 960123", "0044 (0)7700 900031"})
        void findsUkForms(String number) {
            one("Please ring the resident on " + number + " tonight.", "PHONE", number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"The A38 and M25 are closed", "Application 24/01234/FUL approved",
                "Meeting on 12/05/2025 at 7.30pm", "Tickets £1,250 each", "Budget for 2024-25 and 2025-2026",
                "Case ref CAS-204518 closed", "Invoice 12345678 paid", "UPRN 100040283345"})
        void ignoresTraps(String text) {
            none(text, "PHONE");
        }

        @Test
        void ignoresTheCouncilsOwnNumberInAnyFormat() {
            none("Call us on 01803 861368 or +44 1803 861368", "PHONE");
        }

        @Test
        void foreignNationalFormatIsReviewOnlyWhenAnnounced() {
            Finding f = one("My US number is (415) 555-0132", "PHONE", "(415) 555-0132");
            assertThat(f.severity()).isEqualTo(Severity.REVIEW);
            none("Reference 415 555 0132 closed", "PHONE");
        }

        @Test
        void aBracketedTrunkZeroIsDroppedOnlyAfterACountryCode() {
            assertThat(PhoneNumbers.withoutBracketedTrunkZero("+44 (0)7700 900031")).isEqualTo("+44 7700 900031");
            assertThat(PhoneNumbers.withoutBracketedTrunkZero("+44(0)115 496 0005")).isEqualTo("+44 115 496 0005");
            assertThat(PhoneNumbers.withoutBracketedTrunkZero("0044 (0)7700 900031")).isEqualTo("0044 7700 900031");
            assertThat(PhoneNumbers.withoutBracketedTrunkZero("07700 (0)900031")).isEqualTo("07700 (0)900031");
            assertThat(PhoneNumbers.withoutBracketedTrunkZero("(01632) 960123")).isEqualTo("(01632) 960123");
            assertThat(PhoneNumbers.withoutBracketedTrunkZero("+44 7700 900031")).isEqualTo("+44 7700 900031");
        }

        @Test
        void masksAllButTwoDigits() {
            assertThat(one("ring 07700 900123", "PHONE", "07700 900123").excerpt()).isEqualTo("\u2022\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u202223");
        }
    }

    @Nested
    class Postcode {
        @Test
        void aloneIsReviewAfterAStreetIsBlock() {
            assertThat(one("Leaflets about the new bins went to every home in TQ9 5RP", "POSTCODE", "TQ9 5RP")
                    .severity()).isEqualTo(Severity.REVIEW);
            // Issue 11: a postcode tied to a resident's case (a complaint logged) links a person to it.
            assertThat(one("Noise complaint at TQ9 5RP logged", "POSTCODE", "TQ9 5RP").severity())
                    .isEqualTo(Severity.BLOCK);
            assertThat(one("The resident at 14 Fore Street, Totnes TQ9 5RP called", "POSTCODE", "TQ9 5RP")
                    .severity()).isEqualTo(Severity.BLOCK);
        }

        @ParameterizedTest
        @ValueSource(strings = {"GIR 0AA", "EC1A 1BB", "EC1A1BB", "M1 1AA", "m60 1nw", "DN55 1PT", "BFPO 1234"})
        void findsOfficialFormats(String pc) {
            one("Sent to " + pc + " today", "POSTCODE", pc);
        }

        @ParameterizedTest
        @ValueSource(strings = {"The A38 3pm closure", "Closed on the M6 2am to 5am", "VA1 1AA", "XA1 1AA",
                "B3193 closed", "junction 27 of the M5"})
        void ignoresLookalikes(String text) {
            none(text, "POSTCODE");
        }

        @Test
        void allowedPostcodesOptionIsHonoured() {
            RuleRegistry registry = RuleRegistry.discover();
            Profile p = registry.profileLoader().parse("""
                    name: test-council
                    extends: south-hams-west-devon
                    rules:
                      personal-data.postcode:
                        options:
                          allowed: ["tq9 5ne"]
                    """, "test");
            Engine e = Engine.builder().registry(registry).profile(p).clock(IdentifierEngines.CLOCK).build();
            assertThat(e.check(Draft.of("Follaton House, Totnes TQ9 5NE")).findings(Category.PERSONAL_DATA))
                    .noneMatch(f -> "POSTCODE".equals(f.kindName()));
        }
    }

    @Nested
    class NiNumber {
        @ParameterizedTest
        @ValueSource(strings = {"AB 12 34 56 C", "AB123456C", "ab 123456 c", "PR 123612C"})
        void findsValidNumbers(String ni) {
            one("National Insurance number " + ni + " noted", "NI_NUMBER", ni);
        }

        @ParameterizedTest
        @ValueSource(strings = {"FQ 00 00 00 C", "BG123612A", "nt 99 88 77 a", "TN 12 34 56 A", "AB 12 34 56 E",
                "QQ 12 34 56 C", "Scheme AB123456 funds"})
        void rejectsInvalidOnes(String ni) {
            none("NI number " + ni, "NI_NUMBER");
        }

        @Test
        void lowerCaseWithoutContextIsReview() {
            assertThat(one("tw987654a", "NI_NUMBER", "tw987654a").severity()).isEqualTo(Severity.REVIEW);
        }
    }

    @Nested
    class NhsNumber {
        @Test
        void checksum() {
            assertThat(NhsNumbers.isValid("943 476 5919")).isTrue();
            assertThat(NhsNumbers.isValid("9434765918")).isFalse();
            assertThat(NhsNumbers.isValid("123 456 789")).isFalse();
        }

        @Test
        void contextGivesBlockLayoutAloneGivesReviewPlainDigitsAloneNothing() {
            assertThat(one("His NHS number is 9434765919", "NHS_NUMBER", "9434765919").severity())
                    .isEqualTo(Severity.BLOCK);
            assertThat(one("Ref 943 476 5919", "NHS_NUMBER", "943 476 5919").severity())
                    .isEqualTo(Severity.REVIEW);
            none("Ref 9434765919", "NHS_NUMBER");
            none("His NHS number is 943 476 5918", "NHS_NUMBER");
        }

        @Test
        void theRestOfAPhoneNumberAfterABracketedTrunkZeroIsNotAnNhsNumber() {
            // 115 496 0005 has the 3-3-4 layout and a valid check digit
            assertThat(NhsNumbers.isValid("115 496 0005")).isTrue();
            none("For more information call +44 (0)115 496 0005.", "NHS_NUMBER");
            none("Call +44 (0) 115 496 0005 today", "NHS_NUMBER");
            one("Her number is +44 (0)115 496 0005.", "PHONE", "+44 (0)115 496 0005");
        }

        @Test
        void aPhoneNumberWrittenInWordsOrWithLettersForDigitsIsFound() {
            one("Her mobile is oh seven seven double oh, nine double oh, four five six.", "PHONE",
                    "oh seven seven double oh, nine double oh, four five six");
            one("Her mobile is 077OO 9OO456.", "PHONE", "077OO 9OO456");
            none("Count with us: one two three four, then five six seven eight!", "PHONE");
        }
    }

    @Nested
    class PaymentCard {
        @Test
        void findsGroupedAndUnbrokenNumbers() {
            one("Paid with 4111 1111 1111 1111 yesterday", "PAYMENT_CARD", "4111 1111 1111 1111");
            one("Amex 3782-822463-10005", "PAYMENT_CARD", "3782-822463-10005");
            one("card 5555555555554444.", "PAYMENT_CARD", "5555555555554444");
        }

        @Test
        void rejectsBadChecksumsMixedSeparatorsAndNonIssuerRanges() {
            none("the card I paid with was 4012-8888-8888-1882", "PAYMENT_CARD");
            none("card 4111 1111-1111 1111", "PAYMENT_CARD");
            none("UPRN 100040283345 and 9999 9999 9999 9995", "PAYMENT_CARD");
        }
    }

    @Nested
    class BankAccount {
        @Test
        void sortCodeWithAccountOrWithWords() {
            // one account, one finding: the sort code and its account number together (round 10)
            List<Finding> fs = find("Refund to 20-00-00 55779911 please", "BANK_ACCOUNT");
            assertThat(fs).extracting(f -> f.span().start() + "-" + f.span().end()).containsExactly("10-27");
            assertThat(find("account 31926819, sort code 60-16-13, not my old one", "BANK_ACCOUNT"))
                    .extracting(f -> f.span().start() + "-" + f.span().end()).containsExactly("8-36");
            one("sort code 601613 for the direct debit", "BANK_ACCOUNT", "601613");
            one("account number 41234567", "BANK_ACCOUNT", "41234567");
        }

        @Test
        void loneDatesAndReferencesAreNotBankDetails() {
            none("The consultation runs from 12-05-25 to 30-06-25.", "BANK_ACCOUNT");
            none("Invoice 12345678 has been paid", "BANK_ACCOUNT");
        }
    }

    @Nested
    class Iban {
        @Test
        void spacedOrUnbroken() {
            one("Refund to GB82 WEST 1234 5698 7654 32 thanks", "IBAN", "GB82 WEST 1234 5698 7654 32");
            one("IBAN GB82WEST12345698765432", "IBAN", "GB82WEST12345698765432");
        }

        @Test
        void badChecksumOrGroupingIsNotAnIban() {
            none("GB82 WEST 1234 5698 7654 33", "IBAN");
            none("AL47/2121/1009/0000/0002/3569/8741", "IBAN");
            none("GB82 WES T1234 5698 7654 32", "IBAN");
        }
    }

    @Nested
    class DateOfBirth {
        @Test
        void dateWithBirthContext() {
            one("Missing resident, DOB 04/07/1951, last seen", "DATE_OF_BIRTH", "04/07/1951");
            one("born on February 14, 1962 in Plymouth", "DATE_OF_BIRTH", "February 14, 1962");
            one("date of birth 2nd of May 1931", "DATE_OF_BIRTH", "2nd of May 1931");
            one("The man, born on 1991-03-17, was last seen in Galashiels.", "DATE_OF_BIRTH", "1991-03-17");
            one("date of birth: 1942-04-02", "DATE_OF_BIRTH", "1942-04-02");
            one("DOB 1988/11/05 (please check)", "DATE_OF_BIRTH", "1988/11/05");
        }

        @Test
        void isoDatesNeedBirthContextAndARealPastDate() {
            none("The consultation closes on 2026-07-04.", "DATE_OF_BIRTH");
            none("born on 1991-02-30", "DATE_OF_BIRTH");
            none("date of birth 2031-01-01", "DATE_OF_BIRTH");
            none("born on 1991-03-17-2", "DATE_OF_BIRTH");
            none("children born on or after 2015-09-01 can apply", "DATE_OF_BIRTH");
        }

        @Test
        void datesWithoutBirthContextOrImpossibleDatesOrRanges() {
            none("The consultation closes on 04/07/2025.", "DATE_OF_BIRTH");
            none("DOB 31/02/1980", "DATE_OF_BIRTH");
            none("children born between 1 September 2021 and 31 August 2022", "DATE_OF_BIRTH");
        }
    }

    @Nested
    class VehicleReg {
        @Test
        void formatsWithContextAreBlockWithoutAreReview() {
            assertThat(one("The car reg AB51 ABC is parked", "VEHICLE_REG", "AB51 ABC").severity())
                    .isEqualTo(Severity.BLOCK);
            assertThat(one("Seen: ABC 123D", "VEHICLE_REG", "ABC 123D").severity()).isEqualTo(Severity.REVIEW);
            one("van A123 BCD", "VEHICLE_REG", "A123 BCD");
            one("taxi ab12 cde", "VEHICLE_REG", "ab12 cde");
        }

        @ParameterizedTest
        @ValueSource(strings = {"AB00 ABC", "AB80 ABC", "AB51 AIB", "XXXAB51ABCYYY", "A38 NOW OPEN",
                "the car park on the A381 for the fair", "FOI 123A answered", "planning 24/01234/FUL"})
        void ignoresLookalikes(String text) {
            none(text, "VEHICLE_REG");
        }

        @Test
        void ageIdentifiersFollowTheClock() {
            none("car AB35 ABC", "VEHICLE_REG"); // not issued until 2035
        }
    }

    @Nested
    class Passport {
        @Test
        void nineDigitsNeedTheWordPassport() {
            one("my passport number is 123456789", "PASSPORT", "123456789");
            none("invoice 123456789", "PASSPORT");
        }

        @Test
        void lettersAndDigitsWithoutContextAreReview() {
            assertThat(one("AB1234567", "PASSPORT", "AB1234567").severity()).isEqualTo(Severity.REVIEW);
            none("booking reference TK1234567", "PASSPORT");
            none("ABC123456 and AB12345678", "PASSPORT");
        }
    }

    @Nested
    class DrivingLicence {
        @Test
        void validatedLayout() {
            assertThat(one("driving licence MORGA753116SM9IJ", "DRIVING_LICENCE", "MORGA753116SM9IJ").severity())
                    .isEqualTo(Severity.BLOCK);
            assertThat(one("SMIT9801015JK2CD", "DRIVING_LICENCE", "SMIT9801015JK2CD").severity())
                    .isEqualTo(Severity.REVIEW);
            none("MORGA663054SM9IJ", "DRIVING_LICENCE"); // month 63 does not exist
            none("SM9TH801015JK2CD", "DRIVING_LICENCE"); // letters after the 9 padding
        }
    }
}
