package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

class OffenceDetectorProperties {

    @Test
    void spansAreInsideTheOriginal() {
        Seeded.forAll(11, 300, random -> {
            String text = Seeded.anyString(random, 80);
            for (Offence o : OffenceDetector.standard().analyse(text).offences()) {
                assertThat(o.span().start()).isBetween(0, text.length());
                assertThat(o.span().end()).isBetween(o.span().start(), text.length());
            }
        });
    }

    @Test
    void stretchingLettersDoesNotHide() {
        for (int times = 1; times <= 40; times++) {
            String text = "f" + "u".repeat(times) + "ck off";
            assertThat(OffenceDetector.standard().analyse(text).profanity(false)).as(text).isNotEmpty();
        }
    }
}
