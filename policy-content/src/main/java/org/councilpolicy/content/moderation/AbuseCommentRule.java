package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.Offence;
import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.content.offence.OffenceKind;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * MD-2, MD-3: insults aimed at a person are abuse. Criticism of a decision or of the council, however angry, is
 * not ("this decision is idiotic", "the council is useless").
 */
public final class AbuseCommentRule extends CommentOffenceRule {

    static final RuleInfo INFO = RuleInfo.builder("moderation.abuse")
            .title("Abuse of a person in a comment")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("MD-2", "MD-3")
            .rationale("Abuse of staff, councillors or residents may be removed (SFRS 5.3, SHWD 3.8); criticism, "
                    + "however angry, may not (MD-1).")
            .fires("You are a useless idiot")
            .passes("This decision is idiotic and the council is useless")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public AbuseCommentRule() {
        super(INFO);
    }

    @Override
    public void check(Comment comment, RuleContext ctx) {
        OffenceAnalysis a = analysis(comment, ctx);
        for (Offence o : a.offences(OffenceKind.ABUSE)) {
            var finding = ctx.finding()
                    .kind(Ground.ABUSE)
                    .span(o.span())
                    .excerpt(phraseExcerpt(comment.text(), o, a))
                    .message("The comment contains " + o.reason() + ".");
            if (o.unsure()) {
                // An elected member must tolerate robust criticism (MD-1): a person decides, nothing is deleted.
                ctx.report(finding.severity(Severity.REVIEW)
                        .suggestion("Review it: criticism of an elected member is kept unless it is abuse."));
            } else {
                ctx.report(finding.suggestion(
                        "Delete it and tell the poster they may post their point again without the insult."));
            }
        }
    }
}
