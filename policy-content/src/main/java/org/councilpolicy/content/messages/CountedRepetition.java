package org.councilpolicy.content.messages;

import java.util.HashSet;
import java.util.Set;
import org.councilpolicy.core.text.DataLines;

/**
 * Repetition counted (issue 14, round 9): a number of two or more, or a word for many, before the sender's contacts
 * ("any of my four emails", "after three phone calls", "several letters") or a long time unit ("for five weeks",
 * "three months"), within {@value #GAP} words. It is a
 * {@link CueKind#REPEATED} for {@link ComplaintJudge}, which still wants a failure, contact or dissatisfaction beside
 * it: "I sent three letters" alone is not a complaint. The words are in {@value #RESOURCE}. One pass over the words,
 * so a message is read in linear time.
 */
final class CountedRepetition {

    static final String RESOURCE = "counted-repetition.tsv";
    /** How many words may come between the count and the contact noun: "three separate phone calls". */
    static final int GAP = 2;

    private static final Set<String> COUNTS = new HashSet<>();
    private static final Set<String> CONTACTS = new HashSet<>();
    private static final Set<String> DURATIONS = new HashSet<>();

    static {
        for (String line : DataLines.read(CountedRepetition.class, RESOURCE)) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected KIND<tab>word, got: " + line);
            }
            switch (parts[0]) {
                case "COUNT" -> COUNTS.add(parts[1].strip());
                case "CONTACT" -> CONTACTS.add(parts[1].strip());
                case "DURATION" -> DURATIONS.add(parts[1].strip());
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + parts[0]);
            }
        }
    }

    private CountedRepetition() {
    }

    /**
     * Whether the text counts the sender's contacts or a long time.
     *
     * @param s the normalised text (lower case)
     */
    static boolean found(String s) {
        int sinceCount = -1; // words since the last count word; -1 when none is in reach
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '?' || c == '!' || c == '\n' || c == ';') {
                    sinceCount = -1;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (sinceCount >= 0) {
                String word = s.substring(start, i);
                if (CONTACTS.contains(word) || (sinceCount == 0 && DURATIONS.contains(word))) {
                    return true; // "my four emails", "three separate phone calls"; "five weeks", not "five long weeks"
                }
            }
            if (isCount(s, start, i)) {
                sinceCount = 0;
            } else if (sinceCount >= 0 && ++sinceCount > GAP) {
                sinceCount = -1;
            }
        }
        return false;
    }

    private static boolean isCount(String s, int start, int end) {
        if (end - start <= 2 && Character.isDigit(s.charAt(start))) {
            int value = 0;
            for (int k = start; k < end; k++) {
                if (!Character.isDigit(s.charAt(k))) {
                    return false;
                }
                value = value * 10 + Character.digit(s.charAt(k), 10);
            }
            return value >= 2;
        }
        return COUNTS.contains(s.substring(start, end));
    }
}
