package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * MD-1, MD-9: criticism and misinformation are never grounds for deletion; they call for a reply. Advice only.
 */
public final class ReplySuggestionRule extends CommentOffenceRule {

    static final RuleInfo INFO = RuleInfo.builder("moderation.reply")
            .title("Criticism or misinformation: reply, do not remove")
            .category(Category.CONDUCT)
            .severity(Severity.ADVICE)
            .clauses("MD-1", "MD-9")
            .rationale("Councils do not remove criticism or posts arguing against policy; they respond by correcting "
                    + "factual errors and to legitimate criticism (SHWD 3.7, SFRS 5.2), with information that is 100% "
                    + "accurate and will not draw more debate.")
            .fires("Apparently the council is secretly selling the park to developers")
            .passes("Thanks for the update about the bin collections")
            .build();


    /** Public no-arg constructor for ServiceLoader. */
    public ReplySuggestionRule() {
        super(INFO);
    }

    @Override
    public void check(Comment comment, RuleContext ctx) {
        OffenceAnalysis a = analysis(comment, ctx);
        if (a.misinformation()) {
            ctx.report(ctx.finding()
                    .kind(AdviceKind.MISINFORMATION)
                    .clauses("MD-1", "MD-9")
                    .message("The comment may repeat misinformation; that is not a ground for deletion.")
                    .suggestion("Reply once with information that is 100% accurate, with a link to the source, and "
                            + "that will not draw more debate (MD-9). Do not delete the comment (MD-1)."));
        } else if (a.criticism()) {
            ctx.report(ctx.finding()
                    .kind(AdviceKind.CRITICISM)
                    .clauses("MD-1")
                    .message("The comment criticises the council; criticism is never a ground for deletion.")
                    .suggestion("Respond to legitimate criticism and correct any factual errors (MD-1); take a long "
                            + "exchange to private messages."));
        }
    }
}
