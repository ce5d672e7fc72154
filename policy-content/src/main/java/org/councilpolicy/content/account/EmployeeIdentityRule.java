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
import org.councilpolicy.core.text.NormalisedText;

/**
 * RC-12: an authorised officer acting for the council on a site or profile not branded as the council's
 * identifies themself as a council employee, by name or job title. Applies to service and professional accounts
 * whose display name and handle do not carry the council's brand.
 */
public final class EmployeeIdentityRule extends BaseRule<AccountSetup> {

    static final RuleInfo INFO = RuleInfo.builder("account.employee-identity")
            .title("Officers on unbranded sites say they work for the council")
            .category(Category.ACCOUNT)
            .severity(Severity.REVIEW)
            .clauses("RC-12")
            .rationale("Authorised users commenting for the council on a site not branded as the council's clearly "
                    + "identify themselves as council employees, with their name or job title (officers' guidance).")
            .fires("displayName \"Totnes Recycling Help\", bio \"Answers about bins and recycling\" (service account)")
            .passes("displayName \"Totnes Recycling Help\", bio \"Run by the waste team at South Hams District "
                    + "Council\" (service account)")
            .option(RuleOption.stringList("brandNames", List.of(),
                    "Further names of the council's brand beyond its name, handles and domains"))
            .build();

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public EmployeeIdentityRule() {
        super(INFO, AccountSetup.class);
    }

    @Override
    public Check<AccountSetup> prepare(Profile profile, RuleSettings settings) {
        CouncilTerms terms = new CouncilTerms(profile, settings.stringListOption("brandNames"));
        return (setup, context) -> {
            if (setup.account() != AccountType.SERVICE && setup.account() != AccountType.PROFESSIONAL) {
                return;
            }
            NormalisedText name = AccountText.name(setup, context);
            if (terms.brandIn(name, true) != null || terms.isOwnHandle(setup.handle())) {
                return; // branded as the council's
            }
            NormalisedText bio = AccountText.bio(setup, context);
            boolean employee = terms.worksForCouncil(bio) != null;
            boolean nameOrTitle = terms.namesRole(bio) || terms.namesRole(name)
                    || ProfessionalAccountRule.looksLikePersonalName(setup.displayName());
            if (employee && nameOrTitle) {
                return;
            }
            context.report(context.finding()
                    .kind(employee ? AccountFindingKind.MISSING_NAME_OR_TITLE : AccountFindingKind.NOT_IDENTIFIED_AS_EMPLOYEE)
                    .message(employee ? "Say who you are: your name or job title at the council."
                            : "This account is not branded as the council's, so it says clearly that it is run by a "
                            + "council employee, with their name or job title.")
                    .suggestion("Add e.g. \"Run by the waste team at " + (CouncilTerms.brandNames(profile.council())
                            .isEmpty() ? "the council" : CouncilTerms.brandNames(profile.council()).get(0)) + "\"."));
        };
    }

    @Override
    public List<RuleExample<AccountSetup>> examples() {
        return List.of(RuleExample.fires(AccountSetup.builder().account(AccountType.SERVICE).twoFactor(true)
                        .displayName("Totnes Recycling Help").bio("Answers about bins and recycling").build())
                        .under("south-hams-west-devon"),
                RuleExample.passes(AccountSetup.builder().account(AccountType.SERVICE).twoFactor(true)
                        .displayName("Totnes Recycling Help")
                        .bio("Run by the waste team at South Hams District Council").build())
                        .under("south-hams-west-devon"));
    }
}
