package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.InvalidProfileException;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.core.profile.ProfileProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, round 12, the MD-3 decision: a derogatory name for a woman said of no one identifiable and of no group
 * is reviewed under the default profile (SFRS 5.3 deletes only on its listed grounds) and deleted under South Hams
 * and West Devon's (SHWD 3.8 removes every derogatory comment); aimed at a person it is abuse everywhere, and
 * swearing stays swearing. The project's own sentences.
 */
class UnaimedDerogatoryNamesTest {

    private static final ProfileLoader LOADER = RuleRegistry.discover().profileLoader();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC);
    private static final Moderator DEFAULT = Moderator.of(LOADER.builtIn("uk-council"), CLOCK);
    private static final Moderator SUFFOLK = Moderator.of(LOADER.builtIn("suffolk"), CLOCK);
    private static final Moderator SHWD = Moderator.of(LOADER.builtIn("south-hams-west-devon"), CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {
        "Saturday night in town is all stag dos and slappers these days",
        "Some skank dumped a mattress behind the community centre again",
        "Honestly the market is full of bints with pushchairs blocking the aisles",
        "That song about hoes is on the radio every hour",
    })
    void aNameSaidOfNoOneIsReviewedByDefaultAndDeletedWhereEveryDerogatoryCommentGoes(String text) {
        ModerationDecision d = DEFAULT.decide(Comment.of(text));
        assertThat(d.decision()).as(text).isEqualTo(Decision.REVIEW);
        assertThat(d.grounds()).containsExactly(Ground.PROFANITY);
        assertThat(SUFFOLK.decide(Comment.of(text)).decision()).as(text).isEqualTo(Decision.REVIEW);
        ModerationDecision shwd = SHWD.decide(Comment.of(text));
        assertThat(shwd.decision()).as(text).isEqualTo(Decision.DELETE);
        assertThat(shwd.grounds()).containsExactly(Ground.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You absolute slag, stay off this page",
        "Kerry at the leisure centre is a right skank",
        "She's such a slapper, everyone on the estate knows it",
        "Tell that bint on the phones she's a useless cow",
    })
    void aNameCalledOfAPersonIsDeletedWhateverTheProfile(String text) {
        for (Moderator m : new Moderator[] {DEFAULT, SUFFOLK, SHWD}) {
            ModerationDecision d = m.decide(Comment.of(text));
            assertThat(d.decision()).as(text).isEqualTo(Decision.DELETE);
            assertThat(d.grounds()).as(text).containsAnyOf(Ground.ABUSE, Ground.PROFANITY);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Shit service again from the bin men",
        "Fix the f**king streetlights on Vicarage Road",
        "What a load of bollocks this consultation is",
        "Slappers and shit all over the high street on a Saturday",
    })
    void swearingIsDeletedWhoeverItIsAimedAt(String text) {
        ModerationDecision d = DEFAULT.decide(Comment.of(text));
        assertThat(d.decision()).as(text).isEqualTo(Decision.DELETE);
        assertThat(d.grounds()).as(text).contains(Ground.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bring a hoe and gloves to the allotment weeding day",
        "The old slag heap behind the colliery is being landscaped",
    })
    void ordinaryMeaningsStayClear(String text) {
        assertThat(DEFAULT.decide(Comment.of(text)).decision()).as(text).isEqualTo(Decision.KEEP);
        assertThat(SHWD.decide(Comment.of(text)).decision()).as(text).isEqualTo(Decision.KEEP);
    }

    @Test
    void theProfilesSayWhichTheyChose() {
        assertThat(LOADER.builtIn("uk-council").settings(ModerationSettings.SECTION).unaimedDerogatoryNames())
                .isEqualTo(Decision.REVIEW);
        assertThat(LOADER.builtIn("south-hams-west-devon").settings(ModerationSettings.SECTION)
                .unaimedDerogatoryNames()).isEqualTo(Decision.DELETE);
        assertThat(LOADER.builtIn("south-hams-west-devon").settings(ModerationSettings.SECTION).mildProfanity())
                .isFalse();
    }

    @Test
    void aProfileMayKeepThemAndAMisspeltChoiceIsAProblem() {
        String head = "name: t\ncouncil: T\njurisdiction: ENGLAND\n";
        Profile keep = LOADER.parse(head + "moderation:\n  unaimedDerogatoryNames: keep\n", "p");
        Moderator m = Moderator.of(keep, CLOCK);
        assertThat(m.decide(Comment.of("Some skank dumped a mattress behind the community centre again")).decision())
                .isEqualTo(Decision.KEEP);
        assertThat(m.decide(Comment.of("You absolute slag, stay off this page")).decision()).isEqualTo(Decision.DELETE);
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> LOADER.parse(head + "moderation:\n  unaimedDerogatoryNames: revue\n", "p.yaml"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactly(
                "moderation.unaimedDerogatoryNames: expected one of delete, keep, review, got \"revue\"; did you mean review?");
    }
}
