package org.councilpolicy.content.offence;

import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Whether a negator before a predicate denies it, split from {@link HatePredicates}: the negators within its clause
 * (at most {@link #SCOPE} words back, so a text without punctuation stays linear), less those that affirm instead.
 * A negation affirms when a comparison turns it into a superlative ("Nothing disgusts me more than Xs", "no one is
 * lazier than a X": round 12), when a second negation in a relative clause cancels it ("I've never met a X who
 * wasn't a liar": every X is one, round 12), when it stands before "than" or "but" ("no better than", "nothing but")
 * and when it is only what others wrongly believe of the speaker ("thinking I won't ..."). A negation also reaches a
 * predicate across a parenthesis that ends in an auxiliary ("Xs are not, and never will be, trustworthy").
 */
final class NegationScope {

    /** How many words back negation and wishes reach. */
    static final int SCOPE = 12;
    /** Between a negator and a predicate, words that make the negation affirm it: "no better than", "nothing but". */
    private static final Set<String> AFFIRMING = HateComposer.FRAMES.get("AFFIRMING");
    /** Before "I"/"we" and a negator, verbs of others' belief that the speaker contradicts: "thinking I won't". */
    private static final Set<String> BELIEF_VERBS = HateComposer.FRAMES.get("BELIEF_VERBS");
    /** Negators that are the subject of a comparison: "nothing", "nobody", "no one" ({@code [SUPERLATIVE_SUBJECTS]}). */
    private static final Set<String> SUPERLATIVE_SUBJECTS = HateComposer.FRAMES.get("SUPERLATIVE_SUBJECTS");
    /** Words that may stand between "who wasn't" and what it denies: "who wasn't a total ..." ({@code [DENIED_FILLERS]}). */
    private static final Set<String> DENIED_FILLERS = HateComposer.FRAMES.get("DENIED_FILLERS");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    /** Words a clause may end with before a parenthesis carries its negation on: "are not, and never will be, ...". */
    private static final Set<String> AUXILIARIES = HateComposer.FRAMES.get("AUXILIARIES");

    private NegationScope() {
    }

    /** Whether the predicate {@code p} stands denied by a negator in its clause (see the class comment). */
    static boolean negated(RepairedWords rw, boolean[] negator, WordMatch<Predicate> p) {
        boolean negated = false;
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - SCOPE) && rw.clause(i) == rw.clause(p.from()); i--) {
            if (AFFIRMING.contains(rw.words[i]) && !(p.payload() == Predicate.POS)) {
                break; // "never anything more than parasites", "nothing but vermin": the negation affirms what follows
            }
            if (negator[i] && !othersBelief(rw, i)) {
                if (superlative(rw, i, p) || doubled(rw, negator, i, p)) {
                    return false;
                }
                negated = true;
            }
        }
        return negated || carried(rw, negator, p);
    }

    /**
     * "Xs are not, and never will be, trustworthy": the predicate opens its clause (at most two words before it) and
     * the clause before ends in an auxiliary or copula ({@code [AUXILIARIES]}) with a negator within {@link #SCOPE}
     * words: the negation is carried across the parenthesis to the predicate.
     */
    private static boolean carried(RepairedWords rw, boolean[] negator, WordMatch<Predicate> p) {
        int cs = p.from();
        while (cs > 0 && p.from() - cs < 3 && rw.clause(cs - 1) == rw.clause(p.from())) {
            cs--;
        }
        if (cs == 0 || rw.clause(cs - 1) == rw.clause(p.from()) || rw.sentence(cs - 1) != rw.sentence(p.from())
                || !AUXILIARIES.contains(rw.words[cs - 1])) {
            return false;
        }
        for (int i = cs - 1; i >= Math.max(0, cs - SCOPE) && rw.sentence(i) == rw.sentence(p.from()); i--) {
            if (negator[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Nothing disgusts me more than Xs", "No one is dirtier than a X": a negator that is the subject of a comparison
     * whose "than" follows the predicate within three words makes it a superlative, not a denial.
     */
    private static boolean superlative(RepairedWords rw, int at, WordMatch<Predicate> p) {
        String w = rw.words[at];
        boolean subject = SUPERLATIVE_SUBJECTS.contains(w)
                || w.equals("no") && at + 1 < rw.size() && (rw.words[at + 1].equals("one") || rw.words[at + 1].equals("group"));
        if (!subject) {
            return false;
        }
        for (int i = p.to(); i < Math.min(rw.size(), p.to() + 3) && rw.sentence(i) == rw.sentence(p.from()); i++) {
            if (rw.words[i].equals("than")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I've never met a X who wasn't a liar", "there's not one X that isn't a thief": a negator just after a relative
     * pronoun, with only fillers before the predicate, under another negator earlier in the sentence: the two cancel,
     * and the predicate is said of every member.
     */
    private static boolean doubled(RepairedWords rw, boolean[] negator, int at, WordMatch<Predicate> p) {
        if (at == 0 || !RELATIVES.contains(rw.words[at - 1]) || p.from() - at > 4) {
            return false;
        }
        for (int i = at + 1; i < p.from(); i++) {
            if (!DENIED_FILLERS.contains(rw.words[i])) {
                return false;
            }
        }
        for (int i = at - 2; i >= Math.max(0, at - SCOPE) && rw.sentence(i) == rw.sentence(at); i--) {
            if (negator[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "(They're) thinking I won't ...", "they think we wouldn't dare ...": the negation at {@code at} is what others
     * wrongly believe of the speaker, so what follows is the speaker's stance, not denied ({@code [BELIEF_VERBS]}).
     */
    static boolean othersBelief(RepairedWords rw, int at) {
        int i = at - 1;
        if (i < 1 || !(rw.words[i].equals("i") || rw.words[i].equals("we"))) {
            return false;
        }
        i--;
        if (rw.words[i].equals("that") && i > 0) {
            i--;
        }
        return BELIEF_VERBS.contains(rw.words[i]) && rw.sentence(i) == rw.sentence(at);
    }
}
