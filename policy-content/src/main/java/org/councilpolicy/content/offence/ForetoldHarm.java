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

    /** Whether the harm word at {@code at} follows "will be", "'ll be", "going to be", "gonna be" or "shall be". */
    static boolean passiveFuture(RepairedWords rw, int at) {
        if (at < 2 || !rw.words[at - 1].equals("be") || rw.sentence(at - 2) != rw.sentence(at)) {
            return false;
        }
        for (int i = at + 1; i < Math.min(rw.size(), at + 3) && rw.sentence(i) == rw.sentence(at); i++) {
            if (rw.words[i].equals("by") && !rw.words[i - 1].equals("one")) { // "one by one" names no cause
                return false; // "... will be hurt by these cuts": harm from a cause named, a forecast not a threat
            }
        }
        String w = rw.words[at - 2];
        return w.equals("will") || w.equals("shall") || w.equals("gonna") || w.endsWith("'ll")
                || w.equals("to") && at >= 3 && rw.words[at - 3].equals("going");
    }
}
