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
 * PN-7: an official reply or share agrees with or affirms ("totally agree", "well said", "spot on")
 * third-party content that is inappropriate: political, insulting, or disparaging of the council or of people.
 * The third-party text is {@link Draft#replyTo()} (for a share, the text being shared).
 */
public final class AffirmThirdPartyRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("neutrality.affirm-third-party")
            .title("Affirming inappropriate third-party content")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-7")
            .rationale("Officers do not agree with or affirm content posted by third parties which is "
                    + "inappropriate (derogatory, offensive, political), particularly where its accuracy cannot "
                    + "be verified (OFF).")
            .fires("Reply to \"The Tories have wrecked this town\": Well said!")
            .passes("Reply to \"The new play park is brilliant\": Totally agree, thanks for visiting!")
            .build();

    /** For the service loader. */
    public AffirmThirdPartyRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        if (!Drafts.official(draft) || draft.kind() == PostKind.POST) {
            return;
        }
        // The draft's own signals first (shared with the other rules): only an affirmation needs the third-party
        // text analysed, and most replies affirm nothing.
        DraftSignals s = DraftSignals.of(draft, ctx);
        for (Hit h : s.hits(Signal.AFFIRM)) {
            if (s.negatedBefore(h.start(), 12)) {
                continue; // "we don't agree"
            }
            DraftSignals to = DraftSignals.replyTo(draft, ctx);
            String why = to == null ? null : inappropriate(to);
            if (why == null) {
                return;
            }
            ctx.report(ctx.finding()
                    .kind(NeutralityKind.AFFIRMATION)
                    .span(s.span(h.start(), h.end()))
                    .excerpt(s.excerpt(h.start(), h.end()))
                    .message("The " + (draft.kind() == PostKind.SHARE ? "share" : "reply") + " affirms (\""
                            + s.excerpt(h.start(), h.end()) + "\") third-party content that is " + why
                            + ". Officers do not agree with or affirm inappropriate content.")
                    .suggestion("Do not endorse it: thank the person for their comment or answer the service "
                            + "question only."));
            return;
        }
    }

    /** Why the third-party text is inappropriate to affirm, or {@code null}. */
    static String inappropriate(DraftSignals to) {
        PoliticalContent p = to.political();
        if (p.takesSide() || !p.parties().isEmpty()) {
            return "political";
        }
        if (to.has(Signal.INSULT)) {
            return "insulting or derogatory";
        }
        for (Hit d : to.hits(Signal.DISPARAGE)) {
            if (to.hasNear(Signal.COUNCIL_REF, d.start(), d.end(), 50)
                    || to.hasNear(Signal.INSULT_TARGET, d.start(), d.end(), 50)) {
                return "disparaging";
            }
        }
        if (to.has(Signal.GUILT) && to.has(Signal.LIVE_CASE)) {
            return "an unverified accusation";
        }
        if (!p.contestedOpinion().isEmpty() || to.has(Signal.ACTOR) && to.has(Signal.BLAME)) {
            return "political";
        }
        return null;
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder("Well said!").kind(PostKind.REPLY)
                        .replyTo("The Tories have wrecked this town").build()),
                RuleExample.passes(Draft.builder("Totally agree, thanks for visiting!").kind(PostKind.REPLY)
                        .replyTo("The new play park is brilliant").build()));
    }
}
