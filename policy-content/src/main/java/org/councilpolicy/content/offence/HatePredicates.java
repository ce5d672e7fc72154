package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.GroupReferences.PRONOUNS;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Whether a predicate is said of a group and said hatefully, split from {@link HateComposer}: the group it is said of
 * (subject, object or noun it qualifies), negation within its clause (rhetorical questions aside), and for harm a wish
 * or an endorsement. Each check looks a bounded number of words around the predicate.
 */
final class HatePredicates {

    /** Words that may stand between a group (the subject) and what is said of it: "Xs are all just ...". */
    private static final Set<String> LINKS = HateComposer.FRAMES.get("LINKS");
    /** Words that may stand between a verb and its group object: "hang the lot of those Xs". */
    private static final Set<String> OBJECT_LINKS = HateComposer.FRAMES.get("OBJECT_LINKS");
    /** Subjects other than the group ("that is", "it's", "which was") and the copulas after them. */
    private static final Set<String> OTHER_SUBJECTS = HateComposer.FRAMES.get("OTHER_SUBJECTS");
    private static final Set<String> CLAUSE_OPENERS = HateComposer.FRAMES.get("CLAUSE_OPENERS");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose");
    private static final Set<String> SPECIFIERS = HateComposer.FRAMES.get("SPECIFIERS");
    private static final Set<String> COPULAS = HateComposer.FRAMES.get("COPULAS");
    private static final Set<String> SKIPPED = HateComposer.FRAMES.get("SKIPPED");
    private static final Set<String> PREPOSITIONS = HateComposer.FRAMES.get("PREPOSITIONS");
    /** "Those kinds of X", "most of the X": the group is still the subject. */
    private static final Set<String> QUANTIFIERS = HateComposer.FRAMES.get("QUANTIFIERS");
    private static final Set<String> NEGATORS = HateComposer.FRAMES.get("NEGATORS");
    /** Before a feeling, subjects that make it another's (OTHERS) and words that may stand between (INTENSIFIERS). */
    private static final Set<String> OTHERS = HateComposer.FRAMES.get("OTHERS");
    private static final Set<String> INTENSIFIERS = HateComposer.FRAMES.get("INTENSIFIERS");
    /** Feelings whose subject feels them ("people hate Xs"), unlike "Xs make me sick", felt by the speaker. */
    private static final Set<String> FEELING_VERBS = HateComposer.FRAMES.get("FEELING_VERBS");
    /** "The sight of", "the thought of": before "of X", nouns that leave X what the predicate is said of. */
    private static final Set<String> PERCEPTS = HateComposer.FRAMES.get("PERCEPTS");
    /** A wish, call or intention before a one-word harm predicate ("should", "deserve", "I'll"). */
    private static final Set<String> WISHES = HateComposer.FRAMES.get("WISHES");
    /** Two-word question openings, joined by "_", that propose what follows: "why_not", "why_don't". */
    private static final Set<String> PROPOSALS = HateComposer.FRAMES.get("PROPOSALS");
    /** Words after a harm that make it a norm the speaker endorses ("... is the right thing", "... is fine"). */
    private static final Set<String> NORMS = HateComposer.FRAMES.get("NORMS");
    /** Two words before a harm that endorse it whoever does it: "no_loss", "blame_anyone" ("I wouldn't blame ..."). */
    private static final Set<String> ENDORSEMENTS = HateComposer.FRAMES.get("ENDORSEMENTS");
    /** Two-word question openings that deny a positive asked about, joined by "_": "why_should", "what_makes". */
    private static final Set<String> DENYING_QUESTIONS = HateComposer.FRAMES.get("DENYING_QUESTIONS");
    /** Before "to", verbs of onset or likelihood that make no wish of it: "the dinghy began to sink". */
    private static final Set<String> IMPERATIVE_OPENERS = HateComposer.FRAMES.get("IMPERATIVE_OPENERS");
    private static final Set<String> ONSETS = HateComposer.FRAMES.get("ONSETS");
    /** Words a verbless fragment may hold besides predicates: "Dirty thieves, every one." */
    private static final Set<String> FRAGMENT = HateComposer.FRAMES.get("FRAGMENT");
    private static final Set<String> FRAGMENT_HEADS = HateComposer.FRAMES.get("FRAGMENT_HEADS");
    private static final int FRAGMENT_MAX = 8;
    /** How many words back negation and wishes reach. */
    private static final int SCOPE = NegationScope.SCOPE;

    private HatePredicates() {
    }

    /**
     * The group a predicate is said of: the subject before it with only linking words between ("Xs are all
     * ..."), the object after a verb ("I despise every X"), or the noun an adjective stands before ("filthy Xs").
     */
    static Ref said(RepairedWords rw, List<Ref> refs, WordMatch<Predicate> p) {
        Ref best = null;
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) { // first ref that may stand within 10 words before the predicate (refs sorted by start)
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).from() < p.from() - 18) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < refs.size() && refs.get(k).from() <= p.to() + 6; k++) {
            Ref r = refs.get(k);
            if (rw.sentence(r.from()) != rw.sentence(p.from())) {
                continue;
            }
            // Every predicate class but a negated positive reaches its group anywhere in the clause (within the
            // distances below): natural sentences put more between them than "Xs are all ...".
            boolean loose = (p.payload() == Predicate.IMPL || p.payload() == Predicate.EXCL
                    || p.payload() == Predicate.DEHUM || p.payload() == Predicate.EMOTE || p.payload() == Predicate.HARM
                    || p.payload() == Predicate.NEG)
                    && (rw.clause(r.from()) == rw.clause(p.from()) || appositiveDenial(rw, r, p));
            if (r.from() >= p.from() && r.to() <= p.to() && PRONOUNS.contains(rw.words[r.from()])) {
                best = r; // the object pronoun inside the predicate phrase: "drive them out", "push them into"
            } else if (r.to() <= p.from() && (gap(rw, r.to(), p.from(), LINKS, 8)
                    || loose && p.from() - r.to() <= reach(rw, r) && !otherSubject(rw, r.to(), p.from()))
                    && (r.to() == p.from() && p.payload() != Predicate.EMOTE || !governed(rw, r))) {
                // "for X vermin": the group qualifies the predicate; "the treatment of Xs makes me sick": not said of Xs
                best = r;
            } else if (r.from() >= p.to() && best == null && p.payload() == Predicate.EMOTE && specified(rw, p.to(), r.from())) {
                best = r; // "I loathe people, especially if they are Xs"
            } else if (r.from() >= p.to() && best == null && (gap(rw, p.to(), r.from(), OBJECT_LINKS, 5)
                    || (loose || p.payload() == Predicate.EMOTE && rw.clause(r.from()) == rw.clause(p.from()))
                    && r.from() - p.to() <= 6 && !governed(rw, r) && !opensClause(rw, p.to(), r.from()))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Round 12: "Xs are broken machines, not people": a denial opening the clause after the group's copula clause, in
     * the same sentence, is said of that group as an appositive (the group then a copula, the denial's "not" first).
     */
    private static boolean appositiveDenial(RepairedWords rw, Ref r, WordMatch<Predicate> p) {
        return rw.words[p.from()].equals("not") && p.from() > r.to() && rw.sentence(r.from()) == rw.sentence(p.from())
                && rw.clause(p.from() - 1) == rw.clause(r.from()) && r.to() < rw.size()
                && SentenceFrames.BE.contains(rw.words[r.to()]);
    }

    /**
     * How far after a group a predicate of a loose class may stand: eight words, or sixteen when a relative clause
     * follows the group (round 11: "any X who moves into our close will end up in hospital").
     */
    private static int reach(RepairedWords rw, Ref r) {
        return r.to() < rw.size() && RELATIVES.contains(rw.words[r.to()]) ? 16 : 8;
    }

    /**
     * Whether a clause opens between a predicate and a group after it ("I dislike how the council treats Xs"): then the
     * group is not what the predicate is said of.
     */
    private static boolean opensClause(RepairedWords rw, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_OPENERS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** "..., especially (if they are) X": a specifier within eight words narrowing what was said to the group. */
    private static boolean specified(RepairedWords rw, int from, int to) {
        if (to - from > 8) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (SPECIFIERS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another subject stands between a group and a predicate ("... and that is evil", "... which is a
     * disgrace"): then the predicate is said of it, not of the group.
     */
    private static boolean otherSubject(RepairedWords rw, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = rw.words[i];
            if (OTHER_SUBJECTS.contains(w) && (w.endsWith("'s") || i + 1 < to && COPULAS.contains(rw.words[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a group word is governed by a preposition ("the treatment of disabled people is disgusting"): then the
     * predicate is said of the noun before it, not of the group. Pronouns ("every one of them") are subjects still.
     */
    static boolean governed(RepairedWords rw, Ref r) {
        if (PRONOUNS.contains(rw.words[r.from()])) {
            return false;
        }
        int i = r.from() - 1;
        while (i >= Math.max(0, r.from() - 4) && rw.sentence(i) == rw.sentence(r.from())
                && SKIPPED.contains(rw.words[i])) {
            i--;
        }
        if (i < 0 || rw.sentence(i) != rw.sentence(r.from()) || !PREPOSITIONS.contains(rw.words[i])) {
            return false;
        }
        return !(rw.words[i].equals("of") && i > 0 && (QUANTIFIERS.contains(rw.words[i - 1])
                || PERCEPTS.contains(rw.words[i - 1]))); // "the sight of Xs makes me sick" is said of them
    }

    private static boolean gap(RepairedWords rw, int from, int to, Set<String> allowed, int max) {
        if (to - from > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!allowed.contains(rw.words[i]) && !PRONOUNS.contains(rw.words[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean[] negators(RepairedWords rw, List<WordMatch<Tagged>> all) {
        boolean[] neg = new boolean[rw.size()];
        for (int i = 0; i < rw.size(); i++) {
            String w = rw.words[i];
            neg[i] = (NEGATORS.contains(w) || w.endsWith("n't"))
                    && !(i + 1 < rw.size() && (rw.words[i + 1].equals("wait") // "can't wait for ...": eagerness
                            || rw.words[i + 1].equals("believe") && w.startsWith("can"))); // "can't believe": outrage
            if (neg[i] && rw.question(i) && (i == 0 || rw.sentence(i - 1) != rw.sentence(i)
                    || rw.words[i - 1].equals("why") || rw.words[i - 1].equals("how"))) {
                neg[i] = false; // rhetorical: "Wouldn't it be better if ...?", "Why can't they ...?"
            }
        }
        for (WordMatch<Tagged> m : all) {
            WordKey k = m.payload().key();
            if (k == WordKey.NEUTRALISER || k == WordKey.PREDICATE && m.to() - m.from() > 1) {
                for (int i = m.from(); i < m.to(); i++) {
                    neg[i] = false;
                }
            }
        }
        return neg;
    }

    static boolean hateful(RepairedWords rw, boolean[] negator, WordMatch<Predicate> p) {
        boolean negated = NegationScope.negated(rw, negator, p);
        return switch (p.payload()) {
            case POS -> negated != deniedByQuestion(rw, p.from()); // "why are Xs not allowed to vote?" supports them
            case EMOTE -> !negated && !(FEELING_VERBS.contains(rw.words[p.from()]) && othersFeeling(rw, p.from()));
            case HARM -> (!negated || endorsedEarlier(rw, p.from())) && (p.to() - p.from() >= 2 || wish(rw, p.from())
                    || ForetoldHarm.passiveFuture(rw, p.from()) || endorsed(rw, p.to())
                    || endorsedBefore(rw, p.from()));
            default -> !negated;
        };
    }

    /**
     * Whether the feeling is another's, reported: "people hate Xs", "a council that hates Xs", "anyone who hates Xs"
     * (intensifiers between are skipped). The speaker's own ("I hate", "Xs disgust me") is not.
     */
    private static boolean othersFeeling(RepairedWords rw, int at) {
        int i = at - 1;
        while (i >= 0 && rw.sentence(i) == rw.sentence(at) && at - i <= 3 && INTENSIFIERS.contains(rw.words[i])) {
            i--;
        }
        return i >= 0 && rw.sentence(i) == rw.sentence(at) && OTHERS.contains(rw.words[i]);
    }

    /**
     * A question that denies what it asks about: "Why should Xs be allowed in ...?", "What makes Xs think they're fit
     * to ...?", "Since when are Xs equal?". A positive under it is denied as if negated.
     */
    private static boolean deniedByQuestion(RepairedWords rw, int at) {
        if (!rw.question(at)) {
            return false;
        }
        if (at > 0 && rw.words[at - 1].equals("ever") && rw.sentence(at - 1) == rw.sentence(at)) {
            return true; // "What have Xs ever contributed?", "Will Xs ever be equal?": rhetorical
        }
        for (int i = at - 1; i >= Math.max(1, at - SCOPE) && rw.sentence(i) == rw.sentence(at); i--) {
            if (DENYING_QUESTIONS.contains(rw.words[i - 1] + "_" + rw.words[i]) && rw.sentence(i - 1) == rw.sentence(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two words (joined by "_") before a harm in its sentence that endorse it when done by anyone ({@code
     * [ENDORSEMENTS]}: "no_loss", "blame_anyone", "good_riddance").
     */
    private static boolean endorsedEarlier(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(1, at - SCOPE) && rw.sentence(i - 1) == rw.sentence(at); i--) {
            if (ENDORSEMENTS.contains(rw.words[i - 1] + "_" + rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** "Killing Xs is the right thing to do", "beating them up is fine": a harm the sentence endorses after it. */
    private static boolean endorsed(RepairedWords rw, int to) {
        for (int i = to + 1; i < Math.min(rw.size(), to + 8) && rw.sentence(i) == rw.sentence(to - 1); i++) {
            String before = rw.words[i - 1];
            if (NORMS.contains(rw.words[i]) && (before.equals("is") || before.equals("be") || before.equals("the")
                    || before.equals("perfectly") || before.equals("totally") || before.equals("completely"))) {
                return true;
            }
        }
        return false;
    }

    /** "It would be the right thing to ...", "it's only fair to ...": a norm the sentence states before the harm. */
    private static boolean endorsedBefore(RepairedWords rw, int at) {
        if (at < 2 || !rw.words[at - 1].equals("to")) {
            return false;
        }
        for (int i = at - 2; i >= Math.max(0, at - 6) && rw.sentence(i) == rw.sentence(at); i--) {
            if (NORMS.contains(rw.words[i]) && !NEGATORS.contains(rw.words[Math.max(0, i - 1)])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verbless sentence of nothing but predicates and {@code FRAGMENT} words ("Dirty thieves, every one.",
     * "Pathetic, useless people.") right after a sentence naming a group is said of that group: its last reference
     * there. {@code inPredicate} marks the words of every predicate found. At most {@code FRAGMENT_MAX} words are read.
     */
    static Ref fragment(RepairedWords rw, List<Ref> refs, WordMatch<Predicate> p, boolean[] inPredicate) {
        int s = rw.sentence(p.from());
        int start = p.from();
        while (start > 0 && rw.sentence(start - 1) == s && p.from() - start < FRAGMENT_MAX) {
            start--;
        }
        int end = p.to();
        while (end < rw.size() && rw.sentence(end) == s && end - start < FRAGMENT_MAX) {
            end++;
        }
        if (start == 0 || rw.sentence(start - 1) != s - 1 || end < rw.size() && rw.sentence(end) == s) {
            return null; // the first sentence, or one longer than a fragment
        }
        int predicateWords = 0;
        boolean head = false;
        for (int i = start; i < end; i++) {
            if (!inPredicate[i] && !FRAGMENT.contains(rw.words[i])) {
                return null;
            }
            predicateWords += inPredicate[i] ? 1 : 0;
            head |= FRAGMENT_HEADS.contains(rw.words[i]);
        }
        if (!head && predicateWords < 2) {
            return null; // "Disgusting." may be said of an event; "Disgusting people." and "Filthy animals." of people
        }
        Ref found = null;
        for (Ref r : refs) {
            if (rw.sentence(r.from()) == s - 1 && !rw.quoted(r.from())) {
                found = r;
            }
        }
        return found;
    }

    /** Whether a wish, call or intention stands before the word at {@code at} in its sentence ("I'll", "should"). */
    static boolean wish(RepairedWords rw, int at) {
        if (endorsedEarlier(rw, at)) {
            return true; // "It would be no loss if someone stabbed a few Xs", "I wouldn't blame anyone who ..."
        }
        boolean opens = at == 0 || rw.sentence(at - 1) != rw.sentence(at);
        if (!opens && (rw.words[at - 1].equals("someone") || rw.words[at - 1].equals("somebody"))
                && rw.words[at].endsWith("ed")) {
            return false; // "somebody attacked a X": a report of what was done, not a call
        }
        boolean gerund = rw.words[at].endsWith("ing"); // "Killing Xs is a crime": a gerund subject, not a call
        if (opens && !gerund || !opens && (at == 1 || rw.sentence(at - 2) != rw.sentence(at))
                && IMPERATIVE_OPENERS.contains(rw.words[at - 1])) {
            return true; // an imperative opening the sentence is a call: "Deport every one of them", "Just deport them"
        }
        for (int i = at - 1; i >= Math.max(0, at - SCOPE) && rw.sentence(i) == rw.sentence(at); i--) {
            String w = rw.words[i];
            if (i > 0 && rw.question(at) && PROPOSALS.contains(rw.words[i - 1] + "_" + w)) {
                return true; // "Why don't we just deport them?": a question that proposes the act
            }
            if (WISHES.contains(w) && !(w.equals("would") && i + 1 < rw.size() && !rw.words[i + 1].equals("be"))
                    && !(w.equals("to") && i > 0 && ONSETS.contains(rw.words[i - 1]))) {
                return true;
            }
            if (w.equals("wait") && i > 0 && (rw.words[i - 1].equals("can't") || rw.words[i - 1].equals("cant")
                    || rw.words[i - 1].equals("cannot"))) {
                return true; // "can't wait for them to get deported"
            }
            if ((w.endsWith("n't") || w.equals("wont")) && NegationScope.othersBelief(rw, i)) {
                return true; // "thinking I won't ...": the speaker's intent, denied only in others' belief
            }
            if (w.equals("will") && i > 0 && (rw.words[i - 1].equals("i") || rw.words[i - 1].equals("we"))) {
                return true;
            }
        }
        return false;
    }
}
