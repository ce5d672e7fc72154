package org.councilpolicy.content.neutrality;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * PN-9: a councillor says their mind is made up on a planning, licensing or other quasi-judicial matter ("I
 * will be voting against the application", "this application must be refused", "I've already made up my
 * mind on the Sherford planning application"). "I will listen to all the evidence before deciding" and "I
 * haven't made up my mind" pass.
 *
 * <p>REVIEW by default: the library cannot know whether the member sits on the body that decides; if they do,
 * the post risks the decision being challenged as invalid.
 */
public final class PredeterminationRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("neutrality.predetermination")
            .title("Predetermination on a planning or licensing matter")
            .category(Category.POLITICAL)
            .severity(Severity.REVIEW)
            .clauses("PN-9")
            .rationale("A member involved in planning, licensing or other quasi-judicial decisions must not say "
                    + "anything suggesting their mind is made up on an issue due to be decided (MEM).")
            .fires("I will be voting against the Sherford planning application on Tuesday.")
            .passes("I will listen to all the evidence on the Sherford planning application before deciding.")
            .build();

    /** For the service loader. */
    public PredeterminationRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        if (!Drafts.councillor(draft)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        if (!s.has(Signal.QUASI_JUDICIAL) || !s.has(Signal.PREDETERMINED)) {
            return;
        }
        for (Hit h : s.hits(Signal.PREDETERMINED)) {
            if (s.negatedBefore(h.start(), 25) || !nearMatter(s, h) || partyFollows(s, h)) {
                continue; // "I haven't made up my mind"; "I will vote for Labour" is campaigning
            }
            ctx.report(ctx.finding()
                    .kind(NeutralityKind.PREDETERMINATION)
                    .span(s.span(h.start(), h.end()))
                    .excerpt(s.excerpt(h.start(), h.end()))
                    .message("This suggests your mind is made up (\"" + s.excerpt(h.start(), h.end()) + "\") on a "
                            + "planning or licensing matter. If you sit on the committee that decides it, this "
                            + "risks the decision being challenged as predetermined.")
                    .suggestion("Say you will weigh all the evidence at the committee, e.g. \"I will listen to "
                            + "everyone's views and the evidence before deciding\"."));
            return;
        }
    }

    private static boolean nearMatter(DraftSignals s, Hit h) {
        for (Hit m : s.hits(Signal.QUASI_JUDICIAL)) {
            int gap = Math.max(h.start(), m.start()) - Math.min(h.end(), m.end());
            if (gap <= 80) {
                return true;
            }
        }
        return false;
    }

    private static boolean partyFollows(DraftSignals s, Hit h) {
        int next = s.wordAfterStart(h.end());
        for (PartyMention p : s.parties()) {
            if (p.start() == next || p.start() > h.end() && p.start() - h.end() <= 5) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).account(AccountType.COUNCILLOR).build()),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).account(AccountType.COUNCILLOR).build()));
    }
}
