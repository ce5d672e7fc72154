package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 9: {@link AddressShapes} tries its street patterns only where a number (one to four digits, a letter, a
 * comma) is followed by whitespace and a capital. Every way the patterns' number can be written still reaches them;
 * numbers that cannot start a street are turned away. Our own sentences.
 */
class AddressShapesPreCheckTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        the house at 14 Broadway is empty|14 Broadway
        the house at 14a Broadway is empty|14a Broadway
        the house at 14A, Westgate is empty|14A, Westgate
        the house at 1234   The Paddocks is empty|1234   The Paddocks
        Flat 3, Kingfisher Court|3, Kingfisher Court
        she lives at 12 Heol y Nant now|12 Heol y Nant
        """)
    void everyWrittenFormOfTheNumberStillReachesThePatterns(String text, String address) {
        assertThat(AddressShapes.find(text, List.of())).extracting(s -> s.of(text)).contains(address);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "the house at 12345 Broadway is empty",
        "the house at 14 broadway is empty",
        "the house at 14ab Broadway is empty",
        "the house at 14,Broadway is empty",
        "the house at 14",
        "the house at 14 ",
    })
    void aNumberThatCannotStartAStreetIsTurnedAway(String text) {
        assertThat(AddressShapes.find(text, List.of())).isEmpty();
    }
}
