package org.councilpolicy.content.neutrality;

import java.util.List;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.judgement.CommitteePredeterminationRule;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * PN-9: a councillor says their mind is made up on a planning, licensing or other quasi-judicial matter ("I
 * will be voting against the application", "this application must be refused", "I've already made up my
 * mind on the Sherford planning application"), or, since round 9, any stance the committee rule's composition finds
 * ({@link CommitteePredeterminationRule#predetermined}: "the HMO application is a clear no from me"). "I will
 * listen to all the evidence before deciding" and "I haven't made up my mind" pass.
 *
 * <p>REVIEW by default: the library cannot know whether the member sits on the body that decides; if they do,
 * the post risks the decision being challenged as invalid.
 */
public final class PredeterminationRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("neutrality.predetermination")
            .title("Predetermination on a planning or licensing matter")
            .category(Category.POLITICAL)
            .severity(Severity.REVIEW)
            .clauses("PN-9")
            .rationale("A member involved in planning, licensing or other quasi-judicial decisions must not say "
                    + "anything suggesting their mind is made up on an issue due to be decided (MEM).")
            .fires("I will be voting against the Sherford planning application on Tuesday.")
            .passes("I will listen to all the evidence on the Sherford planning application before deciding.")
            .build();

    /** The member says they do not sit on the deciding committee: "I'm not on the planning committee". */
    private static final Pattern NOT_ON_COMMITTEE = Pattern.compile("\\b(?:not|never) (?:on|a member of|sitting on) "
            + "(?:the |that |this )?(?:\\w+ )?(?:committee|panel)|\\b(?:don['\u2019]t|do not|doesn['\u2019]t|does not) sit on",
            Pattern.CASE_INSENSITIVE);

    /** For the service loader. */
    public PredeterminationRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        if (!Drafts.councillor(draft) || draft.author() != null && draft.author().onQuasiJudicialCommittee()) {
            return; // a known committee member: neutrality.committee-predetermination judges the draft
        }
        if (!phrased(draft, ctx)) {
            // Round 9: the committee rule's composition (a stance or a committed outcome on an application, a
            // licence, a development), for a councillor whose committees are not known: "the HMO application is a
            // clear no from me", "don't bother: I'm voting this one down".
            // Without the committee known, the evidence must be closer: the speaker's own voice ("Some people
            // shouldn't be allowed ..." is not a vote) on the matter in the same sentence. A stance beside the
            // government or a national policy is a campaign on policy, and a member who says they do not sit on the
            // committee is free to campaign. Round 12: or in a sentence that refers back to the matter of the one or
            // two before with a pronoun ("The Westgate tower goes to planning next week. It's a monstrosity and I'll
            // be saying no.").
            CommitteePredeterminationRule.predetermined(draft, ctx)
                    .filter(p -> p.ownVoice() && (p.sameSentence() || p.referredBack()) && !p.national()
                            && !partyFollowsOriginal(DraftSignals.of(draft, ctx), draft.text(), p.span().end())
                            && !NOT_ON_COMMITTEE.matcher(draft.text()).find())
                    .ifPresent(p -> report(ctx, p.span(), "\"" + p.words() + "\"", p.words(),
                            " (" + p.label() + " on " + p.matter() + ")"));
        }
    }

    /** The listed phrasings of earlier rounds; whether one was reported. */
    private static boolean phrased(Draft draft, RuleContext ctx) {
        DraftSignals s = DraftSignals.of(draft, ctx);
        if (!s.has(Signal.QUASI_JUDICIAL) || !s.has(Signal.PREDETERMINED)) {
            return false;
        }
        for (Hit h : s.hits(Signal.PREDETERMINED)) {
            if (s.negatedBefore(h.start(), 25) || !nearMatter(s, h) || partyFollows(s, h)) {
                continue; // "I haven't made up my mind"; "I will vote for Labour" is campaigning
            }
            report(ctx, s.span(h.start(), h.end()), s.excerpt(h.start(), h.end()), s.excerpt(h.start(), h.end()), "");
            return true;
        }
        return false;
    }

    private static void report(RuleContext ctx, Span span, String excerpt, String said, String why) {
        ctx.report(ctx.finding()
                .kind(NeutralityKind.PREDETERMINATION)
                .span(span)
                .excerpt(excerpt)
                .message("This suggests your mind is made up (\"" + said + "\"" + why + ") on a "
                        + "planning or licensing matter. If you sit on the committee that decides it, this "
                        + "risks the decision being challenged as predetermined.")
                .suggestion("Say you will weigh all the evidence at the committee, e.g. \"I will listen to "
                        + "everyone's views and the evidence before deciding\"."));
    }

    private static boolean nearMatter(DraftSignals s, Hit h) {
        for (Hit m : s.hits(Signal.QUASI_JUDICIAL)) {
            int gap = Math.max(h.start(), m.start()) - Math.min(h.end(), m.end());
            if (gap <= 80) {
                return true;
            }
        }
        return false;
    }

    private static boolean partyFollows(DraftSignals s, Hit h) {
        return partyFollows(s, h.end());
    }

    private static boolean partyFollows(DraftSignals s, int end) {
        int next = s.wordAfterStart(end);
        for (PartyMention p : s.parties()) {
            if (p.start() == next || p.start() > end && p.start() - end <= 5) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same test for an offset in the original text (the composition's spans are original offsets, the signals'
     * are the normalised view's: a zero-width character before the stance would shift one against the other).
     */
    private static boolean partyFollowsOriginal(DraftSignals s, String original, int end) {
        for (PartyMention p : s.parties()) {
            int start = s.span(p.start(), p.end()).start();
            if (start >= end && (start - end <= 5 || noLetterBetween(original, end, start))) {
                return true;
            }
        }
        return false;
    }

    private static boolean noLetterBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).account(AccountType.COUNCILLOR).build()),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).account(AccountType.COUNCILLOR).build()));
    }
}
