package org.councilpolicy.content.account;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * RC-9: a councillor's account identifies itself as a councillor's ("Cllr F Bloggs", "Councillor for Abbey
 * ward"), and is not also a personal account.
 */
public final class CouncillorIdentityRule extends SimpleRule<AccountSetup> {

    static final RuleInfo INFO = RuleInfo.builder("account.councillor-identity")
            .title("Councillor accounts say so")
            .category(Category.ACCOUNT)
            .severity(Severity.REVIEW)
            .clauses("RC-9")
            .rationale("Councillors keep personal and councillor accounts separate, and the councillor account is "
                    + "identified as such, e.g. \"Cllr F Bloggs\" (Rushcliffe guidance for councillors).")
            .fires("displayName \"Fred Bloggs\", bio \"Dad, cyclist, Forest fan\" (councillor account)")
            .passes("displayName \"Cllr Fred Bloggs\", bio \"Borough councillor for Abbey ward\" (councillor account)")
            .build();

    private static final Lexicon<String> TITLE = Lexicon.of("cllr", "councillor", "councilor", "county councillor",
            "borough councillor", "district councillor", "city councillor", "town councillor", "parish councillor",
            "elected member", "ward member", "cynghorydd");
    private static final Lexicon<String> PERSONAL = Lexicon.of("personal account", "my personal account",
            "personal page", "private account", "personal profile");

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public CouncillorIdentityRule() {
        super(INFO, AccountSetup.class);
    }

    @Override
    public void check(AccountSetup setup, RuleContext context) {
        if (setup.account() != AccountType.COUNCILLOR) {
            return;
        }
        if (!TITLE.containsAny(AccountText.name(setup, context)) && !TITLE.containsAny(AccountText.bio(setup, context))) {
            context.report(context.finding()
                    .kind(AccountFindingKind.NOT_IDENTIFIED)
                    .message("A councillor's account identifies itself as such.")
                    .suggestion("Put \"Cllr\" in the display name (\"Cllr F Bloggs\") or say \"Councillor for … ward\" "
                            + "in the bio."));
        }
        for (LexiconMatch<String> m : PERSONAL.findLongest(AccountText.bio(setup, context))) {
            context.report(context.finding()
                    .kind(AccountFindingKind.MIXED_WITH_PERSONAL)
                    .span(m.original())
                    .excerpt(m.original().of(setup.bio()))
                    .message("A councillor account is kept separate from a personal account.")
                    .suggestion("Use this account for councillor business only, and a separate account for personal "
                            + "matters."));
            break;
        }
    }

    @Override
    public List<RuleExample<AccountSetup>> examples() {
        AccountSetup.Builder c = AccountSetup.builder().account(AccountType.COUNCILLOR).twoFactor(true);
        return List.of(RuleExample.fires(c.displayName("Fred Bloggs").bio("Dad, cyclist, Forest fan").build()),
                RuleExample.passes(AccountSetup.builder().account(AccountType.COUNCILLOR).twoFactor(true)
                        .displayName("Cllr Fred Bloggs").bio("Borough councillor for Abbey ward").build()));
    }
}
