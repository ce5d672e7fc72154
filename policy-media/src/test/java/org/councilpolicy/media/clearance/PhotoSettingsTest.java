package org.councilpolicy.media.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.InvalidProfileException;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.core.profile.ProfileProblem;
import org.junit.jupiter.api.Test;

/** policy-media's own profile section, {@code photos:}, found on the class path. */
class PhotoSettingsTest {

    private static final ProfileLoader LOADER = RuleRegistry.discover().profileLoader();
    private static final String HEAD = "name: t\ncouncil: T\njurisdiction: ENGLAND\n";

    @Test
    void readsTheSectionAndFillsInTheDefaults() {
        assertThat(LOADER.sections()).containsKey("photos");
        assertThat(LOADER.parse(HEAD + "photos:\n  ageThreshold: 16\n", "p").settings(PhotoSettings.SECTION))
                .isEqualTo(new PhotoSettings(16, 12));
    }

    @Test
    void problemsAreListedWithCoresEachWithItsPath() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> LOADER.parse("""
                name: t
                council: T
                jurisdiction: MARS
                photos:
                  ageThreshold: 99
                  consentValidityMonths: 0
                  ageTreshold: 3
                """, "p.yaml"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactly(
                "jurisdiction: expected one of ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND, got \"MARS\"",
                "photos.ageTreshold: unknown key; expected one of ageThreshold, consentValidityMonths; "
                        + "did you mean ageThreshold?",
                "photos.ageThreshold: expected an age from 1 to 25, got 99",
                "photos.consentValidityMonths: expected at least 1, got 0");
    }
}
