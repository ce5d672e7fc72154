package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.GroupReferences.Ref;

/**
 * Bounded look-ups for the implicit-derogation compositions, so that hostile text (one cue repeated thousands of times
 * beside thousands of group words) stays linear: the references near a word found by binary search in the sorted
 * list, and institutions looked for within {@link #REACH} words of a word only.
 */
final class RefWindows {

    /** How many words either side a composition looks for its group or an institution. */
    static final int REACH = 40;
    private static final Set<String> INSTITUTIONS = ImplicitDerogation.W.get("INSTITUTIONS");

    private RefWindows() {
    }

    /** The references (sorted by start) that start in {@code [from, to)}. */
    static List<Ref> within(List<Ref> refs, int from, int to) {
        return refs.subList(firstFrom(refs, from), firstFrom(refs, Math.max(from, to)));
    }

    private static int firstFrom(List<Ref> refs, int at) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).from() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether an institution ({@code [INSTITUTIONS]}: council, police, government ...) stands in sentences {@code
     * fromSentence} to {@code toSentence}, within {@link #REACH} words of the word at {@code at}: then a tag or a
     * problem is criticism of it (MD-1).
     */
    static boolean institution(RepairedWords rw, int at, int fromSentence, int toSentence) {
        for (int i = Math.max(0, at - REACH); i < Math.min(rw.size(), at + REACH); i++) {
            int s = rw.sentence(i);
            if (s >= fromSentence && s <= toSentence && INSTITUTIONS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }
}
