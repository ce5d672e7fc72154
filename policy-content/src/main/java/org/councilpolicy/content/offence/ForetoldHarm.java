package org.councilpolicy.content.offence;

/**
 * A harm foretold of a group in the passive future ("Xs will be hanged", "they're going to be killed", "Xs'll be
 * burned out"): the speaker announces what will be done to them, which carries a threat as a wish does. A one-word
 * harm needs this or a wish before it ({@link HatePredicates#hateful}); a warning of a hazard or a failing protector
 * ({@code [WARNINGS]}, "... if the council cuts the lighting") still keeps the sentence ({@link HateComposer}).
 */
final class ForetoldHarm {

    private ForetoldHarm() {
    }

    /** Fates announced in the active future ("Xs will hang"), not forecasts ("will die", "will suffer"). */
    private static final java.util.Set<String> FATES = ImplicitDerogation.W.get("FATES");
    /** After a fate verb, words that make it no fate: "will burn through their savings". */
    private static final java.util.Set<String> NOT_FATE = ImplicitDerogation.W.get("NOT_FATE");

    /**
     * Whether the harm word at {@code at} follows "will be", "'ll be", "going to be", "gonna be" or "shall be", or is a
     * fate ({@code [FATES]}) right after "will", "'ll", "gonna" or "going to".
     */
    static boolean passiveFuture(RepairedWords rw, int at) {
        if (at >= 1 && FATES.contains(rw.words[at]) && future(rw, at - 1)
                && (at + 1 >= rw.size() || !NOT_FATE.contains(rw.words[at + 1]))) {
            return true; // "Xs will hang for this", "they'll burn"
        }
        if (at < 2 || !rw.words[at - 1].equals("be") || rw.sentence(at - 2) != rw.sentence(at)) {
            return false;
        }
        for (int i = at + 1; i < Math.min(rw.size(), at + 3) && rw.sentence(i) == rw.sentence(at); i++) {
            if (rw.words[i].equals("by") && !rw.words[i - 1].equals("one")) { // "one by one" names no cause
                return false; // "... will be hurt by these cuts": harm from a cause named, a forecast not a threat
            }
        }
        return future(rw, at - 2);
    }

    /** Whether the word at {@code k} is "will", "shall", "gonna", a "'ll" form, or "to" after "going". */
    private static boolean future(RepairedWords rw, int k) {
        String w = rw.words[k];
        return w.equals("will") || w.equals("shall") || w.equals("gonna") || w.endsWith("'ll")
                || w.equals("to") && k >= 1 && rw.words[k - 1].equals("going");
    }
}
