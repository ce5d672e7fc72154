package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Group;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * For {@link ImplicitDerogation}: a group word standing for its people through what it qualifies ("the Romanian
 * shop", "another Kurdish barber", "a Pakistani taxi driver"), which no {@link GroupReferences} reference names, and
 * the arrival of a group followed by a problem ("the Xs moved in and the bikes went missing", "another X barber opens
 * and the drugs hit the estate"): blame by insinuation. A proxy that a victim's verb follows ("the Polish shop was
 * burgled") stands for nobody blamed. Institutions named in the sentences make it criticism (MD-1).
 */
final class GroupProxies {

    private static final Set<String> VICTIM = ImplicitDerogation.W.get("VICTIM");
    private static final Set<String> ARRIVALS = ImplicitDerogation.W.get("ARRIVALS");
    private static final Set<String> ARRIVAL_GAP = ImplicitDerogation.W.get("ARRIVAL_GAP");
    private static final Set<String> NEGATORS = HateComposer.FRAMES.get("NEGATORS");

    private GroupProxies() {
    }

    /** Group words before a noun, in no reference, with no victim's verb after them. */
    static List<Ref> find(RepairedWords rw, List<Ref> refs, List<WordMatch<Tagged>> all) {
        List<Ref> out = new ArrayList<>();
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() != WordKey.GROUP || m.to() >= rw.size() || rw.clause(m.to()) != rw.clause(m.from())
                    || covered(refs, m)) {
                continue;
            }
            boolean victim = false;
            for (int i = m.to(); i < Math.min(rw.size(), m.to() + 4) && rw.sentence(i) == rw.sentence(m.from()); i++) {
                victim |= VICTIM.contains(rw.words[i]);
            }
            if (!victim) {
                out.add(new Ref(m.from(), m.to(), (Group) m.payload().payload()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Ref::from));
        return out;
    }

    private static boolean covered(List<Ref> refs, WordMatch<Tagged> m) {
        for (Ref r : RefWindows.within(refs, m.from() - 6, m.to())) {
            if (r.from() < m.to() && r.to() > m.from()) {
                return true;
            }
        }
        return false;
    }

    /** "The Xs moved in ... (and) the bikes went missing": an arrival, then a problem in its sentence or the next. */
    static void arrivals(RepairedWords rw, List<Ref> refs, List<Ref> proxies, boolean[] negator, Cues cues,
            List<Offence> out) {
        List<Ref> all = new ArrayList<>(refs);
        all.addAll(proxies);
        for (Ref r : all) {
            int a = arrival(rw, r);
            if (a < 0 || rw.quoted(r.from())) {
                continue;
            }
            int s = rw.sentence(a);
            int problem = -1;
            for (int i = a + 1; i < Math.min(rw.size(), a + RefWindows.REACH) && rw.sentence(i) <= s + 1 && problem < 0;
                    i++) {
                if (ImplicitDerogation.PROBLEMS.contains(rw.words[i]) && !negatedNear(rw, i)) {
                    problem = i;
                }
            }
            int before = a; // "funny how the bikes went missing the week the Xs moved in": the problem first
            while (problem < 0 && before > 0 && rw.sentence(before - 1) == s && a - before < RefWindows.REACH) {
                before--;
                if (ImplicitDerogation.PROBLEMS.contains(rw.words[before]) && !negatedNear(rw, before)) {
                    problem = before;
                }
            }
            if (problem < 0 || RefWindows.institution(rw, a, Math.min(s, rw.sentence(problem)),
                    Math.max(s, rw.sentence(problem)))) {
                continue;
            }
            ImplicitDerogation.report(rw, r, Math.min(a, problem), Math.max(a, problem) + 1, Predicate.IMPL, negator,
                    cues, out);
            return;
        }
    }

    /** The word of an arrival within three words after a reference ("moved in", "have turned up", "opens"), or -1. */
    private static int arrival(RepairedWords rw, Ref r) {
        for (int i = r.to(); i < Math.min(rw.size() - 1, r.to() + 4) && rw.clause(i) == rw.clause(r.from()); i++) {
            String w = rw.words[i];
            if (ARRIVALS.contains(w) || ARRIVALS.contains(w + "_" + rw.words[i + 1])) {
                return i;
            }
            if (!ARRIVAL_GAP.contains(w) && i > r.to()) {
                return -1;
            }
        }
        return r.to() < rw.size() && ARRIVALS.contains(rw.words[r.to()]) ? r.to() : -1;
    }

    private static boolean negatedNear(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 3) && rw.sentence(i) == rw.sentence(at); i--) {
            if (NEGATORS.contains(rw.words[i]) || rw.words[i].endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
