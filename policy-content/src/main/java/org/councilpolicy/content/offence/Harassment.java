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

    private Harassment() {
    }

    static String harassment(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                     WordMatch<Tagged> p, HarassKind h) {
        boolean close = h == HarassKind.SEXUAL || h == HarassKind.BODY;
        // Single body words ("fat", "ugly") also describe things and must stand by their person; a longer body phrase
        // ("a face like a...") or a sexual remark may stand further away.
        int reach = h == HarassKind.SEXUAL || p.to() - p.from() > 1 ? SEXUAL_CLOSE : CLOSE;
        boolean own = addressed(rw, p);
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
                && !PREDICATIVE_NEXT.contains(rw.words[p.to()]) && !targetAt(targets, p.to())) {
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
