package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void emailKeepsOnlyRegistrySuffix() {
        assertThat(Masking.mask("jane.doe@example.co.uk")).isEqualTo("j•••.d•••@e•••.co.uk");
        assertThat(Masking.mask("jane@example.com")).isEqualTo("j•••@e•••.com");
        assertThat(Masking.mask("j.bloggs@mail.stoke.gov.uk")).isEqualTo("j•••.b•••@m•••.s•••.gov.uk");
        assertThat(Masking.mask("x@localhost")).isEqualTo("x•••@l•••");
    }

    @Test
    void namesKeepFirstLetterOfEachRun() {
        assertThat(Masking.mask("Jane O'Neil-Smith")).isEqualTo("J••• O•••'N•••-S•••");
    }

    @Test
    void digitOnlyValuesShowAtMostTwoDigits() {
        assertThat(Masking.mask("07700 900123")).isEqualTo("••••• ••••23");
        assertThat(Masking.mask("+44 7700 900123")).isEqualTo("+•• •••• ••••23");
        assertThat(Masking.mask("1234")).isEqualTo("••••");
        assertThat(Masking.mask("12 High Street")).isEqualTo("••• H••• S•••");
    }

    @Test
    void neverReturnsInputUnchanged() {
        for (String s : new String[] {"ab", "12", "@co.uk", "a b", "x@y", "é1", "\u4E2D\u6587"}) {
            assertThat(Masking.mask(s)).as(s).isNotEqualTo(s);
        }
        assertThat(Masking.mask("")).isEmpty();
        assertThat(Masking.mask("-.-")).isEqualTo("-.-");
        assertThatThrownBy(() -> Masking.mask(null)).isInstanceOf(NullPointerException.class);
    }
}
