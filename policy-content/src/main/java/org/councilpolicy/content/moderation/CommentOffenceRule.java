package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.Offence;
import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.content.offence.OffenceDetector;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.SimpleRule;

/** Base of the comment rules that read the shared {@link OffenceDetector} analysis of a comment. */
abstract class CommentOffenceRule extends SimpleRule<Comment> {

    CommentOffenceRule(RuleInfo info) {
        super(info, Comment.class);
    }

    static OffenceAnalysis analysis(Comment comment, RuleContext ctx) {
        return TextAnalysis.of(ctx, comment.text()).get(OffenceDetector.ANALYSIS);
    }

    /** The offending word with its inner letters masked ("f••k"), so reports do not repeat it. */
    static String maskWord(String text, Offence o) {
        String s = o.span().of(text);
        if (s.length() <= 2) {
            return "•".repeat(s.length());
        }
        return s.charAt(0) + "•".repeat(s.length() - 2) + s.charAt(s.length() - 1);
    }

    /** A short excerpt of a phrase (hate, threat, abuse) with swear words masked; at most 60 characters. */
    static String phraseExcerpt(String text, Offence o, OffenceAnalysis a) {
        StringBuilder sb = new StringBuilder(o.span().of(text));
        for (Offence p : a.profanityWithin(o.span())) {
            int from = p.span().start() - o.span().start() + 1;
            int to = p.span().end() - o.span().start() - 1;
            for (int i = from; i < to; i++) {
                sb.setCharAt(i, '•');
            }
        }
        return sb.length() > 60 ? sb.substring(0, 59) + "…" : sb.toString();
    }
}
