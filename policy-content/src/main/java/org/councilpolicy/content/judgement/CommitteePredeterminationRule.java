package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * PN-9: a councillor who sits on a planning, licensing or other quasi-judicial committee (the draft's
 * {@link org.councilpolicy.content.draft.Author#committees()}, or the committees the profile's own councillors list
 * gives the author, matched by name or alias) says how the matter should be decided, in any
 * wording: who speaks (a member of that committee), about what (an application, a licence, a development) and
 * what is done (predicts their vote, says what the decision must be, takes a side). A stance in the speaker's own
 * voice needs a first-person word in its sentence ("I", "my", "we"); a stance that is a verdict in itself ("must be
 * refused") does not. Keeping an open mind, declaring an interest or inviting comments in the same sentence
 * passes, as does campaigning on a policy, which has no application to decide.
 */
public final class CommitteePredeterminationRule extends SimpleRule<Draft> {

    /** How far a stance may be from the matter, across sentences. */
    static final int WINDOW = 160;

    static final RuleInfo INFO = RuleInfo.builder("neutrality.committee-predetermination")
            .title("Predetermination by a member of a quasi-judicial committee")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-9")
            .rationale("A member involved in planning, licensing or other quasi-judicial decisions must not say "
                    + "anything suggesting their mind is made up on a matter due to be decided (MEM): the decision "
                    + "could be quashed for predetermination (Localism Act 2011 s.25).")
            .fires("The Mill Lane application is wrong for our village and it won't get my vote.")
            .passes("The Mill Lane application comes to committee on 3 June; I will weigh all the evidence "
                    + "before deciding.")
            .build();

    /** A stance whose own words carry its speaker or its verdict. */
    private static final Pattern SELF_CONTAINED = Pattern.compile(
            "^(?:i|i'm|i'll|i've|my|me|we|must|should|shouldn't|will|won't|never|no|not|over|nothing|whatever|"
                    + "regardless|count|a|it's|is|deserves|make|ensure|you)\\b|\\bmy\\b|\\bme\\b|\\bi\\b");

    /** For the service loader. */
    public CommitteePredeterminationRule() {
        super(INFO, Draft.class);
    }

    /**
     * Whether an open-mind phrase in the stance's sentence is overridden: by a "whatever"-word there, or (round 11)
     * because every open-mind phrase stands before a "but" that comes before the stance ("the officers' report isn't
     * out yet, but I can tell you now I won't back it"): the clause after "but" is what the speaker holds.
     */
    private static boolean overridden(Composition c, Part stance) {
        for (Part commit : c.parts(Element.COMMITMENT)) {
            if (commit.sentence() == stance.sentence() && commit.label().equals("whatever")) {
                return true;
            }
        }
        String text = c.normalised().text();
        for (Part open : c.parts(Element.OPEN_MIND)) {
            if (open.sentence() == stance.sentence()
                    && (open.end() > stance.start() || !text.substring(open.end(), stance.start()).toLowerCase(java.util.Locale.ROOT).contains(" but "))) {
                return false;
            }
        }
        return c.sentenceHas(stance.sentence(), Element.OPEN_MIND);
    }

    /** The examples, written by a councillor who sits on the planning committee. */
    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(onPlanning(INFO.exampleFires())),
                RuleExample.passes(onPlanning(INFO.examplePasses())));
    }

    private static Draft onPlanning(String text) {
        return Draft.builder(text).account(AccountType.COUNCILLOR)
                .author(new Author(AuthorRole.COUNCILLOR, null, Set.of(Committee.PLANNING))).build();
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        Speaker speaker = Speaker.of(draft, ctx.profile());
        if (!speaker.councillor() || !speaker.quasiJudicial()) {
            return;
        }
        Composition c = Composition.of(draft, ctx);
        Judged j = judge(c);
        if (j != null) {
            report(ctx, c, speaker, j.stance(), j.label(), j.matter());
        }
    }

    /**
     * PN-9's composition without the committee, for a councillor whose committees are not known
     * ({@code neutrality.predetermination} reports it for review): the same stance on the same kind of matter.
     *
     * @param draft the draft being checked
     * @param ctx   the rule context of that check
     * @return the stance found, if any
     */
    public static Optional<Predetermined> predetermined(Draft draft, RuleContext ctx) {
        Composition c = Composition.of(draft, ctx);
        Judged j = judge(c);
        return j == null ? Optional.empty()
                : Optional.of(new Predetermined(c.span(j.stance(), null), c.words(j.stance()), j.label(),
                        j.matter().label(), c.firstPerson(j.stance().sentence()),
                        national(c, j.stance().sentence()) || national(c, j.matter().sentence()),
                        j.stance().sentence() == j.matter().sentence(), referredBack(c, j.stance(), j.matter())));
    }

    /** Pronouns that refer back to a matter named in an earlier sentence ("It's a monstrosity", "voting them down"). */
    private static final Set<String> ANAPHORS = Set.of("it", "it's", "its", "this", "them", "they", "they're",
            "these", "those");

    /** Whether the stance's sentence follows the matter's within two sentences and holds a pronoun for it. */
    private static boolean referredBack(Composition c, Part stance, Part matter) {
        int gap = stance.sentence() - matter.sentence();
        if (gap < 1 || gap > 2) {
            return false;
        }
        org.councilpolicy.core.rule.Span s = c.sentenceSpan(stance.sentence());
        for (String w : Composition.wordsOf(c.normalised().text().substring(s.start(), s.end()))) {
            if (ANAPHORS.contains(w.replace('\u2019', '\''))) {
                return true;
            }
        }
        return false;
    }

    private static boolean national(Composition c, int sentence) {
        return c.sentenceHas(sentence, Element.OFFICE) || c.sentenceHas(sentence, Element.NATIONAL_POLICY);
    }

    /** What the composition found: the stance, how it is described, and the matter it is on. */
    private record Judged(Part stance, String label, Part matter) {
    }

    private static Judged judge(Composition c) {
        if (!c.has(Element.MATTER)) {
            return null;
        }
        Judged stance = stance(c);
        if (stance != null) {
            return stance;
        }
        Part decision = committedDecision(c);
        return decision == null ? null
                : new Judged(decision, decision.label().startsWith("self: ") ? "says " + decision.label().substring(6)
                        : "commits to " + decision.label(), matterOf(c, decision));
    }

    /** The vote stances and positions against of earlier rounds: the first near a matter, or null. */
    private static Judged stance(Composition c) {
        if (!c.has(Element.VOTE_STANCE) && !c.has(Element.STANCE)) {
            return null;
        }
        // a vote stance anywhere near the matter; a general position against ("enough is enough", "madness") in the
        // matter's own sentence
        List<Part> stances = new java.util.ArrayList<>(c.parts(Element.VOTE_STANCE));
        for (Part s : c.parts(Element.STANCE)) {
            if (c.near(s, Element.MATTER, WINDOW) != null) {
                stances.add(s);
            }
        }
        for (Part stance : stances) {
            Part matter = c.within(stance, Element.MATTER, WINDOW);
            if (matter == null || c.sentenceHas(stance.sentence(), Element.OPEN_MIND) && !overridden(c, stance)) {
                continue;
            }
            String said = c.words(stance).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
            if (said.indexOf(' ') < 0 && !SELF_CONTAINED.matcher(said).find() && !c.firstPerson(stance.sentence())) {
                continue; // a bare verb ("residents can object", "it was refused in 2019"): not the member's view
            }
            if (c.negated(stance, 2) && stance.label().equals("mind made up")) {
                continue; // "I haven't made up my mind"
            }
            return new Judged(stance, stance.label(), matter);
        }
        return null;
    }

    /**
     * Round 8: an outcome the committee can reach ("refusal", "grant", "say no") in a sentence that commits the
     * speaker to it (a first-person word and a word of commitment: "I'll", "never", "whatever", "the only"), or one
     * whose own words carry both ("my vote is no", "won't get past me"), with the matter in that sentence or the
     * one before or after (taking a side needs it in the same sentence). An open-mind phrase in the sentence passes
     * unless a "whatever"-word overrides it ("whatever the officers' report recommends").
     */
    static Part committedDecision(Composition c) {
        if (!c.has(Element.DECISION)) {
            return null;
        }
        for (Part d : c.parts(Element.DECISION)) {
            Part matter = d.label().equals("side") ? c.near(d, Element.MATTER, WINDOW)
                    : c.within(d, Element.MATTER, WINDOW);
            if (matter == null && d.label().equals("side")) {
                // round 12: a side taken on the matter of the sentence before, referred back to ("I'll be opposing it")
                Part earlier = c.before(d, Element.MATTER, WINDOW);
                matter = earlier != null && referredBack(c, d, earlier) ? earlier : null;
            }
            if (matter != null && matter.overlaps(d) && !d.label().equals("side")) {
                matter = otherMatter(c, d); // "get permission" holds a matter word; the matter is another
            }
            if (matter == null || Math.abs(matter.sentence() - d.sentence()) > 1 || matter.overlaps(d)) {
                continue;
            }
            Part commit = c.near(d, Element.COMMITMENT, WINDOW);
            boolean self = d.label().startsWith("self");
            if (!self && (commit == null || !c.firstPerson(d.sentence()) && !elidedSubject(c, commit, d))) {
                continue;
            }
            if (c.sentenceHas(d.sentence(), Element.OPEN_MIND) && !overridden(c, d)) {
                continue;
            }
            return d;
        }
        return null;
    }

    private static Part matterOf(Composition c, Part d) {
        Part m = c.within(d, Element.MATTER, WINDOW);
        return m != null && m.overlaps(d) && otherMatter(c, d) != null ? otherMatter(c, d) : m;
    }

    /** The nearest matter within the window that does not overlap the decision, or null. */
    private static Part otherMatter(Composition c, Part d) {
        Part best = null;
        for (Part m : c.parts(Element.MATTER)) {
            if (!m.overlaps(d) && m.gap(d) <= WINDOW && (best == null || m.gap(d) < best.gap(d))) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Round 11: a word of commitment that opens the decision's sentence has the writer as its elided subject, as in
     * diary-style posts ("Can't wait to give it the green light", "Won't be backing it").
     */
    private static boolean elidedSubject(Composition c, Part commit, Part d) {
        return commit.sentence() == d.sentence() && commit.start() < d.start() && c.wordsBefore(commit, 1).isEmpty();
    }

    private static void report(RuleContext ctx, Composition c, Speaker speaker, Part stance, String label,
            Part matter) {
        ctx.report(ctx.finding()
                .kind(JudgementKind.PREDETERMINATION)
                .span(c.span(stance, null))
                .excerpt("\"" + c.words(stance) + "\"")
                .message("Predetermination: " + speaker.describe() + " " + label + " (\""
                        + c.words(stance) + "\") on " + matter.label() + " the committee is to decide. A "
                        + "member who has made up their mind must not take part in the decision, and the "
                        + "decision could be challenged.")
                .suggestion("Say you will weigh the evidence and the officers' report at the committee, or "
                        + "declare that you will not take part and campaign openly instead."));
    }
}
