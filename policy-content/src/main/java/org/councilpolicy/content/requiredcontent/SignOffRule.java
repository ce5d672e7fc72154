package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.core.rule.RuleExample;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
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
 * RC-4: where a council asks for it (Suffolk, SCC 3.3), an officer's reply from a corporate account ends with
 * their first name ({@code ^Sam}, {@code - Sam}, {@code Thanks, Sam}). Off by default: most councils do not ask.
 */
public final class SignOffRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("required-content.sign-off")
            .title("First-name sign-off on replies")
            .category(Category.REQUIRED_CONTENT)
            .severity(Severity.ADVICE)
            .clauses("RC-4")
            .rationale("Suffolk asks officers to personalise replies from corporate accounts with their first "
                    + "name, so people know they are talking to a person, not a logo.")
            .fires("Hi, the road will reopen on Friday. (reply, corporate account)")
            .passes("Hi, the road will reopen on Friday. ^Sam (reply, corporate account)")
            .disabledByDefault()
            .option(RuleOption.enumList("accounts", AccountType.class, List.of(AccountType.CORPORATE),
                    "The account kinds whose replies must be signed"))
            .build();

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public SignOffRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        Set<AccountType> accounts = EnumSet.noneOf(AccountType.class);
        for (String a : settings.stringListOption("accounts")) {
            accounts.add(AccountType.valueOf(a));
        }
        return (draft, context) -> {
            if (draft.kind() != PostKind.REPLY || !accounts.contains(draft.account())
                    || (draft.author() != null && draft.author().role() == AuthorRole.COUNCILLOR)) {
                return;
            }
            String name = draft.author() == null ? null : draft.author().name();
            if (SignOffs.personalSignOff(draft.text(), name) != null) {
                return;
            }
            String example = name == null || name.isBlank() ? "Sam" : name.strip().split("\\s+")[0];
            context.report(context.finding()
                    .kind(RequiredContentKind.MISSING_SIGN_OFF)
                    .message("Replies from the corporate account end with the officer's first name.")
                    .suggestion("End the reply with ^" + example + " (or \"Thanks, " + example + "\")."));
        };
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder("Hi, the road will reopen on Friday.").kind(PostKind.REPLY)
                        .build()).under("suffolk"),
                RuleExample.passes(Draft.builder("Hi, the road will reopen on Friday. ^Sam").kind(PostKind.REPLY)
                        .build()).under("suffolk"));
    }
}
