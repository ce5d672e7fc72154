package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.content.draft.SharedFrom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Lexicon;

/**
 * RC-11: officers share council information on their personal accounts only once it has come from an official
 * council channel. A share from an officer's personal account whose origin is not official is held for review;
 * so is one with no stated origin that talks about the council.
 */
public final class OfficialSourceRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("required-content.official-source")
            .title("Share council news from official channels")
            .category(Category.REQUIRED_CONTENT)
            .severity(Severity.REVIEW)
            .clauses("RC-11")
            .rationale("Officers are encouraged to share council news personally, but only after it has come from "
                    + "an official council channel (SHWD 5.4): otherwise they may publish what is not yet public.")
            .fires("Share from an officer's personal account of a post by @LocalNewsDesk about the council budget")
            .passes("Share from an officer's personal account of a post by @SouthHamsDC (official)")
            .build();

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public OfficialSourceRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        Lexicon.Builder<String> b = Lexicon.builder();
        b.add("council", "council");
        b.add("councils", "council");
        if (profile.council() != null && !profile.council().isBlank()) {
            b.add(profile.council(), "council");
        }
        List<String> handles = new ArrayList<>();
        for (String h : profile.ownContacts().handles()) {
            String k = h.startsWith("@") ? h.substring(1) : h;
            b.add(k, "council");
            handles.add(k.toLowerCase(Locale.ROOT));
        }
        for (String d : profile.ownContacts().domains()) {
            b.add(d, "council");
        }
        Lexicon<String> council = b.build();
        return (draft, context) -> {
            if (draft.account() != AccountType.OFFICER_PERSONAL || draft.kind() != PostKind.SHARE) {
                return;
            }
            if (draft.sharedFrom() != null) {
                String from = draft.sharedFrom().account();
                String key = (from.startsWith("@") ? from.substring(1) : from).toLowerCase(Locale.ROOT);
                if (draft.sharedFrom().official() || handles.contains(key)) {
                    return;
                }
                context.report(context.finding()
                        .kind(RequiredContentKind.UNOFFICIAL_SOURCE)
                        .message("This share comes from " + (from.isBlank() ? "an account" : from)
                                + ", not an official council channel. Share council information only once the "
                                + "council has published it.")
                        .suggestion("If it is council news, share the council's own post instead."));
            } else if (council.containsAny(TextAnalysis.of(context, draft.text()).normalised())) {
                context.report(context.finding()
                        .kind(RequiredContentKind.UNKNOWN_SOURCE)
                        .message("This share is about the council but does not say where it came from. Share council "
                                + "information only once an official council channel has published it.")
                        .suggestion("Share the council's own post."));
            }
        };
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        Draft.Builder share = Draft.builder("Worth a read on the council budget").account(AccountType.OFFICER_PERSONAL)
                .kind(PostKind.SHARE);
        return List.of(RuleExample.fires(share.sharedFrom(new SharedFrom("@LocalNewsDesk", false)).build()),
                RuleExample.passes(share.sharedFrom(new SharedFrom("@SouthHamsDC", true)).build()));
    }
}
