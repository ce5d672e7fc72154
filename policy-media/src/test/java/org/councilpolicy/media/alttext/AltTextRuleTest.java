package org.councilpolicy.media.alttext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AltTextRuleTest {

    private static final Engine ENGINE = Engine.builder().profile(Profile.builder("t").build()).build();

    private static List<Finding> check(String alt) {
        return ENGINE.check(Draft.builder("Footbridge reopens").media(new MediaRef("photos/IMG_2041.jpg", alt)).build())
                .findings("media.alt-text");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, ALT_TEXT_MISSING",
        "'   ', ALT_TEXT_MISSING",
        "image, ALT_TEXT_PLACEHOLDER",
        "Photo., ALT_TEXT_PLACEHOLDER",
        "IMG_2041.jpg, ALT_TEXT_PLACEHOLDER",
        "img_2041, ALT_TEXT_PLACEHOLDER"})
    void advisesWhenAltTextIsMissingOrAPlaceholder(String alt, String kind) {
        assertThat(check(alt)).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo(kind);
            assertThat(f.severity()).isEqualTo(Severity.ADVICE);
            assertThat(f.clauses()).containsExactly("RC-13");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "The new footbridge over the river at dusk",
        "Photo of the mayor cutting a ribbon at the footbridge"})
    void passesADescription(String alt) {
        assertThat(check(alt)).isEmpty();
    }
}
