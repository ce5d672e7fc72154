package org.councilpolicy.semantic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Ground;
import org.councilpolicy.core.engine.SecondOpinion.Opinion;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * The semantic stage's two rules: one over comments (hate, threat, harassment, abuse, naming the public), one over
 * drafts (political opinion on official accounts, conduct). Each embeds the text once and reports a REVIEW finding
 * for every head at or over its threshold, naming the head, score, threshold and nearest exemplars. REVIEW only:
 * the engine refuses anything more from a second opinion.
 */
abstract class HeadsRule<S> extends SimpleRule<S> {

    /** Political opinion is a problem only where the account speaks for the council (councillors may campaign). */
    static final Set<AccountType> OFFICIAL = Set.of(AccountType.CORPORATE, AccountType.SERVICE,
            AccountType.OFFICER_PERSONAL);
    static final int NEAREST = 3;

    private final SemanticSecondOpinion stage;

    HeadsRule(RuleInfo info, Class<S> type, SemanticSecondOpinion stage) {
        super(info, type);
        this.stage = stage;
    }

    /** What a head's finding says, cites and is filed under. */
    record Meaning(String reads, Category category, Ground ground, List<String> clauses) {
    }

    static final Map<String, Meaning> MEANINGS = Map.of(
            "hate", new Meaning("hate towards people because of who they are", Category.CONDUCT, Ground.HATE, List.of("MD-3", "MD-4")),
            "threat", new Meaning("a threat", Category.CONDUCT, Ground.THREAT, List.of("MD-3")),
            "harassment", new Meaning("harassment of a person", Category.CONDUCT, Ground.HARASSMENT, List.of("MD-3")),
            "abuse", new Meaning("abuse of a person", Category.CONDUCT, Ground.ABUSE, List.of("MD-2", "MD-3")),
            "names-public", new Meaning("naming a member of the public in an incident", Category.INCIDENT_DETAIL,
                    Ground.NAMES_PUBLIC_IN_INCIDENT, List.of("MD-3")),
            "political", new Meaning("political opinion on an official account", Category.POLITICAL, null, List.of("PN-2", "PN-5")),
            "conduct", new Meaning("belittling or mocking people", Category.CONDUCT, null, List.of("CO-1", "CO-2")));

    void review(String text, HeadSpec.Subject subject, Set<String> skip, RuleContext ctx) {
        float[] x = null;
        for (Head head : stage.heads()) {
            if (head.subject() != subject || skip.contains(head.name())) {
                continue;
            }
            if (x == null) {
                x = stage.encoder().embed(text);
            }
            double score = head.score(x);
            if (score < head.threshold()) {
                continue;
            }
            Opinion o = new Opinion(head.name(), score, head.threshold(), head.nearest(x, NEAREST));
            Meaning m = MEANINGS.get(head.name());
            var f = ctx.finding().severity(Severity.REVIEW).category(m.category()).clauses(m.clauses())
                    .message("Reads like " + m.reads() + ": a person should look (" + o.explanation() + ").")
                    .suggestion("The semantic second opinion only escalates: decide as the policy says, "
                            + "whatever the score.");
            if (m.ground() != null) {
                f.kind(m.ground());
            }
            ctx.report(f);
        }
    }

    /** Comments: escalates to REVIEW; the moderator never deletes on it. */
    static final class Comments extends HeadsRule<Comment> {
        static final RuleInfo INFO = RuleInfo.builder("semantic.comment")
                .title("Semantic second opinion on a comment")
                .category(Category.CONDUCT)
                .severity(Severity.REVIEW)
                .clauses("MD-2", "MD-3", "MD-4")
                .rationale("Word rules miss judgement in words they have not seen; a sentence encoder with heads trained "
                        + "on the project's exemplars sends such a comment to a person. It never deletes.")
                .fires("People like that should go back where they came from, they will never belong here")
                .passes("Thanks for fixing the streetlight on our road so quickly")
                .build();

        Comments(SemanticSecondOpinion stage) {
            super(INFO, Comment.class, stage);
        }

        @Override
        public void check(Comment comment, RuleContext ctx) {
            review(comment.text(), HeadSpec.Subject.COMMENT, Set.of(), ctx);
        }
    }

    /** Drafts: political opinion only on official accounts; conduct on any. */
    static final class Drafts extends HeadsRule<Draft> {
        static final RuleInfo INFO = RuleInfo.builder("semantic.draft")
                .title("Semantic second opinion on a draft")
                .category(Category.POLITICAL)
                .severity(Severity.REVIEW)
                .clauses("PN-2", "PN-5", "CO-1", "CO-2")
                .rationale("Political opinion and belittling written in words the rules have not seen are sent to a "
                        + "person. Councillors' own accounts may campaign, so the political head reads only "
                        + "corporate, service and officer accounts.")
                .fires("The government's cruel cuts show exactly why this country needs a change of direction")
                .passes("Bins will be collected on Saturday this week because of the bank holiday")
                .build();

        Drafts(SemanticSecondOpinion stage) {
            super(INFO, Draft.class, stage);
        }

        @Override
        public void check(Draft draft, RuleContext ctx) {
            review(draft.text(), HeadSpec.Subject.DRAFT,
                    OFFICIAL.contains(draft.account()) ? Set.of() : Set.of("political"), ctx);
        }
    }
}
