package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.Offence;
import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.content.offence.OffenceKind;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * MD-7: an allegation of crime or dishonesty against an identifiable person may be defamatory; a person must
 * review it (whether it is true, or honest opinion, cannot be decided from the text). Allegations against the
 * council as a body are not defamation signals: a local authority cannot sue in defamation (Derbyshire CC v Times
 * Newspapers [1993] AC 534), so they are criticism.
 */
public final class DefamationCommentRule extends CommentOffenceRule {

    static final RuleInfo INFO = RuleInfo.builder("moderation.defamation")
            .title("Possibly defamatory allegation in a comment")
            .category(Category.CONDUCT)
            .severity(Severity.REVIEW)
            .clauses("MD-7")
            .rationale("Members and councils delete defamatory comments made by others on their sites promptly (RBC, "
                    + "MEM); whether an allegation is defamatory needs a person's judgement.")
            .fires("Cllr Smith took bribes from the developer")
            .passes("The council is wasting our money on this scheme")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public DefamationCommentRule() {
        super(INFO);
    }

    @Override
    public void check(Comment comment, RuleContext ctx) {
        OffenceAnalysis a = analysis(comment, ctx);
        for (Offence o : a.offences(OffenceKind.DEFAMATION)) {
            ctx.report(ctx.finding()
                    .kind(Ground.DEFAMATION)
                    .span(o.span())
                    .excerpt(phraseExcerpt(comment.text(), o, a))
                    .message("The comment makes " + o.reason() + "; it may be defamatory.")
                    .suggestion("Have the comment reviewed promptly; delete it if the allegation is defamatory."));
        }
    }
}
