package org.councilpolicy.content.neutrality;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * PN-2, PN-5: an official account gives an opinion on a contested political matter (Brexit, immigration,
 * LTNs, ULEZ, fracking…). A clear opinion ("we oppose", "war on motorists", "disastrous") is a BLOCK; a mild
 * evaluation ("we welcome the decision", "disappointed") is a REVIEW: controversial content needs sign-off.
 * Factual service information about the same matters ("the ULEZ map is online") gives nothing.
 */
public final class PoliticalOpinionRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("neutrality.political-opinion")
            .title("Opinion on a contested political matter")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-2", "PN-5")
            .rationale("Officers on official sites make no political comment and state no political preference "
                    + "(OFF); before posting, ask whether the content is political or controversial and needs "
                    + "sign-off (SCC 4.2).")
            .fires("We believe the ULEZ expansion is a cash grab and must be scrapped.")
            .passes("The ULEZ checker is online: enter your registration to see if your vehicle is compliant.")
            .option(RuleOption.stringList("extraTopics", List.of(),
                    "More contested local matters (e.g. a bypass, a incinerator), matched as whole phrases"))
            .build();

    /** For the service loader. */
    public PoliticalOpinionRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        List<String> extra = settings.stringListOption("extraTopics");
        Lexicon<String> topics = null;
        if (!extra.isEmpty()) {
            Lexicon.Builder<String> b = Lexicon.builder();
            extra.forEach(t -> b.add(t, t));
            topics = b.build();
        }
        Lexicon<String> extraTopics = topics;
        return (draft, ctx) -> check(draft, ctx, extraTopics);
    }

    private static void check(Draft draft, RuleContext ctx, Lexicon<String> extraTopics) {
        if (!Drafts.official(draft)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        for (Judgement j : s.political().contestedOpinion()) {
            report(ctx, s, j);
        }
        if (extraTopics != null) {
            for (LexiconMatch<String> m : extraTopics.findLongest(s.text())) {
                Hit topic = new Hit(Signal.CONTESTED, m.start(), m.end(), m.payload());
                Hit op = s.nearest(Signal.OPINION, topic.start(), topic.end(), DraftSignals.TOPIC_WINDOW);
                boolean strong = op != null;
                if (op == null) {
                    op = s.nearest(Signal.OPINION_WEAK, topic.start(), topic.end(), DraftSignals.TOPIC_WINDOW);
                }
                if (op != null) {
                    report(ctx, s, new Judgement(m.payload(), Math.min(m.start(), op.start()),
                            Math.max(m.end(), op.end()), op.label(), strong));
                }
            }
        }
    }

    private static void report(RuleContext ctx, DraftSignals s, Judgement j) {
        var f = ctx.finding()
                .kind(NeutralityKind.POLITICAL_OPINION)
                .span(s.span(j.start(), j.end()))
                .excerpt(s.excerpt(j.start(), j.end()));
        if (j.strong()) {
            f.clauses("PN-2")
                    .message("An official account takes a view on a contested political matter (" + j.about()
                            + ": \"" + j.marker() + "\"). Official accounts state no political preference.")
                    .suggestion("Give the facts people need (what changes, when, where to find out more) "
                            + "without a view on the policy.");
        } else {
            f.clauses("PN-5")
                    .unsure("a mild evaluation: it needs sign-off rather than removal")
                    .message("A contested political matter (" + j.about() + ") with an evaluation (\"" + j.marker()
                            + "\"): controversial content needs sign-off from a manager or councillor before posting.")
                    .suggestion("Get sign-off, or keep to the facts of the service.");
        }
        ctx.report(f);
    }
}
