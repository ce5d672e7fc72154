package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every identifier kind is still found, at exactly the span written, when zero-width characters, fullwidth or
 * other-script digits and look-alike letters are put inside it (issue 11, issue 16 item 12). Seeded generator:
 * each case is reproducible from its seed, printed in the test's name.
 */
class IdentifierEvasionProperties {

    /** A sentence with one identifier of a kind, reported at BLOCK or REVIEW in its plain form. */
    record Sample(String kind, String before, String value, String after) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("EMAIL", "Thanks to ", "jane.doe@example.co.uk", " for the photo"),
            new Sample("PHONE", "Please ring the resident on ", "07700 900123", " tonight."),
            new Sample("PHONE", "Please ring the resident on ", "+44 7700 900123", " tonight."),
            new Sample("POSTCODE", "The resident at 14 Fore Street, Totnes ", "TQ9 5RP", " called"),
            new Sample("NI_NUMBER", "National Insurance number ", "AB 12 34 56 C", " noted"),
            new Sample("NHS_NUMBER", "His NHS number is ", "9434765919", " today"),
            new Sample("PAYMENT_CARD", "Paid with ", "4111 1111 1111 1111", " yesterday"),
            new Sample("BANK_ACCOUNT", "account number ", "41234567", " for the refund"),
            new Sample("IBAN", "Refund to ", "GB82 WEST 1234 5698 7654 32", " thanks"),
            new Sample("DATE_OF_BIRTH", "Missing resident, DOB ", "04/07/1951", ", last seen"),
            new Sample("VEHICLE_REG", "The car reg ", "AB51 ABC", " is parked"),
            new Sample("PASSPORT", "my passport number is ", "123456789", " and"),
            new Sample("DRIVING_LICENCE", "driving licence ", "MORGA753116SM9IJ", " was found"));

    static Stream<Arguments> variants() {
        return IntStream.range(0, 26 * SAMPLES.size()).mapToObj(seed -> {
            Sample s = SAMPLES.get(seed % SAMPLES.size());
            return Arguments.of(seed, s, EvasionVariants.mixed(s.value(), new Random(seed)));
        });
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("variants")
    void everyKindIsFoundAtTheExactSpanWrittenWhateverIsHiddenInside(int seed, Sample s, String variant) {
        assertThat(variant).isNotEqualTo(s.value());
        String text = s.before() + variant + s.after();
        List<Finding> fs = IdentifierRulesTest.find(text, s.kind());
        assertThat(fs).as("seed %d: %s", seed, s.kind()).hasSize(1);
        assertThat(fs.get(0).span().start()).isEqualTo(s.before().length());
        assertThat(fs.get(0).span().end()).isEqualTo(s.before().length() + variant.length());
        assertThat(fs.get(0).excerpt()).doesNotContain(s.value());
    }

    /** The kinds written one character at a time to slip past a match, read through the collapsed-spacing view. */
    static final List<Sample> SPACEABLE = List.of(SAMPLES.get(1), SAMPLES.get(3), SAMPLES.get(4), SAMPLES.get(6),
            new Sample("POSTCODE", "The resident at 2 Mill Lane ", "NW10 4RT", " called"),
            new Sample("NI_NUMBER", "my ni is ", "WL 62 49 44 A", " thanks"));

    static Stream<Arguments> spacedVariants() {
        return IntStream.range(0, 12 * SPACEABLE.size()).mapToObj(seed -> {
            Sample s = SPACEABLE.get(seed % SPACEABLE.size());
            String spaced = String.join(" ", s.value().replace(" ", "").split(""));
            // the first round of seeds plain spaced out, the rest with the other tricks inside as well
            return Arguments.of(seed, s, seed < SPACEABLE.size() ? spaced : EvasionVariants.mixed(spaced,
                    new Random(seed)));
        });
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("spacedVariants")
    void spacedOutIdentifiersAreFoundAtTheExactSpanWritten(int seed, Sample s, String variant) {
        String text = s.before() + variant + s.after();
        List<Finding> fs = IdentifierRulesTest.find(text, s.kind());
        assertThat(fs).as("seed %d: %s in %s", seed, s.kind(), variant).hasSize(1);
        assertThat(fs.get(0).span().start()).isEqualTo(s.before().length());
        assertThat(fs.get(0).span().end()).isEqualTo(s.before().length() + variant.length());
    }

    @Test
    void theCollapsedViewMapsEachCharacterBack() {
        IdentifierText t = IdentifierText.analyse("ring 0 7 7 0 0 or a W L 6 2 4 9 4 4 A, or N W 1");
        assertThat(t.spacedOut()).extracting(SpacedOut::compact).containsExactly("07700", "aWL624944A");
        SpacedOut ni = t.spacedOut().get(1);
        assertThat(t.text().substring(ni.viewStart(1), ni.viewEnd(10))).isEqualTo("W L 6 2 4 9 4 4 A");
        assertThat(IdentifierText.analyse("a b c d and the e f g h").spacedOut()).isEmpty();
    }

    @Test
    void plainFormsAreFoundSoTheVariantsTestTheTricks() {
        for (Sample s : SAMPLES) {
            String text = s.before() + s.value() + s.after();
            IdentifierRulesTest.one(text, s.kind(), s.value());
        }
    }

    @Test
    void spelledOutAtAndDotAreRead() {
        for (String email : List.of("jo dot bloggs at gmail dot com", "jo[at]example[dot]com", "jo (at) example (dot) com",
                "jo.bloggs(at)example.co.uk", "JO AT EXAMPLE DOT ORG", "jo {at} example.com", "jo [at] example [dot] co [dot] uk")) {
            IdentifierRulesTest.one("Contact the resident: " + email + " about the fence", "EMAIL", email);
        }
    }

    @Test
    void ordinaryUsesOfAtAndDotAreNotAddresses() {
        for (String text : List.of("Find out more at gov.uk/bins today", "See us at www.example.org for times",
                "We are at the town hall dot com event", "Meet at Totnes. Then lunch", "Look at this dot",
                "Residents at home dot their gardens with lights")) {
            IdentifierRulesTest.none(text, "EMAIL");
        }
    }
}
