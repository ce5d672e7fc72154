package org.councilpolicy.content.neutrality;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * PN-6: an officer's reply from an official account argues with the person's feelings, beliefs or opinions
 * ("you're wrong", "how can you say that", "that's just your opinion"). Correcting a factual error with
 * accurate information is allowed (SFRS 5.2) and is not flagged: "that is not correct, collections are on
 * Tuesdays" has no debating phrase.
 */
public final class DebateInReplyRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("neutrality.debate-in-reply")
            .title("Debating someone's opinion in a reply")
            .category(Category.POLITICAL)
            .severity(Severity.REVIEW)
            .clauses("PN-6")
            .rationale("People are entitled to their feelings, beliefs and opinions; officers do not engage in "
                    + "debate for or against them: those conversations are for politicians (SCC 3.3, SFRS 5.2).")
            .fires("Reply to \"The new cycle lane is a waste of money\": With respect, you're wrong, it will cut "
                    + "congestion.")
            .passes("Reply to \"The new cycle lane is a waste of money\": Thanks for your comments. The scheme's "
                    + "costs and survey results are at the link.")
            .build();

    /** For the service loader. */
    public DebateInReplyRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        if (!Drafts.official(draft) || draft.kind() != PostKind.REPLY) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        for (Hit h : s.hits(Signal.DEBATE)) {
            // the post replied to is analysed only for a reply that debates (most do not)
            DraftSignals to = DraftSignals.replyTo(draft, ctx);
            String about = to != null && (to.political().any() || to.has(Signal.CONTESTED))
                    ? " The post replied to gives a political view." : "";
            ctx.report(ctx.finding()
                    .kind(NeutralityKind.DEBATE)
                    .span(s.span(h.start(), h.end()))
                    .excerpt(s.excerpt(h.start(), h.end()))
                    .message("The reply argues with the person's view (\"" + s.excerpt(h.start(), h.end()) + "\")."
                            + about + " Officers do not debate people's feelings, beliefs or opinions.")
                    .suggestion("Acknowledge the view, correct only factual errors with accurate information, and "
                            + "point to where to comment formally (a consultation, a councillor)."));
            return; // one finding is enough: the whole reply needs rewording
        }
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        String to = "The new cycle lane is a waste of money";
        return List.of(RuleExample.fires(Draft.builder("With respect, you're wrong, it will cut congestion.")
                        .kind(PostKind.REPLY).replyTo(to).build()),
                RuleExample.passes(Draft.builder("Thanks for your comments. The scheme's costs and survey results are at "
                        + "the link.").kind(PostKind.REPLY).replyTo(to).build()));
    }
}
