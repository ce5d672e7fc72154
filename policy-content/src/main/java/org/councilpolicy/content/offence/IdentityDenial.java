package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;

/**
 * A group denied its identity or belonging: "trans women will never be real women", "Xs are not truly British",
 * "they aren't proper Brits". The group as subject, a negator within four words after it in its clause, then (after
 * at most "be", "a", "an" or "ever") a word of realness ({@code [REALNESS]}) before an identity ({@code
 * [IDENTITIES]}: "not real threats" denies a threat, which is no hate). The plain statement ("trans women are
 * real women") has no negator; "not properly supported" is no realness word. A negated positive (HateCheck's
 * negate_pos_h).
 */
final class IdentityDenial {

    private static final Set<String> REALNESS = ImplicitDerogation.W.get("REALNESS");
    private static final Set<String> IDENTITIES = ImplicitDerogation.W.get("IDENTITIES");
    private static final Set<String> BRIDGE = Set.of("be", "a", "an", "ever", "been");
    private static final Set<String> NEGATORS = HateComposer.FRAMES.get("NEGATORS");

    private IdentityDenial() {
    }

    static void find(RepairedWords rw, List<Ref> refs, Cues cues, List<Offence> out) {
        for (Ref r : refs) {
            int c = rw.clause(r.from());
            for (int i = r.to(); i < Math.min(rw.size(), r.to() + 4) && rw.clause(i) == c; i++) {
                String w = rw.words[i];
                if (!NEGATORS.contains(w) && !w.endsWith("n't")) {
                    continue;
                }
                int k = i + 1;
                while (k < rw.size() && k - i <= 3 && BRIDGE.contains(rw.words[k])) {
                    k++;
                }
                if (k + 1 < rw.size() && rw.clause(k + 1) == c && REALNESS.contains(rw.words[k])
                        && IDENTITIES.contains(rw.words[k + 1])) { // "not real women", not "not real threats"
                    boolean[] none = new boolean[rw.size()]; // the negator is the denial itself, not a cancel
                    ImplicitDerogation.report(rw, r, k, k + 1, Predicate.POS, none, cues, out);
                    return;
                }
                break;
            }
        }
    }
}
