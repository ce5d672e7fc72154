package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.api.Test;

class IncidentPostRuleTest {

    private static final String RULE = "required-content.incident-post";

    private static List<Finding> check(String profile, String text, boolean photo) {
        Draft.Builder b = Draft.builder(text).account(AccountType.SERVICE);
        if (photo) {
            b.media(new MediaRef("scene.jpg", "Burnt-out car on a verge"));
        }
        return PublishingEngines.findings(profile, b.build(), RULE);
    }

    @Test
    void completeIncidentPostPasses() {
        assertThat(check("suffolk-fire-rescue", "Crews from Leiston were called to a car fire on the B1122 this "
                + "afternoon and put it out using a hose reel. Vehicle fire safety: suffolk.gov.uk/fire-safety", true))
                .isEmpty();
    }

    @Test
    void eachMissingPartIsNamed() {
        assertThat(check("suffolk-fire-rescue", "Crews were called to a kitchen fire in Leiston this afternoon.", true))
                .extracting(Finding::kindName).containsExactlyInAnyOrder("MISSING_ACTION", "MISSING_SAFETY_LINK");
        assertThat(check("suffolk-fire-rescue", "Crews attended this afternoon and used a hose reel. "
                + "suffolk.gov.uk/fire-safety", true))
                .extracting(Finding::kindName).containsExactly("MISSING_DESCRIPTION");
    }

    @Test
    void onlyIncidentPostsWithMediaUnderTheFireProfile() {
        assertThat(check("suffolk-fire-rescue", "Crews were called to a kitchen fire in Leiston.", false)).isEmpty();
        assertThat(check("suffolk-fire-rescue", "Our crews visited Woodbridge Primary today to talk about smoke alarms.",
                true)).isEmpty();
        assertThat(check("suffolk", "Crews were called to a kitchen fire in Leiston.", true)).isEmpty();
    }
}
