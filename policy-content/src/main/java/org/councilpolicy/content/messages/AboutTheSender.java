package org.councilpolicy.content.messages;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.core.text.DataLines;

/**
 * About whom, by grammar rather than by phrase (issue 14, round 7): after a record noun, words in the same clause that
 * make the record one about the sender, whatever the verb. Three shapes:
 * <ul>
 *   <li>"me" or "myself" as the object of what was recorded: "the assessment the therapist wrote after visiting me",
 *       "the footage of the warden who spoke to me", "the complaints my neighbour made against me", "what the
 *       officers noted when they spoke to me" (a clause of time says when the record was made); not "me" as the one
 *       the record is to be sent to ("the report to me", "let me know", "a copy for me"), nor a clause of its own
 *       ("the noise readings, because it keeps me awake");</li>
 *   <li>a relative clause with "I" as its subject and a verb of the sender's own dealings: "the recordings of the
 *       calls I made", "the letters that I sent"; not "the figures I asked for" or "the meeting I attended";</li>
 *   <li>a preposition and, within {@value #MY_REACH} words of "my", the sender's family or own case: "the case file
 *       for my son's appeal", "the notes on my daughter", "what you shared about my council tax reduction claim", "the file relating to my
 *       son's appeal".</li>
 *   <li>a clause of time with the sender in it ("the records kept when I was in care"), or a visit to the sender's home
 *       ("the notes the officer made after she came to my flat"): the record is of the sender's own life (round 12);</li>
 *   <li>"my" and, within {@value #MY_REACH} words, a passive or an event ("was", "were", "got", "been"): the record
 *       lists what happened to something of the sender's ("the dates my blue badge was used", "every time my card was
 *       swiped"); not when a place stands between ("the report on how my street was flooded"), which is about the
 *       place.</li>
 * </ul>
 * The word classes are in {@value #RESOURCE}. Each look reads at most {@link #REACH} characters after the record noun and stops at the end of the clause, so a
 * message is read in linear time whatever its length.
 */
final class AboutTheSender {

    /** How far after the record noun, in characters, the clause is read. */
    static final int REACH = 64;

    /** The word classes, with their source: {@value #RESOURCE}. */
    static final String RESOURCE = "about-the-sender.tsv";
    /** How many words after "my" the sender's own case may come: "about my council tax reduction claim". */
    static final int MY_REACH = 4;

    /** Words before "me" that make the sender the one to whom something is sent or told, not what was recorded. */
    private static final Set<String> TRANSFER = new HashSet<>();
    /**
     * Words before "to me" that make it what was said, written or done to the sender ("the warden who spoke to me",
     * "the letters sent to me"); otherwise "to me" is where a copy is to go ("send the report to me").
     */
    private static final Set<String> TO_ME = new HashSet<>();
    /** Words that start another clause: "me" or "I" after them is not about the record. */
    private static final Set<String> CLAUSE_BREAKS = new HashSet<>();
    /**
     * Verbs after "I" that make the record one of the sender's own dealings: what they sent, wrote, made, had or
     * received. Not "the meeting I attended" or "the figures I asked for": information about other things.
     */
    private static final Set<String> OWN_ACTS = new HashSet<>();
    /** After "my" behind a preposition: the sender's own case or family, about which records hold their data. */
    private static final Set<String> OWN_CASE = new HashSet<>();
    private static final Set<String> PREPOSITIONS = new HashSet<>();
    /** Relative pronouns that may open the clause: "the letters that I sent". */
    private static final Set<String> RELATIVES = new HashSet<>();
    /** Words before "to" that make it a preposition of aboutness: "relating to my son's appeal". */
    private static final Set<String> ABOUT_TO = new HashSet<>();
    /**
     * Words that open a clause of time inside the record's clause: after them a subject pronoun does not start another
     * clause, since the clause says when the record was made ("what they recorded when they spoke to me").
     */
    private static final Set<String> TIME_LINKS = new HashSet<>();
    /** Words after "my" that make it a place the sender lives in, not a thing of theirs: "my street was flooded". */
    private static final Set<String> PLACES = new HashSet<>();
    /** Words before "for me" that make the sender the one a record is kept for: "on file for me", "what you hold for me". */
    private static final Set<String> HOLDING = new HashSet<>();
    /** Recordings: footage, photos, calls recorded. The people in the event they show are in them. */
    private static final Set<String> RECORDINGS = new HashSet<>();
    /** Words after "i" that put the sender in the event: "where I was knocked over", "when I fell". */
    private static final Set<String> PRESENT = Set.of("was", "were", "am", "got", "fell", "tripped", "stood", "spoke",
            "parked");
    /** Verbs of a visit to the sender's home (round 12): "visited my flat", "came to my house", "called round to my home". */
    private static final Set<String> VISITS = new HashSet<>();
    /** Where the sender lives, as what a visit was made to: "my house", "my flat" (a street is visited by no one). */
    private static final Set<String> HOMES = new HashSet<>();
    /** Words of a passive or an event after "my ...": "my badge was used", "my car got clamped". */
    private static final Set<String> HAPPENED = Set.of("was", "were", "got", "been");

    static {
        Map<String, Set<String>> kinds = Map.ofEntries(
                Map.entry("TRANSFER", TRANSFER), Map.entry("TO_ME", TO_ME), Map.entry("CLAUSE_BREAK", CLAUSE_BREAKS),
                Map.entry("OWN_ACT", OWN_ACTS), Map.entry("OWN_CASE", OWN_CASE), Map.entry("PREPOSITION", PREPOSITIONS),
                Map.entry("RELATIVE", RELATIVES), Map.entry("ABOUT_TO", ABOUT_TO), Map.entry("TIME_LINK", TIME_LINKS),
                Map.entry("PLACE", PLACES), Map.entry("HOLDING", HOLDING), Map.entry("RECORDING", RECORDINGS),
                Map.entry("VISIT", VISITS), Map.entry("HOME", HOMES));
        for (String line : DataLines.read(AboutTheSender.class, RESOURCE)) {
            String[] parts = line.split("\t", -1);
            Set<String> set = parts.length == 2 ? kinds.get(parts[0]) : null;
            if (set == null || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected KIND<tab>word with a known kind, got: " + line);
            }
            set.add(parts[1].strip());
        }
    }

    private AboutTheSender() {
    }

    /**
     * Whether the clause after a record noun makes it a record about the sender.
     *
     * @param s   the normalised text (lower case)
     * @param end where the record noun ends
     */
    static boolean follows(String s, int end) {
        ClauseWords clause = new ClauseWords(s, end);
        String previous = null;
        String beforePrevious = null;
        int words = 0;
        int myAt = 0; // the word number of the last "my" in the clause
        int anyMy = 0; // the word number of the last "my" in the clause not followed by a place
        for (String word = clause.next(); word != null; word = clause.next()) {
            int i = clause.position();
            words++;
            if (word.equals("me") || word.equals("myself")) {
                if ("to".equals(previous)) {
                    return beforePrevious != null && TO_ME.contains(beforePrevious);
                }
                if ("for".equals(previous) && HOLDING.contains(beforePrevious != null ? beforePrevious
                        : wordBefore(s, end))) {
                    return true; // "everything the team has on file for me": kept for the sender, about them
                }
                return previous == null || !TRANSFER.contains(previous);
            }
            boolean firstPerson = word.equals("i") || word.equals("i've") || word.equals("ive");
            String after = word.equals("i") && previous != null && TIME_LINKS.contains(previous) ? nextWord(s, i) : null;
            if (after != null && PRESENT.contains(after)) {
                return true; // "the records social services kept when I was in foster care": the sender's own time
            }
            if (word.equals("my") && previous != null && (VISITS.contains(previous) || (beforePrevious != null
                    && VISITS.contains(beforePrevious) && (previous.equals("to") || previous.equals("at"))))
                    && HOMES.contains(nextWord(s, i))) {
                return true; // "the assessment the therapist wrote after she came to my house": a visit to the sender
            }
            if (firstPerson && (words == 1 || (words == 2 && RELATIVES.contains(previous)))) {
                String verb = nextWord(s, i);
                if (verb != null && word.equals("i") && (verb.equals("have") || verb.equals("had"))) {
                    // "the payments I have made", "the letters I had sent"; "the calls I had" is an act itself
                    String participle = nextWord(s, skipSpaces(s, i) + verb.length());
                    if (participle != null && OWN_ACTS.contains(participle)) {
                        return true;
                    }
                }
                return verb != null && OWN_ACTS.contains(verb);
            }
            if (myAt > 0 && words - myAt <= MY_REACH && OWN_CASE.contains(word)) {
                return true; // "for my son's", "into my complaint", "about my council tax reduction claim"
            }
            if (anyMy > 0 && words - anyMy <= MY_REACH && words - anyMy > 1 && HAPPENED.contains(word)
                    && nextWord(s, i) != null) {
                return true; // "the dates my blue badge was used", "every time my leisure card was swiped"
            }
            if (word.equals("my")) {
                anyMy = words;
            } else if (PLACES.contains(word)) {
                anyMy = 0;
            }
            if (word.equals("my") && previous != null && (PREPOSITIONS.contains(previous)
                    || (previous.equals("to") && beforePrevious != null && ABOUT_TO.contains(beforePrevious)))) {
                myAt = words; // "on my", "about my", "relating to my": what the record is about
            }
            if (CLAUSE_BREAKS.contains(word) && (previous == null || !TIME_LINKS.contains(previous))) {
                return false; // another clause: "the survey, because it keeps me awake" is not about the sender
            }
            beforePrevious = previous;
            previous = word;
        }
        return false;
    }

    /**
     * Whether a recording ({@code phrase}: footage, a photo, a call recording) shows the sender: the clause after it
     * puts them, or a thing of theirs that is not a place, in the event it recorded ("the dashcam footage from the bin
     * lorry that clipped my wing mirror", "the CCTV of the car park where I was knocked over", "the photo the warden
     * took of me"). Images of an incident hold the people and the vehicles in it, so they are the sender's personal
     * data (UK GDPR Art. 4(1)); "the footage of my street" shows a place and "the CCTV I mentioned" the sender only
     * as the one who asked.
     *
     * @param s      the normalised text (lower case)
     * @param end    where the recording noun ends
     * @param phrase the recording noun
     */
    static boolean shows(String s, int end, String phrase) {
        if (!RECORDINGS.contains(phrase)) {
            return false;
        }
        ClauseWords clause = new ClauseWords(s, end);
        String previous = null;
        for (String word = clause.next(); word != null; word = clause.next()) {
            int i = clause.position();
            if (word.equals("me") || word.equals("myself")) {
                return previous == null || !TRANSFER.contains(previous);
            }
            if (word.equals("my")) {
                String next = nextWord(s, i);
                return next != null && !PLACES.contains(next);
            }
            if (word.equals("i")) {
                String next = nextWord(s, i);
                return next != null && PRESENT.contains(next);
            }
            if (CLAUSE_BREAKS.contains(word) && (previous == null || !TIME_LINKS.contains(previous))) {
                return false;
            }
            previous = word;
        }
        return false;
    }

    /**
     * Whether a record noun is a recording (footage, a photo, a call recording), whose images or voices are of the
     * people in the event it recorded.
     *
     * @param phrase the record noun
     */
    static boolean isRecording(String phrase) {
        return RECORDINGS.contains(phrase);
    }

    /**
     * A cheap look before {@link #follows}: whether the clause after {@code end} holds a word "my", "me", "myself" or
     * "i" at all (no allocation; every shape needs one).
     *
     * @param s   the normalised text (lower case)
     * @param end where the record noun ends
     */
    static boolean mayFollow(String s, int end) {
        int limit = Math.min(s.length(), end + REACH);
        for (int i = end; i < limit; i++) {
            char c = s.charAt(i);
            if (isBreak(c)) {
                return false;
            }
            if ((c == 'm' || c == 'i') && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
                int j = i + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                int len = j - i;
                if ((c == 'i' && len == 1) || (c == 'm' && (len == 2 || s.startsWith("myself", i))
                        && (s.charAt(i + 1) == 'y' || s.charAt(i + 1) == 'e'))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words of the clause after a record noun, one at a time, for {@link #follows} and {@link #shows}: at most
     * {@link #REACH} characters, stopping at the end of the clause; a typographic apostrophe is read as "'".
     */
    private static final class ClauseWords {
        private final String s;
        private final int limit;
        private int i;

        ClauseWords(String s, int end) {
            this.s = s;
            this.limit = Math.min(s.length(), end + REACH);
            this.i = end;
        }

        /** The next word, or null at the end of the clause or of the reach. */
        String next() {
            while (i < limit) {
                char c = s.charAt(i);
                if (isBreak(c)) {
                    return null;
                }
                if (!isWordChar(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < s.length() && isWordChar(s.charAt(i))) {
                    i++;
                }
                return s.substring(start, i).replace('\u2019', '\'');
            }
            return null;
        }

        /** Where the last word returned ends. */
        int position() {
            return i;
        }
    }

    /** The word ending at {@code end}: the record noun itself, as in "file" before "for me". */
    private static String wordBefore(String s, int end) {
        int start = end;
        while (start > 0 && isWordChar(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end).replace('\u2019', '\'');
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String nextWord(String s, int from) {
        int i = skipSpaces(s, from);
        int start = i;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i > start ? s.substring(start, i).replace('\u2019', '\'') : null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean isBreak(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\n' || c == ',' || c == ';' || c == ':' || c == '(';
    }
}
