package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.DerogatoryNames;
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
 * on. A derogatory name for a woman ({@link DerogatoryNames}) in a comment that aims nothing at a person or group
 * follows the profile's {@code moderation.unaimedDerogatoryNames} (review by default; SHWD 3.8 deletes it).
 */
public final class ProfanityCommentRule extends CommentOffenceRule {

    static final RuleInfo INFO = RuleInfo.builder("moderation.profanity")
            .title("Swearing in a comment")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("MD-2", "MD-3")
            .rationale("Councils remove comments with swear words (SHWD 3.8, SFRS 5.3), however they are spelt: "
                    + "leetspeak, look-alike letters, stretched, spaced or masked. Place names such as Scunthorpe and "
                    + "ordinary meanings (a knob of butter, a blue tit) are not swearing. A derogatory name for a woman "
                    + "(\"slag\", \"bint\") said of no one identifiable is sent to review by default, since SFRS 5.3 deletes "
                    + "only on its grounds; a profile whose policy removes every derogatory comment (SHWD 3.8) sets "
                    + "moderation.unaimedDerogatoryNames: delete. Called of a person it is deleted.")
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
        ModerationSettings settings = ctx.profile().settings(ModerationSettings.SECTION);
        for (Offence o : a.profanity(settings.mildProfanity())) {
            boolean slur = o.kind() == OffenceKind.SLUR;
            if (slur && a.offences(OffenceKind.HATE).stream().anyMatch(h -> h.span().overlaps(o.span()))) {
                continue; // reported as hate
            }
            if (!slur && DerogatoryNames.isName(o.term()) && !aimed(a) && !DerogatoryNames.predicated(comment.text(), o.span())
                    && settings.unaimedDerogatoryNames() != Decision.DELETE) {
                if (settings.unaimedDerogatoryNames() == Decision.REVIEW) {
                    ctx.report(ctx.finding()
                            .kind(Ground.PROFANITY)
                            .severity(Severity.REVIEW)
                            .span(o.span())
                            .excerpt(maskWord(comment.text(), o))
                            .message("The comment uses a derogatory name (" + o.reason() + ") of no one identifiable.")
                            .suggestion("Review it: aimed at a person it is abuse, said of women it is hate; said of "
                                    + "no one, the profile reviews it (MD-3)."));
                }
                continue;
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
    /** Whether the comment aims anything at a person or a group: then a derogatory name in it is no idle word. */
    private static boolean aimed(OffenceAnalysis a) {
        return a.offences().stream().anyMatch(o -> o.kind() == OffenceKind.ABUSE || o.kind() == OffenceKind.HATE
                || o.kind() == OffenceKind.HARASSMENT || o.kind() == OffenceKind.THREAT);
    }
}
