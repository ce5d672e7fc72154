package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class OffenceDetectorProperties {

    @Property(tries = 300)
    void spansAreInsideTheOriginal(@ForAll @StringLength(max = 80) String text) {
        for (Offence o : OffenceDetector.standard().analyse(text).offences()) {
            assertThat(o.span().start()).isBetween(0, text.length());
            assertThat(o.span().end()).isBetween(o.span().start(), text.length());
        }
    }

    @Property(tries = 200)
    void stretchingLettersDoesNotHide(@ForAll("stretch") int times) {
        String text = "f" + "u".repeat(times) + "ck off";
        assertThat(OffenceDetector.standard().analyse(text).profanity(false)).isNotEmpty();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> stretch() {
        return net.jqwik.api.Arbitraries.integers().between(1, 40);
    }
}
