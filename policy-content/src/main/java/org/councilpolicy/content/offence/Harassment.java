package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.ThreatTargets.addressed;
import static org.councilpolicy.content.offence.ThreatTargets.firstTarget;
import static org.councilpolicy.content.offence.ThreatTargets.near;
import static org.councilpolicy.content.offence.ThreatTargets.sameClauseTarget;
import static org.councilpolicy.content.offence.ThreatTargets.targetAt;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.HarassKind;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.ThreatTargets.Named;
import org.councilpolicy.content.offence.ThreatTargets.Reach;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Harassment aimed at a person — tracking their private life, persistent targeting, sexualised remarks and
 * body-shaming — split from {@link ThreatComposer}, whose threats it shares targets and frames with: body and sexual
 * words must stand close to their person, and body words said of a thing ("an ugly extension") are not about anyone.
 */
final class Harassment {

    /** Words after a body word that leave it said of a person ("she's fat and lazy", "so ugly it hurts"). */
    private static final Set<String> PREDICATIVE_NEXT = Set.of("and", "as", "but", "too", "so", "or", "it", "that",
            "enough", "now", "though", "lol", "af", "to", "with", "in", "on", "at", "like");
    private static final int NEAR = 3;
    /** How close a body or sexual word must stand to its person ("that fat receptionist", "she's well fit"). */
    private static final int CLOSE = 2;
    /** A sexualised remark may stand further from its person ("the new officer is a right stunner"). */
    private static final int SEXUAL_CLOSE = 4;
    private static final Set<String> COPULAS = Set.of("is", "was", "looks", "look", "looked", "are", "be", "needs",
            "has", "should", "got");
    /** How far after the copula the word may stand ("is a fat ugly lazy cow"), and the subject before it. */
    private static final int COPULA_REACH = 4;
    private static final int SUBJECT_REACH = 7;

    private Harassment() {
    }

    static String harassment(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                     WordMatch<Tagged> p, HarassKind h) {
        boolean close = h == HarassKind.SEXUAL || h == HarassKind.BODY;
        // Single body words ("fat", "ugly") also describe things and must stand by their person; a longer body phrase
        // ("a face like a...") or a sexual remark may stand further away.
        int reach = h == HarassKind.SEXUAL || p.to() - p.from() > 1 ? SEXUAL_CLOSE : CLOSE;
        boolean own = addressed(rw, p) || close && (copularSubject(rw, targets, named, p) || describedBy(rw, targets, named, p))
                || h == HarassKind.SEXUAL && p.to() - p.from() > 1
                && near(rw, targets, named, p, 2 * ThreatComposer.WINDOW, Reach.PEOPLE); // a sexual phrase is about a person
        if (!own && !near(rw, targets, named, p, close ? NEAR : ThreatComposer.WINDOW, Reach.PEOPLE) || aboutThing(rw, targets, p, h)) {
            return null;
        }
        if (close && !own && !sameClauseTarget(rw, targets, named, p, reach)) {
            return null;
        }
        return switch (h) {
            case TRACK -> "harassment: watching or tracking a person's private life";
            case PERSIST -> "harassment: persistent targeting of a person";
            case SEXUAL -> "harassment: a sexualised remark about a person";
            case BODY -> "harassment: body-shaming a person";
        };
    }
    /** Determiners between "with" and a body phrase: "with the greasy hair", "with her double chin". */
    private static final Set<String> WITH_DETERMINERS = Set.of("the", "his", "her", "a", "them", "those", "that");
    /** How far before "with" the person described may stand ("that woman on the housing desk with the ..."). */
    private static final int DESCRIBED_REACH = 8;

    /**
     * A body phrase describing a person a few words before it, through "with": "that woman on the housing desk with the
     * greasy hair", "the man at the tip with the wonky teeth". A body word alone before a noun stays a thing's
     * ({@link #aboutThing}: "the flats with the ugly cladding").
     */
    private static boolean describedBy(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, WordMatch<Tagged> p) {
        int w = p.from() - 1;
        if (w >= 0 && WITH_DETERMINERS.contains(rw.words[w])) {
            w--;
        }
        return w > 0 && rw.words[w].equals("with") && rw.clause(w) == rw.clause(p.from())
                && ThreatTargets.target(rw, targets, named, Math.max(0, w - DESCRIBED_REACH), w, rw.sentence(w), Reach.PEOPLE);
    }

    /**
     * A body or sexual word said of the clause's subject: "Michelle in council tax is a fat ugly cow", "the new
     * planning officer looks like a beached whale". The subject stands before the copula, the word a few after it.
     */
    private static boolean copularSubject(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                          WordMatch<Tagged> p) {
        int clause = rw.clause(p.from());
        for (int c = p.from() - 1; c >= Math.max(0, p.from() - COPULA_REACH) && rw.clause(c) == clause; c--) {
            if (COPULAS.contains(rw.words[c])) {
                // A single word ("ugly") also describes things ("the officer's design is ugly"): its subject must
                // stand right before the copula.
                int reach = p.to() - p.from() > 1 || p.payload().payload() == HarassKind.SEXUAL ? SUBJECT_REACH : 2;
                return ThreatTargets.target(rw, targets, named, Math.max(0, c - reach), c, rw.sentence(c),
                        Reach.PEOPLE) && !ThreatTargets.targetAt(targets, c - 1, TargetKind.PLACE);
            }
        }
        return false;
    }

    /** How many modifiers may stand between a body word and its person noun ("that fat housing officer"). */
    private static final int MODIFIERS = 2;

    /**
     * A person noun right after the body word or after up to {@link #MODIFIERS} words of its noun phrase: "that fat
     * housing officer", "the ugly council tax woman" are said of the person, as "that fat officer" is.
     */
    private static boolean personNounAhead(RepairedWords rw, List<WordMatch<Tagged>> targets, int at) {
        for (int i = at; i <= Math.min(rw.size() - 1, at + MODIFIERS) && rw.clause(i) == rw.clause(at); i++) {
            if (targetAt(targets, i) || i > at && PREDICATIVE_NEXT.contains(rw.words[i - 1])) {
                return targetAt(targets, i);
            }
        }
        return false;
    }

    /**
     * A person, not an owner, ending right before the body word is its subject: "the housing officer waddles about"
     * is said of the officer, where "the officer's ugly extension" describes the officer's thing.
     */
    private static boolean subjectBefore(RepairedWords rw, List<WordMatch<Tagged>> targets, int at) {
        if (at == 0 || rw.words[at - 1].endsWith("'s") || rw.clause(at - 1) != rw.clause(at)) {
            return false;
        }
        for (int k = firstTarget(targets, at - 1); k < targets.size() && targets.get(k).from() < at; k++) {
            WordMatch<Tagged> t = targets.get(k);
            if (t.to() == at && t.payload().payload() != TargetKind.PLACE && t.payload().payload() != TargetKind.PROPERTY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Body words said of a place ("the ugly new flats") are not about a person: a place target nearer wins, and a
     * single body word before a noun that is no person ("an ugly extension") describes that thing.
     */
    private static boolean aboutThing(RepairedWords rw, List<WordMatch<Tagged>> targets, WordMatch<Tagged> p,
                                      HarassKind h) {
        if (h != HarassKind.BODY) {
            return false;
        }
        if (p.to() - p.from() == 1 && p.to() < rw.size() && rw.clause(p.to()) == rw.clause(p.from())
                && !PREDICATIVE_NEXT.contains(rw.words[p.to()]) && !personNounAhead(rw, targets, p.to())
                && !subjectBefore(rw, targets, p.from())) {
            return true;
        }
        for (int k = firstTarget(targets, p.from() - NEAR); k < targets.size()
                && targets.get(k).from() <= p.from() + NEAR; k++) {
            WordMatch<Tagged> t = targets.get(k);
            if (t.payload().payload() == TargetKind.PLACE && Math.abs(t.from() - p.from()) <= NEAR) {
                return true;
            }
        }
        return false;
    }
}
