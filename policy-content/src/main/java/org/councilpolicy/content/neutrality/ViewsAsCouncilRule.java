package org.councilpolicy.content.neutrality;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PN-8: a councillor presents party or personal political views as the council's: "the council believes…",
 * "the council's position is…", "we at South Hams Council…" in a post with party-political content. A
 * councillor may campaign and give political views (no finding for that alone), and may report what the
 * council decided; the rule fires only when the council's voice and party politics meet.
 */
public final class ViewsAsCouncilRule extends ProfileNamesRule {

    static final RuleInfo INFO = RuleInfo.builder("neutrality.views-as-council")
            .title("Party views presented as the council's")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-8")
            .rationale("Members may campaign politically but must not represent their personal views, or those "
                    + "of any political party or interest group, as being those of the Council (MEM).")
            .fires("The council believes only the Lib Dems can save our libraries.")
            .passes("I believe only the Lib Dems can save our libraries. Vote Lib Dem on 7 May!")
            .build();

    /** For the service loader. */
    public ViewsAsCouncilRule() {
        super(INFO);
    }

    @Override
    protected void check(Draft draft, RuleContext ctx, ProfileNames names) {
        if (!Drafts.councillor(draft)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        PoliticalContent p = s.political();
        if (!p.any() && !s.has(Signal.ACTOR)) {
            return;
        }
        Hit voice = s.hits(Signal.COUNCIL_VOICE).isEmpty() ? null : s.hits(Signal.COUNCIL_VOICE).get(0);
        if (voice == null) {
            for (Hit we : s.hits(Signal.WE_AT)) {
                if (councilFollows(s, names, draft, ctx, we)) {
                    voice = we;
                    break;
                }
            }
        }
        if (voice == null) {
            return;
        }
        ctx.report(ctx.finding()
                .kind(NeutralityKind.VIEWS_AS_COUNCIL)
                .span(s.span(voice.start(), voice.end()))
                .excerpt(s.excerpt(voice.start(), voice.end()))
                .message("Party-political content is presented as the council's view (\""
                        + s.excerpt(voice.start(), voice.end()) + "\"). Members must not present personal or party "
                        + "views as the council's.")
                .suggestion("Say whose view it is (\"I believe\", \"the Labour group believes\"); keep \"the "
                        + "council\" for decisions the council has formally made."));
    }

    /** "we at" followed, within a few words, by "council" or the profile's council name. */
    private static boolean councilFollows(DraftSignals s, ProfileNames names, Draft draft, RuleContext ctx, Hit we) {
        int limit = we.end() + 40;
        for (Hit ref : s.hits(Signal.COUNCIL_REF)) {
            if (ref.start() >= we.end() && ref.start() <= limit) {
                return true;
            }
        }
        for (ProfileNames.Found f : names.find(draft, ctx)) {
            if (f.kind() == ProfileNames.Kind.COUNCIL && f.start() >= we.end() && f.start() <= limit) {
                return true;
            }
        }
        String rest = s.text().text().substring(we.end(), Math.min(s.text().length(), limit));
        return rest.contains(" council");
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).account(AccountType.COUNCILLOR).build()),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).account(AccountType.COUNCILLOR).build()));
    }
}
