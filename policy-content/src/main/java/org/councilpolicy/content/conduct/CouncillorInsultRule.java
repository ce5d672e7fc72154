package org.councilpolicy.content.conduct;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.neutrality.DraftSignals;
import org.councilpolicy.content.neutrality.Drafts;
import org.councilpolicy.content.neutrality.Hit;
import org.councilpolicy.content.neutrality.ProfileNames;
import org.councilpolicy.content.neutrality.Signal;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * CO-2: a councillor teases or insults members, staff, service users or other organisations: an insult
 * ("clown", "incompetent", "a joke") in the same sentence as, and close to, someone it can be aimed at ("Cllr
 * Smith", "the planning officers", "the town council", a name from the profile). An individual is a BLOCK; a
 * group or an organisation a REVIEW. Criticism of a party or the government's policy is political debate,
 * which the policies allow, and is not looked at here; profanity is the moderation rules' business.
 */
public final class CouncillorInsultRule extends BaseRule<Draft> {

    static final int WINDOW = 40;

    static final RuleInfo INFO = RuleInfo.builder("conduct.councillor-insult")
            .title("Councillor insulting members, staff or organisations")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-2")
            .rationale("It is not appropriate for Members to use social media to tease or insult other Members "
                    + "(SHWD 6.6), nor to attack or insult Council staff, service users or other organisations "
                    + "(MEM).")
            .fires("Cllr Bloggs is a clown who hasn't read the report.")
            .passes("I disagree with Cllr Bloggs on the parking charges and said so at committee.")
            .build();

    /** For the service loader. */
    public CouncillorInsultRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        return ProfileNames.checkWith(profile, this::check);
    }

    private void check(Draft draft, RuleContext ctx, ProfileNames names) {
        if (!Drafts.councillor(draft)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        if (!s.has(Signal.INSULT)) {
            return;
        }
        for (Hit insult : s.hits(Signal.INSULT)) {
            if (s.negatedBefore(insult.start(), 10)) {
                continue; // "not incompetent"
            }
            String target = null;
            for (ProfileNames.Found f : names.find(draft, ctx)) {
                if (f.kind() != ProfileNames.Kind.PUBLIC_FIGURE
                        && s.near(insult.start(), insult.end(), f.start(), f.end(), WINDOW)) {
                    target = f.kind() == ProfileNames.Kind.COUNCILLOR || f.kind() == ProfileNames.Kind.OFFICER
                            ? "person" : "organisation";
                    break;
                }
            }
            if (target == null) {
                Hit t = s.nearest(Signal.INSULT_TARGET, insult.start(), insult.end(), WINDOW);
                if (t != null && !(t.start() < insult.end() && insult.start() < t.end())) {
                    target = t.label();
                }
            }
            if (target == null) {
                continue;
            }
            var f = ctx.finding()
                    .kind(ConductKind.INSULT)
                    .span(s.span(insult.start(), insult.end()))
                    .excerpt(s.excerpt(insult.start(), insult.end()))
                    .message("This insults " + switch (target) {
                        case "person" -> "a member, officer or other person";
                        case "group" -> "members, staff or service users";
                        default -> "an organisation";
                    } + " (\"" + s.excerpt(insult.start(), insult.end()) + "\"). Members do not use social media "
                            + "to tease or insult members, staff, service users or other organisations.")
                    .suggestion("Criticise the decision or the policy, not the person: say what you disagree with "
                            + "and why.");
            if (!"person".equals(target)) {
                f.unsure("aimed at a group or organisation; robust comment on policy is allowed");
            }
            ctx.report(f);
            return;
        }
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).account(AccountType.COUNCILLOR).build()),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).account(AccountType.COUNCILLOR).build()));
    }
}
