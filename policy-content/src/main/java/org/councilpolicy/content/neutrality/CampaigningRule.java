package org.councilpolicy.content.neutrality;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * PN-1: an official account campaigns: "vote for", "re-elect", "#VoteLabour", "support our candidate",
 * "sign the petition against the government". Neutral electoral information ("register to vote", "polling
 * stations open at 7am", "vote for your favourite park design") is not campaigning: a vote verb campaigns only
 * when a party, a councillor or a candidate's name follows it.
 */
public final class CampaigningRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("neutrality.campaigning")
            .title("Political campaigning on an official account")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-1")
            .rationale("The councils' official social media sites will not be used for political gain or "
                    + "campaigning (SHWD 3.6).")
            .fires("Polls open at 7am. #VoteLabour")
            .passes("Polls open at 7am. Remember to bring photo ID to your polling station.")
            .build();

    /** For the service loader. */
    public CampaigningRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        if (!Drafts.official(draft)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        for (Hit h : s.political().campaigning()) {
            int end = h.end();
            String next = s.wordAfter(end);
            int nextStart = s.wordAfterStart(end);
            if (nextStart >= 0 && nextStart - end <= 2 && next.length() > 0) {
                end = nextStart + next.length(); // show what is campaigned for
            }
            ctx.report(ctx.finding()
                    .kind(NeutralityKind.CAMPAIGNING)
                    .span(s.span(h.start(), end))
                    .excerpt(s.excerpt(h.start(), end))
                    .message("Political campaigning on an official account (\"" + s.excerpt(h.start(), end)
                            + "\"). Official council accounts are never used for campaigning.")
                    .suggestion("Give neutral electoral information only (how, when and where to vote)."));
        }
    }
}
