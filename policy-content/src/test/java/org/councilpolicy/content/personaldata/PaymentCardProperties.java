package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.testkit.Combine;
import org.councilpolicy.testkit.Gen;
import org.junit.jupiter.api.Test;

/** Generated card numbers embedded in council text: found exactly when Luhn-valid, never otherwise. */
class PaymentCardProperties {

    private static final List<String> TEXTS = List.of(
            "Refund for the garden waste permit please, card %s, thanks",
            "I paid £55 on 12/05/2025 with %s and the A38 permit never came.",
            "%s",
            "Planning 24/01234/FUL fee paid by card %s at 7.30pm");

    @Test
    void luhnValidVisaNumbersAreFoundWithTheExactSpan() {
        Seeded.forAll(71, 300, r -> validFound(VISA_BODIES.next(r), TEMPLATES.next(r), r.nextBoolean()));
    }

    private static void validFound(String body, String template, boolean spaced) {
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

    @Test
    void wrongCheckDigitsAreNeverFound() {
        Seeded.forAll(72, 300, r -> wrongNotFound(VISA_BODIES.next(r), TEMPLATES.next(r), r.nextInt(1, 10)));
    }

    private static void wrongNotFound(String body, String template, int offset) {
        int wrong = (checkDigit(body) + offset) % 10;
        String text = String.format(template, body + wrong);
        assertThat(IdentifierEngines.findings("uk-council", text, "PAYMENT_CARD")).isEmpty();
    }

    private static final Gen<String> VISA_BODIES = Combine.of(Gen.of("4", "51", "52", "55", "2221"), Gen.digits(14))
            .as((p, rest) -> (p + rest).substring(0, 15));
    private static final Gen<String> TEMPLATES = Gen.of(TEXTS);

    private static int checkDigit(String body) {
        for (int d = 0; d < 10; d++) {
            if (PaymentCardRule.luhn(body + d)) {
                return d;
            }
        }
        throw new IllegalStateException();
    }
}
