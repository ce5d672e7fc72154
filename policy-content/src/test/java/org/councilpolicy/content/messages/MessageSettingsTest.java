package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.councilpolicy.content.moderation.ModerationSettings;
import org.councilpolicy.core.calendar.Counting;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.InvalidProfileException;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.core.profile.ProfileProblem;
import org.junit.jupiter.api.Test;

/** policy-content's own profile sections, {@code messages:} and {@code moderation:}, found on the class path. */
class MessageSettingsTest {

    private static final ProfileLoader LOADER = RuleRegistry.discover().profileLoader();
    private static final String HEAD = "name: t\ncouncil: T\njurisdiction: ENGLAND\n";

    @Test
    void theLoaderFindsContentsSectionsOnTheClassPath() {
        assertThat(LOADER.sections()).containsKeys("messages", "moderation");
        assertThat(RuleRegistry.of(java.util.List.of()).profileLoader().sections()).containsKeys("messages", "moderation");
        assertThat(ProfileLoader.forRules(java.util.List.of()).sections()).containsKeys("messages", "moderation");
    }

    @Test
    void readsTheSections() {
        Profile p = LOADER.parse(HEAD + """
                messages:
                  counting: next-working-day
                  informationTeam: foi@example.gov.uk
                  acknowledgement:
                    full: "Thank you, {name}."
                    short: "Thanks."
                moderation:
                  mildProfanity: true
                """, "p");
        assertThat(p.settings(MessageSettings.SECTION)).isEqualTo(new MessageSettings(Counting.NEXT_WORKING_DAY,
                "Thank you, {name}.", "Thanks.", "foi@example.gov.uk"));
        assertThat(p.settings(ModerationSettings.SECTION).mildProfanity()).isTrue();
        assertThat(LOADER.parse(HEAD, "p").settings(MessageSettings.SECTION)).isEqualTo(MessageSettings.DEFAULT);
    }

    @Test
    void everyProblemIsListedWithItsPath() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> LOADER.parse(HEAD + """
                messages:
                  counting: icu
                  acknowledgement:
                    shrt: "Thanks."
                  team: x
                moderation:
                  mildProfanity: "yes"
                """, "p.yaml"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactly(
                "messages.team: unknown key; expected one of counting, acknowledgement, informationTeam",
                "messages.counting: expected one of ico, next-working-day, got \"icu\"; did you mean ico?",
                "messages.acknowledgement.shrt: unknown key; expected one of full, short; did you mean short?",
                "moderation.mildProfanity: expected true or false, got \"yes\"");
    }
}
