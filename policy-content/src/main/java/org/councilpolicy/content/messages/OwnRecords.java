package org.councilpolicy.content.messages;

import java.util.List;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * About whom (issue 14): finds records about the sender by composition rather than by whole phrases. A
 * {@link CueKind#SELF} "my" shortly before a {@link CueKind#PERSONAL_RECORD} noun ("my council tax account", "my
 * own social work file"), or a record noun shortly before an {@link CueKind#ABOUT_SELF} phrase ("the footage from
 * Tuesday showing me", "emails that mention me"). Linear in the number of matches.
 */
final class OwnRecords {

    /** "my" and the record noun must fall within this many characters, in the same sentence. */
    static final int POSSESSIVE_WINDOW = 32;
    /** A record noun and "of me" / "mentioning me" must fall within this many characters, in the same sentence. */
    static final int ABOUT_WINDOW = 64;

    private OwnRecords() {
    }

    /**
     * The index in {@code matches} of the record noun of the first composition found, or -1.
     *
     * @param s       the normalised text the matches were found in
     * @param matches the lexicon matches, in text order
     */
    static int find(String s, List<LexiconMatch<Cue>> matches) {
        int lastSelfEnd = -1;
        int lastRecord = -1;
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch<Cue> m = matches.get(i);
            CueKind k = m.payload().kind();
            if (k == CueKind.SELF) {
                lastSelfEnd = m.end();
            } else if (k == CueKind.PERSONAL_RECORD) {
                if (lastSelfEnd >= 0 && m.start() - lastSelfEnd <= POSSESSIVE_WINDOW
                        && sameSentence(s, lastSelfEnd, m.start())) {
                    return i;
                }
                lastRecord = i;
            } else if (k == CueKind.ABOUT_SELF && lastRecord >= 0) {
                LexiconMatch<Cue> r = matches.get(lastRecord);
                if (m.start() - r.end() <= ABOUT_WINDOW && sameSentence(s, r.end(), m.start())) {
                    return lastRecord;
                }
            }
        }
        return -1;
    }

    private static boolean sameSentence(String s, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '\n') {
                return false;
            }
        }
        return true;
    }
}
