package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.Offence;
import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.content.offence.OffenceKind;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * MD-2, MD-3: swear words in a comment are a ground for deletion; so is a slur that is not hate (e.g. used of
 * oneself), as offensive content. Mild words count only when the profile's {@code moderation.mildProfanity} is
 * on.
 */
public final class ProfanityCommentRule extends CommentOffenceRule {

    static final RuleInfo INFO = RuleInfo.builder("moderation.profanity")
            .title("Swearing in a comment")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("MD-2", "MD-3")
            .rationale("Councils remove comments with swear words (SHWD 3.8, SFRS 5.3), however they are spelt: "
                    + "leetspeak, look-alike letters, stretched, spaced or masked. Place names such as Scunthorpe and "
                    + "ordinary meanings (a knob of butter, a blue tit) are not swearing.")
            .fires("Fix the f**king potholes on Mill Lane")
            .passes("Fix the potholes on Mill Lane near Scunthorpe Road")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public ProfanityCommentRule() {
        super(INFO);
    }

    @Override
    public void check(Comment comment, RuleContext ctx) {
        OffenceAnalysis a = analysis(comment, ctx);
        boolean mild = ctx.profile().settings(ModerationSettings.SECTION).mildProfanity();
        for (Offence o : a.profanity(mild)) {
            boolean slur = o.kind() == OffenceKind.SLUR;
            if (slur && a.offences(OffenceKind.HATE).stream().anyMatch(h -> h.span().overlaps(o.span()))) {
                continue; // reported as hate
            }
            ctx.report(ctx.finding()
                    .kind(slur ? Ground.OFFENSIVE : Ground.PROFANITY)
                    .span(o.span())
                    .excerpt(maskWord(comment.text(), o))
                    .message(slur ? "The comment uses a slur (" + o.reason() + "): offensive content may be removed."
                            : "The comment contains " + o.reason() + ".")
                    .suggestion("Delete the comment and tell the poster they may post it again without the "
                            + (slur ? "slur." : "swearing.")));
        }
    }
}
