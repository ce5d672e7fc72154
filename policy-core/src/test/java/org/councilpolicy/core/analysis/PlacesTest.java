package org.councilpolicy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.rule.Span;
import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void theGazetteerIsLoadedWhole() {
        // 42,986 rows; names shared by several places (two Newtons) count once
        assertThat(Places.size()).isBetween(30_000, 42_986);
        assertThat(Places.isPlace("Newton Abbot")).isTrue();
        assertThat(Places.isPlace("NEWTON  ABBOT")).isTrue();
        assertThat(Places.isPlace("Stratford-upon-Avon")).isTrue();
        assertThat(Places.isPlace("Jane Smith")).isFalse();
    }

    @Test
    void placesAreFoundLongestFirstWithTheirOriginalSpans() {
        String s = "Road closed between Newton Abbot and Kingsteignton, said Jane Smith.";
        var places = TextAnalysis.of(s).get(Places.KEY);
        assertThat(places).extracting(p -> p.original().of(s)).containsExactly("Newton Abbot", "Kingsteignton");
        assertThat(places.get(0).original()).isEqualTo(new Span(20, 32));
        assertThat(places.get(0).words()).isEqualTo(2);
    }

    @Test
    void aLowerCaseWordIsNotAPlace() {
        assertThat(TextAnalysis.of("the street was closed at noon").get(Places.KEY)).isEmpty();
    }
}
