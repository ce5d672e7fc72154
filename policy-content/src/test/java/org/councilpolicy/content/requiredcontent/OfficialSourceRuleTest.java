package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.draft.SharedFrom;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;

class OfficialSourceRuleTest {

    private static final String RULE = "required-content.official-source";

    private static List<Finding> check(String text, SharedFrom from, AccountType account) {
        Draft.Builder b = Draft.builder(text).kind(PostKind.SHARE).account(account);
        if (from != null) {
            b.sharedFrom(from);
        }
        return PublishingEngines.findings("south-hams-west-devon", b.build(), RULE);
    }

    @Test
    void personalShareFromUnofficialSourceIsReviewed() {
        assertThat(check("Big changes coming to the council's bin rounds", new SharedFrom("@TotnesTimes", false),
                AccountType.OFFICER_PERSONAL)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
                    assertThat(f.kindName()).isEqualTo("UNOFFICIAL_SOURCE");
                });
    }

    @Test
    void officialSourcesPass() {
        assertThat(check("New bin rounds from June", new SharedFrom("@SouthHamsDC", false), AccountType.OFFICER_PERSONAL))
                .isEmpty();
        assertThat(check("New bin rounds from June", new SharedFrom("@DevonCC", true), AccountType.OFFICER_PERSONAL))
                .isEmpty();
    }

    @Test
    void unknownOriginOnlyWhenAboutTheCouncil() {
        assertThat(check("Heads up: the council is changing bin rounds", null, AccountType.OFFICER_PERSONAL))
                .extracting(Finding::kindName).containsExactly("UNKNOWN_SOURCE");
        assertThat(check("What a view from Dartmoor today", null, AccountType.OFFICER_PERSONAL)).isEmpty();
    }

    @Test
    void onlyOfficersPersonalShares() {
        assertThat(check("Big changes coming", new SharedFrom("@TotnesTimes", false), AccountType.CORPORATE)).isEmpty();
        Draft post = Draft.builder("Big changes coming to the council").account(AccountType.OFFICER_PERSONAL).build();
        assertThat(PublishingEngines.findings("south-hams-west-devon", post, RULE)).isEmpty();
    }
}
