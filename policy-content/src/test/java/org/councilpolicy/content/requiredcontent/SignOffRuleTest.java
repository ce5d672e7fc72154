package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignOffRuleTest {

    private static final String RULE = "required-content.sign-off";

    private static List<Finding> check(String profile, String text, String author) {
        Draft d = Draft.builder(text).kind(PostKind.REPLY).account(AccountType.CORPORATE)
                .author(AuthorRole.OFFICER, author).build();
        return PublishingEngines.findings(profile, d, RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi, the road reopens on Friday. ^Sam", "Hi, the road reopens on Friday ^SB",
            "Hi, the road reopens on Friday. - Sam", "Hi, the road reopens on Friday. Thanks, Sam",
            "Hi, the road reopens on Friday.\nMany thanks\nSam B", "Hi, the road reopens on Friday. Cheers, Priya 😊",
            "Hi, the road reopens on Friday. Jo"})
    void signedRepliesPass(String text) {
        assertThat(check("suffolk", text, "Jo")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi, the road reopens on Friday.", "Hi Sam, the road reopens on Friday. Thanks",
            "Hi, the road reopens on Friday - see our website", "Hi, sorry to hear that. Please DM us your email."})
    void unsignedRepliesAreFlagged(String text) {
        assertThat(check("suffolk", text, "Jo")).singleElement()
                .satisfies(f -> assertThat(f.suggestion()).contains("^Jo"));
    }

    @Test
    void offByDefaultAndOffForTheFireService() {
        assertThat(check("uk-council", "Hi, the road reopens on Friday.", "Jo")).isEmpty();
        assertThat(check("suffolk-fire-rescue", "Hi, the road reopens on Friday.", "Jo")).isEmpty();
    }

    @Test
    void onlyCorporateRepliesFromOfficers() {
        Draft post = Draft.builder("The road reopens on Friday.").account(AccountType.CORPORATE).build();
        assertThat(PublishingEngines.findings("suffolk", post, RULE)).isEmpty();
        Draft service = Draft.builder("The road reopens on Friday.").kind(PostKind.REPLY).account(AccountType.SERVICE).build();
        assertThat(PublishingEngines.findings("suffolk", service, RULE)).isEmpty();
    }
}
