package org.councilpolicy.content.messages;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /** Subjects that, standing between "my" and a record noun, make the record about them rather than the sender. */
    private static final Set<CueKind> SUBJECTS = EnumSet.of(CueKind.QUANTITY,
            CueKind.MONEY, CueKind.SERVICE);

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
                        && sameSentence(s, lastSelfEnd, m.start()) && !possessiveBetween(s, lastSelfEnd, m.start())) {
                    return i;
                }
                lastRecord = i;
            } else if (SUBJECTS.contains(k)) {
                // "my ward's air quality data", "my street's flood report": the record is about the place.
                lastSelfEnd = -1;
            } else if (k == CueKind.ABOUT_SELF && lastRecord >= 0) {
                LexiconMatch<Cue> r = matches.get(lastRecord);
                if (m.start() - r.end() <= ABOUT_WINDOW && sameSentence(s, r.end(), m.start())) {
                    return lastRecord;
                }
            }
        }
        return -1;
    }

    /** "'s" (or "’s") ending a word between {@code from} and {@code to}: the record belongs to that word. */
    private static boolean possessiveBetween(String s, int from, int to) {
        for (int i = Math.max(0, from); i + 1 < to && i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '\'' || c == '\u2019') && s.charAt(i + 1) == 's') {
                return true;
            }
        }
        return false;
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
