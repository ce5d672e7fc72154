package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.ThreatTargets.Named;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * A precaution against being attacked ({@code PRECAUTION} in {@code threat-predicates.tsv}: checking under a car or the
 * brakes, locking doors, varying a route, keeping children indoors) advised to a person or taken in their shoes is a
 * veiled threat: "If I were Cllr Price I'd check my brakes", "the warden might want to vary his route home". Taken by
 * the speaker for themselves ("I check under my car since the vandalism") or advised to everyone ("lock your doors,
 * burglaries are up") it is none: the person must be an official, a family member or a name, not "you". Negation
 * does not cancel it ("I wouldn't walk home alone if I were her"). Each check is a bounded look around the phrase.
 */
final class Precautions {

    /** Modal words of advice between the person and the precaution: "should", "might want to", "had better". */
    private static final Set<String> ADVICE = Set.of("should", "shouldn't", "want", "wants", "might", "may", "need",
            "needs", "better", "had", "ought", "would", "'d", "wanna", "start", "to", "do", "well", "keep", "be", "careful");
    /** How many advice words may stand between the person and the precaution. */
    private static final int ADVICE_REACH = 5;
    /** How far from the precaution "if I were ..." may stand, before or after it, in the same sentence. */
    private static final int SHOES_REACH = 14;
    /** How many words after "if I were" the person may take: "if I were the new housing officer". */
    private static final int PERSON_WORDS = 4;

    private Precautions() {
    }

    /**
     * A road, the weather or any hazard in the sentence near the precaution ({@link #SHOES_REACH} words either side):
     * "check your brakes before the frost, Cllr Smith, the potholes are awful" is advice about the hazard.
     */
    static boolean hazardAround(RepairedWords rw, boolean[] hazards, WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        for (int i = Math.max(0, p.from() - SHOES_REACH); i < Math.min(rw.size(), p.to() + SHOES_REACH); i++) {
            if (hazards[i] && rw.sentence(i) == sent) {
                return true;
            }
        }
        return false;
    }

    /** Whether precaution {@code p} is advised to a person or taken in their shoes. */
    static boolean aimed(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, WordMatch<Tagged> p) {
        return inShoes(rw, targets, named, p) || advisedTo(rw, targets, named, p) || toldTo(rw, targets, named, p);
    }

    /** Words that may open an imperative before its precaution: "make sure you", "just", "remember to". */
    private static final Set<String> OPENERS = Set.of("make", "sure", "you", "just", "always", "remember", "to",
            "better", "might", "want", "wanna", "maybe", "i'd", "id", "best");
    private static final int OPENER_WORDS = 3;
    /** How far after an imperative precaution the person told may stand: "Lock your doors tonight, Cllr Adebayo". */
    private static final int VOCATIVE_REACH = 8;

    /**
     * An imperative precaution opening its sentence, told to an official or a named person in it: "Keep the lights on
     * at night, Cllr Adebayo". Family ("keep the kids indoors") is who is protected there, not who is told.
     */
    private static boolean toldTo(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        int start = p.from();
        while (start > 0 && p.from() - start < OPENER_WORDS && rw.sentence(start - 1) == sent
                && OPENERS.contains(rw.words[start - 1])) {
            start--; // "Make sure you check who's behind you, Cllr Fry": the imperative's own opening words
        }
        if (start > 0 && rw.sentence(start - 1) == sent) {
            return false;
        }
        int hi = Math.min(rw.size(), p.to() + VOCATIVE_REACH);
        for (int k = ThreatTargets.firstTarget(targets, p.to()); k < targets.size() && targets.get(k).from() < hi; k++) {
            WordMatch<Tagged> t = targets.get(k);
            Object kind = t.payload().payload();
            if (t.from() >= p.to() && rw.sentence(t.from()) == sent
                    && (kind == TargetKind.ELECTED || kind == TargetKind.STAFF) && endsSentence(rw, t.to(), named)) {
                return true;
            }
        }
        for (int i = p.to(); i < hi; i++) {
            // a name is written with a capital: asking that first keeps the name finder from running on most texts
            if (rw.sentence(i) == sent && capitalised(rw, i) && named.at(i) && endsSentence(rw, i + 1, named)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(RepairedWords rw, int i) {
        int at = rw.toOriginal(i, i + 1).start();
        String text = rw.wv.normalised.original();
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    /**
     * The person told closes the sentence, as one addressed does ("Lock your doors tonight, Cllr Adebayo"); a person
     * who goes on to speak is the adviser ("lock your doors, Cllr Smith warns residents").
     */
    private static boolean endsSentence(RepairedWords rw, int after, Named named) {
        int i = after;
        while (i < rw.size() && rw.sentence(i) == rw.sentence(after - 1) && i - after < 3
                && capitalised(rw, i) && (ThreatTargets.capitalisedName(rw, i) || named.at(i))) {
            i++; // the rest of the name: "Cllr Ama Adebayo"
        }
        return i >= rw.size() || rw.sentence(i) != rw.sentence(after - 1);
    }

    /** "If I were Cllr Price I'd check my brakes", "I'd vary my route home if I was that officer". */
    private static boolean inShoes(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        int lo = Math.max(0, p.from() - SHOES_REACH);
        int hi = Math.min(rw.size() - 3, p.to() + SHOES_REACH);
        for (int i = lo; i < hi; i++) {
            if (rw.sentence(i) == sent && rw.words[i].equals("if") && rw.words[i + 1].equals("i")
                    && (rw.words[i + 2].equals("were") || rw.words[i + 2].equals("was"))) {
                int from = i + 3;
                int to = Math.min(rw.size(), from + PERSON_WORDS);
                if (from < rw.size() && (rw.words[from].equals("him") || rw.words[from].equals("her")
                        || person(rw, targets, named, from, to, sent) || ThreatTargets.capitalisedName(rw, from))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "The warden might want to vary his route home", "Cllr Ogden had better keep his kids indoors". */
    private static boolean advisedTo(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, WordMatch<Tagged> p) {
        int i = p.from() - 1;
        int clause = rw.clause(p.from());
        int advice = 0;
        while (i >= 0 && p.from() - i <= ADVICE_REACH && rw.clause(i) == clause && ADVICE.contains(rw.words[i])) {
            i--;
            advice++;
        }
        return advice > 0 && i >= 0 && rw.clause(i) == clause
                && (person(rw, targets, named, Math.max(0, i - 2), i + 1, rw.sentence(i)) || ThreatTargets.capitalisedName(rw, i));
    }

    /** An official, a family member or a named person among words {@code [lo, hi)}; "you" and places do not count. */
    private static boolean person(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, int lo, int hi, int sent) {
        for (int k = ThreatTargets.firstTarget(targets, lo); k < targets.size() && targets.get(k).from() < hi; k++) {
            WordMatch<Tagged> t = targets.get(k);
            Object kind = t.payload().payload();
            if (t.to() > lo && rw.sentence(t.from()) == sent
                    && (kind == TargetKind.ELECTED || kind == TargetKind.STAFF || kind == TargetKind.FAMILY)) {
                return true;
            }
        }
        for (int i = lo; i < hi; i++) {
            if (rw.sentence(i) == sent && named.at(i)) {
                return true;
            }
        }
        return false;
    }
}
