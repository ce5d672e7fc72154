package org.councilpolicy.content.messages;

import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * Asking in the imperative, for {@link RequestScorer}: a sentence that opens with a verb such as "post", "show" or
 * "publish" and names a record a few words on asks for it as plainly as "please send" does ("Flooded again. Post the
 * flood survey for Bryn Road"). Linear: each record noun looks back a bounded distance.
 */
final class Imperatives {

    /** Verbs that, opening a sentence, ask for what follows: "Post the flood survey", "Show us the report". */
    private static final Set<String> IMPERATIVES = Set.of("post", "upload", "publish", "show", "share", "release",
            "send", "email", "forward", "put");
    /** How far before a record noun its sentence's imperative may stand: a few words. */
    private static final int IMPERATIVE_REACH = 40;

    private Imperatives() {
    }

    /**
     * Whether a sentence opens with an imperative that asks for a record named a few words on: "Nothing. Post the flood
     * survey for Bryn Road", "Show us the drainage survey you said you did".
     *
     * @param s       the normalised text
     * @param matches the cue matches, in order
     */
    static boolean imperativeForRecord(String s, List<LexiconMatch<Cue>> matches) {
        for (LexiconMatch<Cue> m : matches) {
            if (m.payload().kind() != CueKind.RECORD) {
                continue;
            }
            int i = m.start();
            int stop = Math.max(0, m.start() - IMPERATIVE_REACH);
            while (i > stop && ".?!\n".indexOf(s.charAt(i - 1)) < 0) {
                i--;
            }
            if (i > 0 && ".?!\n".indexOf(s.charAt(i - 1)) < 0) {
                continue; // the sentence opens further back than a few words
            }
            int start = i == 0 ? RequestFeatures.contentStart(s) : i;
            while (start < m.start() && !Character.isLetter(s.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < m.start() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            if (end > start && IMPERATIVES.contains(s.substring(start, end))) {
                return true;
            }
        }
        return false;
    }
}
