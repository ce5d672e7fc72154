package org.councilpolicy.content.conduct;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.neutrality.DraftSignals;
import org.councilpolicy.content.neutrality.Hit;
import org.councilpolicy.content.neutrality.ProfileNames;
import org.councilpolicy.content.neutrality.Signal;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * CO-5: an officer's personal or professional account makes negative or disparaging comments about the council
 * or its employees ("the council is useless", "my manager is an idiot"). An insult is a BLOCK; a milder negative
 * description ("a mess", "badly run") a REVIEW.
 */
public final class DisparagingCouncilRule extends BaseRule<Draft> {

    static final int WINDOW = 50;

    static final RuleInfo INFO = RuleInfo.builder("conduct.disparaging-council")
            .title("Disparaging the council or its employees")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-5")
            .rationale("Officers make no negative or disparaging comments about the Council or its employees, "
                    + "which may damage the Council's reputation or bring it into disrepute (OFF).")
            .fires("Honestly the council is useless, my manager is an idiot.")
            .passes("Proud of our team for clearing the flood debris so quickly this week.")
            .build();

    /** For the service loader. */
    public DisparagingCouncilRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        return ProfileNames.checkWith(profile, this::check);
    }

    private void check(Draft draft, RuleContext ctx, ProfileNames names) {
        if (draft.account() != AccountType.OFFICER_PERSONAL && draft.account() != AccountType.PROFESSIONAL) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        if (!s.has(Signal.INSULT) && !s.has(Signal.DISPARAGE)) {
            return;
        }
        for (Signal kind : new Signal[] {Signal.INSULT, Signal.DISPARAGE}) {
            for (Hit h : s.hits(kind)) {
                if (s.negatedBefore(h.start(), 10) || !aboutCouncil(s, names, draft, ctx, h)) {
                    continue;
                }
                var f = ctx.finding()
                        .kind(ConductKind.DISPARAGING)
                        .span(s.span(h.start(), h.end()))
                        .excerpt(s.excerpt(h.start(), h.end()))
                        .message("A negative or disparaging comment about the council or its employees (\""
                                + s.excerpt(h.start(), h.end()) + "\"). Officers do not disparage the council or "
                                + "colleagues on social media.")
                        .suggestion("Raise concerns through your manager, HR or the whistleblowing policy, not online.");
                if (kind == Signal.DISPARAGE) {
                    f.unsure("a negative description rather than an insult");
                }
                ctx.report(f);
                return;
            }
        }
    }

    private static boolean aboutCouncil(DraftSignals s, ProfileNames names, Draft draft, RuleContext ctx, Hit h) {
        if (s.hasNear(Signal.COUNCIL_REF, h.start(), h.end(), WINDOW)) {
            return true;
        }
        for (ProfileNames.Found f : names.find(draft, ctx)) {
            if ((f.kind() == ProfileNames.Kind.COUNCIL || f.kind() == ProfileNames.Kind.OFFICER
                    || f.kind() == ProfileNames.Kind.COUNCILLOR)
                    && s.near(h.start(), h.end(), f.start(), f.end(), WINDOW)) {
                return true;
            }
        }
        Hit t = s.nearest(Signal.INSULT_TARGET, h.start(), h.end(), WINDOW);
        return t != null && "person".equals(t.label()) && !(t.start() < h.end() && h.start() < t.end());
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).account(AccountType.OFFICER_PERSONAL).build()),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).account(AccountType.OFFICER_PERSONAL).build()));
    }
}
