package org.councilpolicy.content.messages;

import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * What is wanted (issue 14, round 11): the sender's own verb of wanting ("like", "want", "need", "request") with the
 * sender or a modal as its subject and an object after it ("... and would like my educational record", "we want all
 * the emails", "I am requesting copies of"), read by grammar rather than by whole phrases. A record named in the
 * object's clause is asked for as plainly as "please send" asks: request wording for {@link RequestScorer}, and an
 * asking sentence for {@link OwnRecords}. What follows the verb must open a noun phrase or an infinitive of getting
 * ("to see", "to have"): "I'd like someone senior to look at this" and "I need the road fixed" ask for a service, and
 * a record followed by what is to be done to it ("my account corrected") is a service too. Linear: each record noun
 * looks back at most {@value #REACH} characters, in its sentence.
 */
final class Wanting {

    /**
     * Verbs of wanting or asking whose subject is the sender. Not "need": "I need the form", "I need my bin replaced"
     * are the sender's errand, a service question.
     */
    private static final Set<String> VERBS = Set.of("like", "want", "request", "requesting", "wish");
    /** Words just before the verb that make the sender its subject: "I", "we", "would", "I'd", "am". */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "would", "i'd", "id", "we'd", "am", "also", "now",
            "really", "just", "therefore", "hereby", "formally");
    /** Words opening the object: a possessive, an article, a quantifier, or a copy or access noun. */
    private static final Set<String> OPENERS = Set.of("my", "our", "the", "a", "an", "all", "any", "copies", "copy",
            "access", "sight", "every", "everything", "anything", "whatever", "each", "those", "these", "both");
    /** Infinitives of getting after "to": "would like to see", "wish to have". */
    private static final Set<String> GETTING = Set.of("see", "have", "receive", "obtain", "get", "view", "access",
            "inspect", "read");
    /** Words after a record that say what is to be done to it: a service, not the record wanted. */
    private static final Set<String> DONE_TO = Set.of("sorted", "fixed", "corrected", "updated", "changed",
            "cancelled", "closed", "amended", "deleted", "removed", "reviewed", "reinstated", "transferred", "moved",
            "renewed", "processed", "paid", "refunded", "backdated", "reopened");
    /** How far before a record noun, in its sentence, the verb of wanting may stand. */
    static final int REACH = 56;

    private Wanting() {
    }

    /**
     * Whether a record noun is named in the object of the sender's verb of wanting: "would like my educational
     * record", "I need copies of the minutes".
     *
     * @param s       the normalised text
     * @param matches the cue matches, in order
     */
    static boolean recordWanted(String s, List<LexiconMatch<Cue>> matches) {
        boolean record = false;
        for (LexiconMatch<Cue> m : matches) {
            CueKind k = m.payload().kind();
            record |= k == CueKind.RECORD || k == CueKind.PERSONAL_RECORD || k == CueKind.DOCUMENT;
        }
        if (!record || (!s.contains("like") && !s.contains("want") && !s.contains("request") && !s.contains("wish"))) {
            return false; // no record named, or no verb of wanting at all: most messages
        }
        for (LexiconMatch<Cue> m : matches) {
            CueKind k = m.payload().kind();
            if ((k == CueKind.RECORD || k == CueKind.PERSONAL_RECORD || k == CueKind.DOCUMENT)
                    && !doneTo(s, m.end()) && frameBefore(s, Math.max(0, m.start() - REACH), m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of wanting with the sender as subject and an object after it stands in {@code [from, to)} and in
     * the same sentence as {@code to}.
     *
     * @param s    the normalised text
     * @param from where to start looking
     * @param to   where the wanted thing starts
     */
    static boolean frameBefore(String s, int from, int to) {
        int start = from;
        for (int i = to; i > from; i--) {
            if (".?!\n".indexOf(s.charAt(i - 1)) >= 0) {
                start = i;
                break;
            }
        }
        String previous = null;
        int i = start;
        while (i < to) {
            if (!NextWord.wordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && NextWord.wordChar(s.charAt(end))) {
                end++;
            }
            String word = s.substring(i, end).replace('\u2019', '\'');
            if (VERBS.contains(word) && previous != null && SUBJECTS.contains(previous) && end < to
                    && objectFollows(s, end)) {
                return true;
            }
            previous = word;
            i = end;
        }
        return false;
    }

    /** Whether the words after the verb open a noun phrase or an infinitive of getting. */
    private static boolean objectFollows(String s, int at) {
        String next = NextWord.after(s, at);
        if (next == null) {
            return false;
        }
        if (next.equals("to")) {
            String verb = NextWord.after(s, NextWord.skip(s, at) + 2);
            return verb != null && GETTING.contains(verb);
        }
        return OPENERS.contains(next);
    }

    /** Whether the word after a record says what is to be done to it: "my account corrected". */
    private static boolean doneTo(String s, int end) {
        String next = NextWord.after(s, end);
        return next != null && DONE_TO.contains(next);
    }
}
