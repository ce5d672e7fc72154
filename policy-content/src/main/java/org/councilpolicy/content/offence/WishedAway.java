package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;

/**
 * A group wished away as the condition of something better: "we'd all be better off if the Xs just left", "this town
 * would be a nicer place if every X went home". Exclusion (HateCheck's phrase_question and derogation by exclusion).
 * Needs a betterment ({@code [BETTERMENT]}) in the four words before "if", the group within three words after it
 * (so the group is not the subject made better: "Xs would be better off if they got the right to work"), and a
 * departure ({@code [DEPARTURES]}) within four words after the group.
 */
final class WishedAway {

    private static final Set<String> BETTERMENT = ImplicitDerogation.W.get("BETTERMENT");
    private static final Set<String> DEPARTURES = ImplicitDerogation.W.get("DEPARTURES");

    private WishedAway() {
    }

    static void find(RepairedWords rw, List<Ref> refs, boolean[] negator, Cues cues, List<Offence> out) {
        for (int i = 1; i < rw.size(); i++) {
            if (!rw.words[i].equals("if") || !bettered(rw, i)) {
                continue;
            }
            for (Ref r : RefWindows.within(refs, i + 1, i + 4)) {
                if (r.from() <= i || r.from() - i > 3 || rw.sentence(r.from()) != rw.sentence(i)) {
                    continue;
                }
                for (int j = r.to(); j < Math.min(rw.size(), r.to() + 4) && rw.sentence(j) == rw.sentence(i); j++) {
                    if (DEPARTURES.contains(rw.words[j])) {
                        ImplicitDerogation.report(rw, r, i, j + 1, Predicate.EXCL, negator, cues, out);
                        return;
                    }
                }
            }
        }
    }

    private static boolean bettered(RepairedWords rw, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 4) && rw.sentence(k) == rw.sentence(at); k--) {
            if (BETTERMENT.contains(rw.words[k])) {
                return true;
            }
        }
        return false;
    }
}
