package org.councilpolicy.content.messages;

import java.util.Set;

/**
 * A promise told (issue 14, round 11): a verb of saying or promising followed, in its sentence, by the future in the
 * past: "Your repairs team said in March they'd fix the leak 'within 28 days'", "we were promised it would be done by
 * June", "they told me it was going to be sorted". With the time since told ({@link CueKind#REPEATED}: "It's now
 * September"), the promise is a service not done, a failure for {@link ComplaintJudge}; a promise alone ("the officer
 * said they'd call on Monday") is not. Linear: each saying word looks a few words on.
 */
final class BrokenPromise {

    /** Verbs of saying or promising. */
    private static final Set<String> SAYING = Set.of("said", "told", "promised", "assured", "confirmed", "agreed",
            "guaranteed", "informed", "advised");
    /** The future in the past, or a deadline given: "would", "they'd", "was going to", "within". */
    private static final Set<String> FUTURE = Set.of("would", "wd", "going", "within");
    /** How many words after the saying word the future may come. */
    static final int REACH = 7;

    private BrokenPromise() {
    }

    /**
     * Whether the text tells a promise.
     *
     * @param s the normalised text (lower case)
     */
    static boolean found(String s) {
        int n = s.length();
        int i = 0;
        int sayingAt = -1; // the word count at the last saying word in this sentence
        int words = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!word(c)) {
                if (".?!\n".indexOf(c) >= 0) {
                    sayingAt = -1;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && word(s.charAt(i))) {
                i++;
            }
            words++;
            if (sayingAt >= 0 && words - sayingAt <= REACH && future(s, start, i)) {
                return true;
            }
            if (isOneOf(s, start, i, SAYING)) {
                sayingAt = words;
            }
        }
        return false;
    }

    private static boolean future(String s, int start, int end) {
        if (end - start > 2 && (s.startsWith("'d", end - 2) || s.startsWith("\u2019d", end - 2)) && !s.startsWith("i", start)) {
            return true; // "they'd", "it'd", "you'd": not "I'd" (the sender's own wish)
        }
        return isOneOf(s, start, end, FUTURE);
    }

    private static boolean isOneOf(String s, int start, int end, Set<String> set) {
        return end - start <= 10 && set.contains(s.substring(start, end));
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }
}
