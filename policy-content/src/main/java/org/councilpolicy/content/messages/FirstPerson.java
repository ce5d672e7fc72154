package org.councilpolicy.content.messages;

import java.util.List;

import java.util.Set;

/**
 * The sender as the subject (issue 14). Who complains (IN-6): the sender saying, in the first person and the present, that they complain ("I
 * hereby complain about ...", "we are writing to complain", "I must complain"), whatever the words between the
 * subject and the verb. Others complaining ("residents complain", "people have complained") and a denial ("I'm not
 * complaining, but ...") are not the sender's complaint, nor is a question about how to complain ("how do I
 * complain?"); a past "I complained" is contact, counted elsewhere. And who failed: "I've lost the lot", "I missed
 * the deadline" tell the sender's own mishap, not a failure of the council's service. Linear in the text's length.
 */
final class FirstPerson {

    /** At most this many words may stand between the subject and "complain" ("I am writing to you to complain"). */
    static final int GAP = 5;
    private static final Set<String> SUBJECTS = Set.of("i", "we", "i'm", "we're", "i've", "we've", "im");
    private static final Set<String> VERBS = Set.of("complain", "complaining");
    /** Words that, between the subject and the verb, deny it or make it someone else's or hypothetical. */
    private static final Set<String> BLOCKERS = Set.of("not", "never", "don't", "dont", "didn't", "won't", "wouldn't",
            "hate", "shouldn't", "can't", "cannot", "if", "when", "whenever", "they", "people", "neighbours", "he",
            "she", "told", "said", "heard", "know", "can", "could", "may", "might", "should");
    /** What losing costs the sender, as harm the service did: money, income, time. */
    private static final Set<String> LOSSES = Set.of("money", "income", "earnings", "wages", "pay", "trade",
            "business", "custom", "customers", "day", "days", "week", "weeks", "work", "job", "sleep", "deposit",
            "savings", "benefit", "benefits", "home", "tenancy");
    /** Verbs of the sender's own mishaps: losing, missing, forgetting, breaking, deleting. */
    private static final Set<String> MISHAPS = Set.of("lost", "missed", "forgot", "forgotten", "broke", "deleted",
            "dropped", "misplaced");
    /**
     * Words that, just before the subject, make it a question or a condition about complaining ("how do I
     * complain?", "before I can complain").
     */
    private static final Set<String> ASKING = Set.of("do", "can", "could", "should", "shall", "may", "where", "how",
            "who", "if", "whether", "would", "before", "until", "unless", "once");

    private FirstPerson() {
    }

    /**
     * Whether the sender says they complain.
     *
     * @param s the normalised, lower-case text
     */
    static boolean complains(String s) {
        if (!s.contains("complain")) {
            return false; // most messages never say it: no walk over their words
        }
        int sinceSubject = -1; // words read since the last subject, -1 when none is open
        String previous = "";
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !wordChar(s.charAt(i))) {
                if (isStop(s.charAt(i))) {
                    sinceSubject = -1; // a new sentence or clause
                }
                i++;
            }
            int start = i;
            while (i < n && wordChar(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String w = s.substring(start, i);
            if (SUBJECTS.contains(w)) {
                sinceSubject = ASKING.contains(previous) ? -1 : 0;
            } else if (sinceSubject >= 0) {
                if (VERBS.contains(w)) {
                    return true;
                }
                sinceSubject = BLOCKERS.contains(w) || ++sinceSubject > GAP ? -1 : sinceSubject;
            }
            previous = w;
        }
        return false;
    }

    /**
     * Whether a failure cue is a mishap the sender tells of themselves: a verb of losing or missing ("lost", "missed",
     * "forgot") with the sender as its subject just before it ("I've lost the lot", "we missed the letter"). What
     * the sender had or got ("I have had no response") stays the service's failure.
     *
     * @param s      the normalised, lower-case text
     * @param at     where the cue starts
     * @param phrase the cue's phrase
     */
    static boolean ownMishap(String s, int at, String phrase) {
        int space = phrase.indexOf(' ');
        if (!MISHAPS.contains(space < 0 ? phrase : phrase.substring(0, space)) || lossFollows(s, at + phrase.length())) {
            return false;
        }
        int end = at;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && wordChar(s.charAt(start - 1))) {
            start--;
        }
        String w = s.substring(start, end);
        return SUBJECTS.contains(w) || w.equals("i'd") || w.equals("we'd");
    }

    /** Words that make the failure after them a guess: "not sure if it's been missed", "it may have been missed". */
    private static final List<String> HEDGES = List.of("not sure if", "not sure whether", "unsure if", "unsure whether",
            "might have", "may have", "maybe", "perhaps", "in case", "wonder if", "wondering if", "no idea if",
            "if nobody", "if no one", "if noone",
            // "what I was told" as what the sender wants to see or hear: the content asked for, not a broken word
            "what i was told", "what we were told", "what i'd been told", "what i had been told",
            // "I was told I was 'aggressive'": what was said of the sender, not a promise broken
            "i was told i was", "i was told that i was");
    /** Words just before a conduct word that make the sender the one it is said of: "I was 'aggressive'". */
    private static final List<String> OF_THE_SENDER = List.of("i was ", "i was '", "i am ", "i'm ", "im ",
            "called me ", "called me '", "described me as ", "described me as '", "labelled me ", "labelled me as ",
            "said i was ", "said i was '", "that i was ", "that i was '");

    /**
     * Whether a conduct word at {@code at} is said of the sender, not of staff: "I was told I was 'aggressive'", "they
     * called me abusive". The record of it may be asked for; it is not staff's conduct.
     *
     * @param s  the normalised text
     * @param at where the conduct word starts
     */
    static boolean saidOfTheSender(String s, int at) {
        for (String before : OF_THE_SENDER) {
            int from = at - before.length();
            if (from >= 0 && s.startsWith(before, from) && (from == 0 || !wordChar(s.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** How far back in its clause a hedge is looked for: a few words, and linear on hostile text. */
    private static final int HEDGE_LOOK_BACK = 40;

    /**
     * Whether a failure cue is hedged: the sender is not sure it happened ("not sure if it's been missed", "it may have
     * been missed", "if nobody replies"). A guess or a condition is not dissatisfaction with a failure (issue 14,
     * round 10): a service question, not a complaint.
     *
     * @param s  the normalised, lower-case text
     * @param at where the cue starts
     */
    static boolean hedged(String s, int at) {
        int from = at;
        while (from > 0 && at - from < HEDGE_LOOK_BACK && !isStop(s.charAt(from - 1))) {
            from--;
        }
        for (int i = from; i < at; i++) {
            if (i > 0 && wordChar(s.charAt(i - 1))) {
                continue;
            }
            for (String h : HEDGES) {
                if (s.startsWith(h, i)) { // before the cue, or overlapping it ("if nobody" before "nobody replies")
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a "want" cue asks for something back rather than for information: "I want the £96 back", "we want our
     * money back". The word "back" closes the object within a few words, in the same clause.
     *
     * @param s   the normalised, lower-case text
     * @param end where the "want" cue ends
     */
    static boolean wantsBack(String s, int end) {
        return wordAhead(s, end, w -> w.equals("back"));
    }

    /** Whether a loss of money or time follows within a few words ("lost a day's trade"): harm, not a mishap. */
    private static boolean lossFollows(String s, int from) {
        return wordAhead(s, from, w -> LOSSES.contains(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w));
    }

    /** Whether one of the next four words after {@code from}, in the same clause, passes the test. */
    private static boolean wordAhead(String s, int from, java.util.function.Predicate<String> test) {
        int i = from;
        for (int words = 0; words < 4 && i < s.length(); words++) {
            while (i < s.length() && !wordChar(s.charAt(i))) {
                if (isStop(s.charAt(i))) {
                    return false;
                }
                i++;
            }
            int start = i;
            while (i < s.length() && wordChar(s.charAt(i))) {
                i++;
            }
            if (test.test(s.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\n' || c == ',' || c == ';';
    }
}
