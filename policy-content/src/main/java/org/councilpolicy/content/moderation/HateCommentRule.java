package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.Offence;
import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.content.offence.OffenceKind;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** MD-3, MD-4: hate against people for a protected characteristic is deleted and reported. */
public final class HateCommentRule extends CommentOffenceRule {

    static final RuleInfo INFO = RuleInfo.builder("moderation.hate")
            .title("Hate in a comment")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("MD-3", "MD-4")
            .rationale("Hate crime posts are deleted and reported to the hate crime service (SFRS 5.3). Counter-speech, "
                    + "quotations that condemn hate and neutral mentions of a group are not hate.")
            .fires("Immigrants are vermin and should be deported")
            .passes("Our LGBT+ staff network meets on Thursday")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public HateCommentRule() {
        super(INFO);
    }

    @Override
    public void check(Comment comment, RuleContext ctx) {
        OffenceAnalysis a = analysis(comment, ctx);
        for (Offence o : a.offences(OffenceKind.HATE)) {
            ctx.report(ctx.finding()
                    .kind(Ground.HATE)
                    .span(o.span())
                    .excerpt(phraseExcerpt(comment.text(), o, a))
                    .message("The comment is hate: " + o.reason() + ".")
                    .suggestion("Delete it, keep the evidence and report it to the hate crime service."));
        }
    }
}
