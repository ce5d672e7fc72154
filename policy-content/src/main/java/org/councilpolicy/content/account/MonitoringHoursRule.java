package org.councilpolicy.content.account;

import org.councilpolicy.core.rule.RuleExample;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * RC-7: an official account's bio says on which days and at what times it is monitored ("Monitored Mon–Fri
 * 9am–5pm", "24/7").
 */
public final class MonitoringHoursRule extends BaseRule<AccountSetup> {

    static final RuleInfo INFO = RuleInfo.builder("account.monitoring-hours")
            .title("Bio states when the account is monitored")
            .category(Category.ACCOUNT)
            .severity(Severity.REVIEW)
            .clauses("RC-7")
            .rationale("Staff do not monitor accounts out of hours, so every account's bio says the days and times "
                    + "it is monitored, to set people's expectations of a reply (SCC 3.8).")
            .fires("News and updates from Suffolk County Council.")
            .passes("News and updates from Suffolk County Council. Monitored Mon–Fri 9am–5pm.")
            .option(RuleOption.enumList("accounts", AccountType.class,
                    List.of(AccountType.CORPORATE, AccountType.SERVICE, AccountType.PROFESSIONAL),
                    "The account kinds whose bio must say when they are monitored"))
            .build();

    // Bounded, non-nested patterns over a lower-cased bio: no catastrophic backtracking.
    private static final Pattern DAYS = Pattern.compile(
            "\\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?\\b|\\b(?:tuesday|wednesday|thursday|"
                    + "saturday)s?\\b|\\bweekdays?\\b|\\bweekends?\\b|\\bworking days\\b|\\bevery day\\b|"
                    + "\\b(?:7|seven) days\\b|\\bdaily\\b|24/7|\\bbank holidays?\\b");
    private static final Pattern TIMES = Pattern.compile(
            "\\b(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)? ?(?:am|pm)\\b|\\b(?:[01]?\\d|2[0-3])[:.][0-5]\\d\\b|"
                    + "\\b(?:[01]?\\d|2[0-4]) ?(?:-|–|—|to) ?(?:[01]?\\d|2[0-4])\\b|\\b[0-2]\\d[0-5]\\d ?(?:-|–|to) ?"
                    + "[0-2]\\d[0-5]\\d\\b|\\bmidday\\b|\\bnoon\\b|\\bmidnight\\b|24/7|\\b24 hours\\b|\\b24hrs?\\b");

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public MonitoringHoursRule() {
        super(INFO, AccountSetup.class);
    }

    @Override
    public Check<AccountSetup> prepare(Profile profile, RuleSettings settings) {
        Set<AccountType> accounts = EnumSet.noneOf(AccountType.class);
        settings.stringListOption("accounts").forEach(a -> accounts.add(AccountType.valueOf(a)));
        return (setup, context) -> {
            if (!accounts.contains(setup.account())) {
                return;
            }
            String bio = setup.bio().toLowerCase(Locale.ROOT);
            boolean days = DAYS.matcher(bio).find();
            boolean times = TIMES.matcher(bio).find();
            if (days && times) {
                return;
            }
            String missing = !days && !times ? "the days and times" : !days ? "the days" : "the times";
            context.report(context.finding()
                    .kind(!days && !times ? AccountFindingKind.MISSING_HOURS : !days ? AccountFindingKind.MISSING_DAYS : AccountFindingKind.MISSING_TIMES)
                    .message("The bio does not say " + missing + " the account is monitored.")
                    .suggestion("Add e.g. \"Monitored Mon–Fri 9am–5pm\" so people know when to expect a reply."));
        };
    }

    @Override
    public List<RuleExample<AccountSetup>> examples() {
        return List.of(RuleExample.fires(AccountSetup.builder().account(AccountType.CORPORATE).twoFactor(true)
                        .displayName("Suffolk County Council").bio(INFO.exampleFires()).build()).under("suffolk"),
                RuleExample.passes(AccountSetup.builder().account(AccountType.CORPORATE).twoFactor(true)
                        .displayName("Suffolk County Council").bio(INFO.examplePasses()).build()).under("suffolk"));
    }
}
