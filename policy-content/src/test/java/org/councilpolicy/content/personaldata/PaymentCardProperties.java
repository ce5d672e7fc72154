package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.councilpolicy.core.rule.Finding;

/** Generated card numbers embedded in council text: found exactly when Luhn-valid, never otherwise. */
class PaymentCardProperties {

    private static final List<String> TEXTS = List.of(
            "Refund for the garden waste permit please, card %s, thanks",
            "I paid £55 on 12/05/2025 with %s and the A38 permit never came.",
            "%s",
            "Planning 24/01234/FUL fee paid by card %s at 7.30pm");

    @Property(tries = 300)
    void luhnValidVisaNumbersAreFoundWithTheExactSpan(@ForAll("visaBodies") String body,
                                                      @ForAll("templates") String template,
                                                      @ForAll boolean spaced) {
        String number = body + checkDigit(body);
        String shown = spaced ? number.replaceAll("(\\d{4})(?=\\d)", "$1 ") : number;
        String text = String.format(template, shown);
        List<Finding> fs = IdentifierEngines.findings("uk-council", text, "PAYMENT_CARD");
        int start = text.indexOf(shown);
        assertThat(fs).hasSize(1);
        assertThat(fs.get(0).span().start()).isEqualTo(start);
        assertThat(fs.get(0).span().end()).isEqualTo(start + shown.length());
        assertThat(fs.get(0).excerpt()).doesNotContain(number.substring(0, 6));
    }

    @Property(tries = 300)
    void wrongCheckDigitsAreNeverFound(@ForAll("visaBodies") String body, @ForAll("templates") String template,
                                       @ForAll("offsets") int offset) {
        int wrong = (checkDigit(body) + offset) % 10;
        String text = String.format(template, body + wrong);
        assertThat(IdentifierEngines.findings("uk-council", text, "PAYMENT_CARD")).isEmpty();
    }

    @Provide
    Arbitrary<String> visaBodies() {
        return Combinators.combine(Arbitraries.of("4", "51", "52", "55", "2221"),
                Arbitraries.strings().numeric().ofLength(14)).as((p, rest) -> (p + rest).substring(0, 15));
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(TEXTS);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(1, 9);
    }

    private static int checkDigit(String body) {
        for (int d = 0; d < 10; d++) {
            if (PaymentCardRule.luhn(body + d)) {
                return d;
            }
        }
        throw new IllegalStateException();
    }
}
