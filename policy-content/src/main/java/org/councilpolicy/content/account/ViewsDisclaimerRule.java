package org.councilpolicy.content.account;

import org.councilpolicy.core.rule.RuleExample;
import java.util.List;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;

/**
 * RC-10: an officer's personal profile that says its owner works for the council carries a disclaimer that the
 * views are their own. The finding's span is where the bio names the council.
 */
public final class ViewsDisclaimerRule extends BaseRule<AccountSetup> {

    static final RuleInfo INFO = RuleInfo.builder("account.views-disclaimer")
            .title("\"Views are my own\" on personal profiles that name the council")
            .category(Category.ACCOUNT)
            .severity(Severity.REVIEW)
            .clauses("RC-10")
            .rationale("Employees may say they work for the council, but then their personal profile states that "
                    + "the views are their own, not the council's (SHWD 5.1, officers' guidance).")
            .fires("Planning officer at South Hams District Council. Walker, baker.")
            .passes("Planning officer at South Hams District Council. Walker, baker. Views my own.")
            .option(RuleOption.stringList("brandNames", List.of(),
                    "Further names of the council's brand beyond its name, handles and domains"))
            .build();

    private static final Lexicon<String> DISCLAIMERS = Lexicon.of("views are my own", "views my own", "views are mine",
            "views mine", "views are mine alone", "views mine alone", "my views alone", "views expressed are my own",
            "views expressed here are my own", "views expressed here are mine", "views expressed are mine",
            "the views i express here are mine", "the views i express here are mine alone", "views are personal",
            "views personal", "personal views", "my own views", "opinions are my own", "opinions my own",
            "opinions mine", "opinions are mine", "all opinions my own", "all views my own", "all tweets personal",
            "tweets personal", "tweets are personal", "tweets my own", "tweets are my own", "posts are my own",
            "posts my own", "posts are personal", "posts personal", "thoughts my own", "thoughts are my own",
            "not the views of", "not those of my employer", "not those of the council", "do not reflect the views",
            "don't reflect the views", "do not necessarily reflect", "don't necessarily reflect",
            "does not reflect the views", "not necessarily the views", "not necessarily those of",
            "not on behalf of", "not speaking for", "not representing", "in a personal capacity");

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public ViewsDisclaimerRule() {
        super(INFO, AccountSetup.class);
    }

    @Override
    public Check<AccountSetup> prepare(Profile profile, RuleSettings settings) {
        CouncilTerms terms = new CouncilTerms(profile, settings.stringListOption("brandNames"));
        return (setup, context) -> {
            if (setup.account() != AccountType.OFFICER_PERSONAL) {
                return;
            }
            NormalisedText bio = AccountText.bio(setup, context);
            LexiconMatch<String> works = terms.worksForCouncil(bio);
            if (works == null || DISCLAIMERS.containsAny(bio)) {
                return;
            }
            context.report(context.finding()
                    .kind(AccountFindingKind.MISSING_DISCLAIMER)
                    .span(works.original())
                    .excerpt(works.original().of(setup.bio()))
                    .message("The profile says you work for the council but does not say the views are your own.")
                    .suggestion("Add \"Views my own\" or \"The views I express here are mine alone and do not "
                            + "necessarily reflect the views of the council.\""));
        };
    }

    @Override
    public List<RuleExample<AccountSetup>> examples() {
        return List.of(RuleExample.fires(AccountSetup.builder().account(AccountType.OFFICER_PERSONAL).twoFactor(true)
                        .displayName("Sam Walker").bio(INFO.exampleFires()).build()).under("south-hams-west-devon"),
                RuleExample.passes(AccountSetup.builder().account(AccountType.OFFICER_PERSONAL).twoFactor(true)
                        .displayName("Sam Walker").bio(INFO.examplePasses()).build()).under("south-hams-west-devon"));
    }
}
