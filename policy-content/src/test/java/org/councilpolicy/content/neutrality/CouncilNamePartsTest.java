package org.councilpolicy.content.neutrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.testsupport.Scaling;
import org.junit.jupiter.api.Test;

class CouncilNamePartsTest {

    /** The patterns the short name used to be computed with, kept to compare on ordinary names. */
    private static final Pattern OLD_COUNCIL =
            Pattern.compile("(?i)\\s*\\b(city|county|district|borough|metropolitan)?\\s*council\\b.*$");
    private static final Pattern OLD_FIRE = Pattern.compile("(?i)\\s*\\bfire and rescue service\\b.*$");

    @Test
    void shortNamesAreThoseTheOldPatternsGaveOnRealNames() {
        for (String name : new String[] {"South Hams District Council", "West Devon Borough Council",
                "Suffolk County Council", "Suffolk Fire and Rescue Service", "Rushcliffe Borough Council",
                "Scottish Borders Council", "Leeds City Council", "Wirral Metropolitan Borough Council",
                "Council of the Isles of Scilly", "Test Council", "Camden", "Mid Suffolk District Council (MSDC)",
                "Countryside Councillors Group"}) {
            String old = OLD_FIRE.matcher(OLD_COUNCIL.matcher(name).replaceAll("")).replaceAll("").strip();
            assertThat(CouncilNameParts.shortName(name)).as(name).isEqualTo(old);
        }
    }

    @Test
    void aCouncilNameOf80000SpacesIsFast() {
        // Before: the backtracking patterns ran for minutes on this profile value (issue 16, item 8).
        // Building every rule for an ordinary profile takes about 2 s on a loaded two-core machine; the old code
        // took over 300 s here, so 10 s is loose for noise and tight for the super-linear patterns.
        Profile profile = Profile.builder("spaces").council(" ".repeat(80_000) + "x").build();
        RuleRegistry registry = RuleRegistry.discover();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Engine engine = Engine.builder().profile(profile).registry(registry).build();
            assertThat(engine.check(Draft.of("Bins are collected on Monday")).findings(Category.POLITICAL)).isEmpty();
            assertThat(CouncilNameParts.shortName(" ".repeat(80_000) + "council")).isEmpty();
        });
        Scaling.assertLinear("the short name of a council of spaces", 10_000,
                n -> () -> CouncilNameParts.shortName(" ".repeat(n) + "x district council"));
    }
}
