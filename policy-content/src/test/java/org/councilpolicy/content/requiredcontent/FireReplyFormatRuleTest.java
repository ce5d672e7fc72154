package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.api.Test;

class FireReplyFormatRuleTest {

    private static final String RULE = "required-content.fire-reply-format";

    private static List<Finding> check(String profile, String text) {
        Draft d = Draft.builder(text).kind(PostKind.REPLY).account(AccountType.SERVICE)
                .author(AuthorRole.OFFICER, "Dave").build();
        return PublishingEngines.findings(profile, d, RULE);
    }

    @Test
    void thePolicysOwnExamplePasses() {
        String text = "Hi Paul,\nPlease can you DM (direct mail) us with some more information?\nThank you\nStay Safe\n"
                + "Suffolk Fire and Rescue Service";
        assertThat(check("suffolk-fire-rescue", text)).isEmpty();
        assertThat(check("suffolk-fire-rescue", "Thanks for asking. Test your smoke alarms monthly! "
                + "Suffolk Fire and Rescue Service.")).isEmpty();
    }

    @Test
    void missingSignOffAndSafetyMessage() {
        assertThat(check("suffolk-fire-rescue", "Hi Paul, please DM us with more information."))
                .extracting(Finding::kindName).containsExactlyInAnyOrder("MISSING_SIGN_OFF", "MISSING_SAFETY_MESSAGE");
        assertThat(check("suffolk-fire-rescue", "Hi Paul, please DM us. Suffolk Fire and Rescue Service"))
                .extracting(Finding::kindName).containsExactly("MISSING_SAFETY_MESSAGE");
    }

    @Test
    void officerNamesAreFlagged() {
        String text = "Hi Paul, please DM us. Thanks, Dave\nStay safe\nSuffolk Fire and Rescue Service";
        assertThat(check("suffolk-fire-rescue", text)).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo("OFFICER_NAME");
            assertThat(f.span().of(text)).isEqualTo("Dave");
        });
        assertThat(check("suffolk-fire-rescue", "Hi Paul, please DM us. Stay safe ^Dave"))
                .extracting(Finding::kindName).contains("OFFICER_NAME", "MISSING_SIGN_OFF");
    }

    @Test
    void onlyRepliesAndOnlyWhereEnabled() {
        assertThat(check("suffolk", "Hi Paul, please DM us with more information.")).isEmpty();
        Draft post = Draft.builder("Crews attended a chimney fire in Bungay.").account(AccountType.SERVICE).build();
        assertThat(PublishingEngines.findings("suffolk-fire-rescue", post, RULE)).isEmpty();
    }
}
