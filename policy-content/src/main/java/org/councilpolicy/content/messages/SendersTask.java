package org.councilpolicy.content.messages;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * Help with the sender's own errand, not recorded information (issue 14, round 10): the information asked for is what
 * the sender must, can or may do. After a record noun or a figure, in the same clause, "I" (or "we") is the subject of
 * a modal: "which forms I need to fill in", "what documents I have to bring", "how many visitor permits I can buy",
 * "the fee we would have to pay". The council answers such a question as ordinary business; no record is asked for.
 * Not "the figures I need to see" or "the report I'd like to read": there the sender wants the record itself.
 */
final class SendersTask {

    /** How many words after the information word "I" may come: "which forms I need", "the papers that we must". */
    static final int REACH = 4;
    private static final Set<CueKind> INFORMATION = EnumSet.of(CueKind.RECORD, CueKind.DOCUMENT, CueKind.QUANTITY,
            CueKind.PERSONAL_RECORD, CueKind.POSITION,
            CueKind.MONEY);
    private static final Set<String> MODALS = Set.of("need", "needs", "can", "could", "have", "has", "must",
            "should", "may", "might", "would", "will", "'d", "'ll", "ought", "am", "are", "'re", "'m");
    /** Modals that are forms of "be": only with one of {@link #PERMITTED} after them ("we're allowed to"). */
    private static final Set<String> BE = Set.of("am", "are", "'re", "'m");
    private static final Set<String> PERMITTED = Set.of("allowed", "supposed", "expected", "able", "meant", "entitled",
            "permitted");
    /** Verbs after the modal that want the record itself: "the figures I need to see". */
    private static final Set<String> WANT_THE_RECORD = Set.of("know", "see", "read", "understand", "find", "learn",
            "check", "confirm", "ask", "request", "view", "look", "get", "obtain", "have", "receive", "access", "like",
            "love", "want", "appreciate", "use");
    /** Words that open another clause: "the survey, so we can all see", "the results if I may". */
    private static final String[] CLAUSE_WORDS = {"so", "because", "and", "but", "if", "as", "since", "when", "or",
        "then", "than"};
    private static final Set<String> FILLERS = Set.of("to", "be", "able", "allowed", "supposed", "expected", "going",
            "actually", "still", "also", "really", "all", "both", "just");
    private static final String BREAKS = ".?!,;:\n(";

    private SendersTask() {
    }

    /**
     * Whether an information word in the text is what the sender must, can or may do.
     *
     * @param s       the normalised text
     * @param matches the cue matches, in text order
     */
    static boolean found(String s, List<LexiconMatch<Cue>> matches) {
        int checked = -1; // the end last read after, so that one span matched as several kinds is read once
        for (LexiconMatch<Cue> m : matches) {
            if (m.end() != checked && INFORMATION.contains(m.payload().kind())) {
                checked = m.end();
                if (task(s, m.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean task(String s, int from) {
        int i = from;
        int words = 0;
        int n = s.length();
        while (i < n && words <= REACH) {
            char c = s.charAt(i);
            if (BREAKS.indexOf(c) >= 0) {
                return false;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int end = word(s, i);
            words++;
            if (isClauseWord(s, i, end)) {
                return false;
            }
            // Only a word "i", "we" or one of their contractions is read further: no allocation for the others.
            boolean subjectI = s.charAt(i) == 'i' && (end == i + 1 || s.charAt(i + 1) == '\'');
            boolean subjectWe = s.startsWith("we", i) && (end == i + 2 || s.charAt(i + 2) == '\'');
            if (subjectI || subjectWe) {
                int apostrophe = subjectI ? i + 1 : i + 2;
                boolean bare = apostrophe == end;
                String modal = bare ? next(s, end) : s.substring(apostrophe, end);
                int k = bare ? skip(s, end) + (modal == null ? 0 : modal.length()) : end;
                return modal != null && MODALS.contains(modal) && (!BE.contains(modal) || PERMITTED.contains(next(s, k)))
                        && !wantsTheRecord(s, k);
            }
            i = end;
        }
        return false;
    }

    private static boolean isClauseWord(String s, int start, int end) {
        for (String w : CLAUSE_WORDS) {
            if (w.length() == end - start && s.startsWith(w, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether, after the modal and any fillers, the verb wants the record itself. */
    private static boolean wantsTheRecord(String s, int from) {
        int k = from;
        for (int guard = 0; guard < 5; guard++) {
            String w = next(s, k);
            if (w == null) {
                return false;
            }
            k = skip(s, k) + w.length();
            if (!FILLERS.contains(w)) {
                return WANT_THE_RECORD.contains(w);
            }
        }
        return false;
    }

    private static int word(String s, int i) {
        int end = i;
        while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) {
            end++;
        }
        return end;
    }

    private static int skip(String s, int i) {
        int k = i;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static String next(String s, int from) {
        int k = skip(s, from);
        int end = word(s, k);
        return end > k ? s.substring(k, end) : null;
    }
}
