package org.councilpolicy.content.account;

import org.councilpolicy.core.profile.AccountType;
import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * SC-6: two-factor authentication is on. For the council's own accounts (corporate, service, professional) off is
 * BLOCK and unknown is REVIEW; for councillors' and officers' own accounts it is advice.
 */
public final class TwoFactorRule extends SimpleRule<AccountSetup> {

    private static final String PERSONAL = "unofficialAccountSeverity";

    static final RuleInfo INFO = RuleInfo.builder("account.two-factor")
            .title("Two-factor authentication")
            .category(Category.ACCOUNT)
            .severity(Severity.BLOCK)
            .clauses("SC-6")
            .rationale("Every council social media account has two-factor authentication enabled, against "
                    + "takeover through weak passwords or phishing (SCC 5.6).")
            .fires("twoFactor: false (corporate account)")
            .passes("twoFactor: true (corporate account)")
            .option(RuleOption.severity(PERSONAL, Severity.ADVICE,
                    "The severity for an account that is not an official council account"))
            .build();

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public TwoFactorRule() {
        super(INFO, AccountSetup.class);
    }

    @Override
    public void check(AccountSetup setup, RuleContext context) {
        if (Boolean.TRUE.equals(setup.twoFactor())) {
            return;
        }
        boolean councils = setup.account().isOfficial();
        var f = context.finding();
        if (!councils) {
            f.severity(context.settings().severityOption(PERSONAL));
        }
        if (setup.twoFactor() == null) {
            f.kind(AccountFindingKind.TWO_FACTOR_UNKNOWN)
                    .message("It is not known whether two-factor authentication is on for this account.")
                    .suggestion("Turn on two-factor authentication and record that it is on.");
            if (councils) {
                f.unsure("two-factor status not given");
            }
        } else {
            f.kind(AccountFindingKind.TWO_FACTOR_OFF)
                    .message(councils ? "Two-factor authentication must be on for council accounts."
                            : "Two-factor authentication is off; turning it on protects the account from takeover.")
                    .suggestion("Turn on two-factor authentication before the account is used.");
        }
        context.report(f);
    }

    @Override
    public List<RuleExample<AccountSetup>> examples() {
        return List.of(RuleExample.fires(AccountSetup.builder().account(AccountType.CORPORATE).twoFactor(false).build()),
                RuleExample.passes(AccountSetup.builder().account(AccountType.CORPORATE).twoFactor(true).build()));
    }
}
