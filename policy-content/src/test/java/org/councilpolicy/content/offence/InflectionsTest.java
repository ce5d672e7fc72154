package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void aPlainPhraseStandsForItself() {
        assertThat(Inflections.expand("watch your back")).containsExactly("watch your back");
    }

    @Test
    void aTildeGivesTheRegularVerbForms() {
        assertThat(Inflections.expand("stab~")).contains("stab", "stabs", "stabbed", "stabbing");
        assertThat(Inflections.expand("strangle~")).containsExactlyInAnyOrder("strangle", "strangles", "strangled",
                "strangling");
        assertThat(Inflections.expand("punch~")).contains("punches", "punched", "punching");
        assertThat(Inflections.expand("bury~")).contains("buries", "buried", "burying");
        assertThat(Inflections.expand("attack~")).contains("attacked").doesNotContain("attackked");
    }

    @Test
    void alternativesCombineWordByWord() {
        assertThat(Inflections.expand("get|gets what he|she deserves")).containsExactlyInAnyOrder(
                "get what he deserves", "get what she deserves", "gets what he deserves", "gets what she deserves");
        assertThat(Inflections.expand("never walk~ again")).contains("never walks again", "never walked again");
    }

    @Test
    void aLoneTildeIsAnError() {
        assertThatThrownBy(() -> Inflections.expand("~ him")).isInstanceOf(IllegalArgumentException.class);
    }
}
