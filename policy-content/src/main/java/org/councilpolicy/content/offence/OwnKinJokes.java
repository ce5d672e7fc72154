package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Set;

/**
 * "If my husband forgets the bins again I'll kill him": a harm the speaker promises their own family (or pet) is a
 * domestic joke, not a threat, when nobody else (a worker, a member, a place) is in the sentence. Run over the
 * threats just found; linear: each threat's sentence is read once per threat, and a comment has few threats before
 * it is decided (at most {@link #MAX_CHECKED} are checked).
 */
final class OwnKinJokes {

    private static final Set<String> KIN = Set.of("husband", "wife", "son", "daughter", "kids", "kid", "mum", "mam",
            "dad", "brother", "sister", "partner", "missus", "hubby", "boyfriend", "girlfriend", "nan", "gran",
            "grandad", "grandma", "fella", "bloke", "dog", "cat", "lad", "lass", "boys", "girls", "children");
    /** Anyone else in the sentence makes it a threat ("if anyone touches my kids I'll kill them"). */
    private static final Set<String> OTHERS = Set.of("council", "you", "your", "anyone", "anybody", "someone",
            "somebody", "whoever", "people", "he's", "she's");
    private static final Set<String> PRONOUNS = Set.of("him", "her", "them", "em", "'em", "my");
    private static final int MAX_CHECKED = 8;

    private OwnKinJokes() {
    }

    /** Removes from {@code out}, after index {@code from}, the threats whose sentence aims only at the speaker's kin. */
    static void drop(WordView wv, OffenceLexicons lex, List<Offence> out, int from) {
        int checked = 0;
        for (int i = out.size() - 1; i >= from && checked < MAX_CHECKED; i--) {
            Offence o = out.get(i);
            if (o.kind() != OffenceKind.THREAT) {
                continue;
            }
            checked++;
            int at = wv.wordAtOriginal(o.span());
            if (at >= 0 && aimedAtPronoun(wv, at) && ownKinOnly(wv, lex, wv.sentence[at])) {
                out.remove(i);
            }
        }
    }

    /** The harm falls on a pronoun (the kin) just after it: "kill him", not "burn that place to the ground". */
    private static boolean aimedAtPronoun(WordView wv, int at) {
        for (int i = at + 1; i < Math.min(wv.size(), at + 4) && wv.sentence[i] == wv.sentence[at]; i++) {
            if (PRONOUNS.contains(wv.words[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownKinOnly(WordView wv, OffenceLexicons lex, int sentence) {
        boolean kin = false;
        int start = 0;
        while (start < wv.size() && wv.sentence[start] != sentence) {
            start++;
        }
        for (int i = start; i < wv.size() && wv.sentence[i] == sentence; i++) {
            String w = wv.words[i];
            if (lex.workerNouns.contains(w) || lex.electedWords.contains(w) || OTHERS.contains(w)) {
                return false;
            }
            kin |= i > 0 && wv.words[i - 1].equals("my") && KIN.contains(w);
        }
        return kin;
    }
}
