package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.engine.Verdict;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredHashtagRuleTest {

    private static final RuleRegistry ONLY_THIS = RuleRegistry.of(List.of(new RequiredHashtagRule()));
    private static final Profile SHWD = RuleRegistry.discover().profileLoader().builtIn("south-hams-west-devon");

    private static Report check(Profile profile, Draft draft) {
        return Engine.builder().registry(ONLY_THIS).profile(profile).build().check(draft);
    }

    @Test
    void corporatePostWithoutEitherHashtagIsBlockedCitingRc1() {
        Report r = check(SHWD, Draft.of("Green bin collections resume on Monday."));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("required-content.hashtag");
            assertThat(f.clauses()).containsExactly("RC-1");
            assertThat(f.span()).isNull();
            assertThat(f.message()).contains("#SHDC").contains("#WDBC");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bins on Monday #SHDC", "Bins on Monday #wdbc", "#WDBC: bins on Monday",
        "Bins on Monday (#SHDC)"})
    void eitherHashtagInAnyCaseSatisfiesIt(String text) {
        assertThat(check(SHWD, Draft.of(text)).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bins on Monday #SHDCnews", "Bins on Monday SHDC", "Bins on Monday C#SHDC",
        "Bins on Monday https://example.org/page#SHDC"})
    void lookAlikesDoNotCount(String text) {
        assertThat(check(SHWD, Draft.of(text)).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void councillorsAreOnlyEncouragedSoTheyGetAdvice() {
        Report r = check(SHWD, Draft.builder("Surgery at Totnes library on Saturday").account(AccountType.COUNCILLOR)
                .build());
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ADVICE);
            assertThat(f.clauses()).containsExactly("RC-2");
        });
    }

    @Test
    void personalAccountsAndOtherCouncilsAreNotAsked() {
        assertThat(check(SHWD, Draft.builder("Lovely walk on Dartmoor").account(AccountType.OFFICER_PERSONAL).build())
                .findings()).isEmpty();
        Profile uk = RuleRegistry.discover().profileLoader().builtIn("uk-council");
        assertThat(check(uk, Draft.of("Green bin collections resume on Monday.")).findings()).isEmpty();
    }

    @Test
    void aBareShareHasNothingToTag() {
        assertThat(check(SHWD, Draft.builder("").kind(PostKind.SHARE).build()).findings()).isEmpty();
    }

    @Test
    void theRuleIsDiscoveredThroughServiceLoader() {
        assertThat(RuleRegistry.discover().infos()).extracting(i -> i.id()).contains("required-content.hashtag");
    }
}
