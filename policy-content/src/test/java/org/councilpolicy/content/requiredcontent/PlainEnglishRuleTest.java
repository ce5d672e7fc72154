package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;

class PlainEnglishRuleTest {

    private static final String RULE = "required-content.plain-english";

    private static List<Finding> check(String text) {
        return PublishingEngines.findings("uk-council", Draft.of(text), RULE);
    }

    @Test
    void shoutingIsAdvisedAgainst() {
        String text = "Reminder: PLEASE DO NOT PUT GLASS in your blue bin.";
        assertThat(check(text)).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo("SHOUTING");
            assertThat(f.severity()).isEqualTo(Severity.ADVICE);
            assertThat(f.span().of(text)).isEqualTo("PLEASE DO NOT PUT GLASS");
        });
    }

    @Test
    void acronymsHashtagsAndShortCapitalsAreNotShouting() {
        assertThat(check("The NHS and the DWP explain SEND support for GP surgeries. #SHDC #WDBC @NHSUK")).isEmpty();
        assertThat(check("ROAD CLOSED sign on the A38 tonight.")).isEmpty();
    }

    @Test
    void repeatedPunctuation() {
        assertThat(check("Bins go out tomorrow!!!")).singleElement()
                .satisfies(f -> assertThat(f.kindName()).isEqualTo("PUNCTUATION"));
        assertThat(check("Did you know?!")).isEmpty();
    }

    @Test
    void jargonWithAPlainAlternative() {
        String text = "Going forward we will utilise stakeholder engagement to facilitate change.";
        assertThat(check(text)).extracting(Finding::kindName).containsOnly("JARGON");
        assertThat(check(text)).extracting(f -> f.span().of(text))
                .containsExactly("Going forward", "utilise", "stakeholder engagement", "facilitate");
        assertThat(check(text).get(1).suggestion()).contains("use");
        assertThat(check("From now on we will use what residents tell us to make changes.")).isEmpty();
    }

    @Test
    void personalAccountsAreLeftAlone() {
        Draft d = Draft.builder("GOING FORWARD I WILL BE AT THE MEETING!!!").account(AccountType.OFFICER_PERSONAL).build();
        assertThat(PublishingEngines.findings("uk-council", d, RULE)).isEmpty();
    }
}
