package org.councilpolicy.content.moderation;

import org.councilpolicy.content.offence.Offence;
import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.content.offence.OffenceKind;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** MD-3: threats and harassment of staff, councillors or residents break the law and are deleted. */
public final class ThreatCommentRule extends CommentOffenceRule {

    static final RuleInfo INFO = RuleInfo.builder("moderation.threat")
            .title("Threat or harassment in a comment")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("MD-3")
            .rationale("A post that breaks the law, such as a threat or harassment, is deleted (SFRS 5.3) and the "
                    + "evidence kept (OFF).")
            .fires("I know where you live, watch your back")
            .passes("I will be at the council meeting to make my views known")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public ThreatCommentRule() {
        super(INFO);
    }

    @Override
    public void check(Comment comment, RuleContext ctx) {
        OffenceAnalysis a = analysis(comment, ctx);
        for (Offence o : a.offences()) {
            if (o.kind() != OffenceKind.THREAT && o.kind() != OffenceKind.HARASSMENT) {
                continue;
            }
            boolean threat = o.kind() == OffenceKind.THREAT;
            ctx.report(ctx.finding()
                    .kind(threat ? Ground.THREAT : Ground.HARASSMENT)
                    .span(o.span())
                    .excerpt(phraseExcerpt(comment.text(), o, a))
                    .message("The comment contains " + o.reason() + ".")
                    .suggestion("Delete it, keep the evidence, and consider telling the police and the person "
                            + "threatened."));
        }
    }
}
