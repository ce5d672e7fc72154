package org.councilpolicy.content.messages;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * About whom (issue 14): finds records about the sender by composition rather than by whole phrases. A
 * {@link CueKind#SELF} "my" shortly before a {@link CueKind#PERSONAL_RECORD} noun ("my council tax account", "my
 * own social work file"), or a record noun shortly before an {@link CueKind#ABOUT_SELF} phrase ("the footage from
 * Tuesday showing me", "emails that mention me"). A {@link CueKind#RELATIVE} ("my son", "my child's") stands for the
 * sender as a parent does in a subject access request made for a child, and then "about him" or "about her" refers
 * to them. Linear in the number of matches.
 */
final class OwnRecords {

    /** "my" and the record noun must fall within this many characters, in the same sentence. */
    static final int POSSESSIVE_WINDOW = 32;
    /** A record noun and "of me" / "mentioning me" must fall within this many characters, in the same sentence. */
    static final int ABOUT_WINDOW = 64;

    /** Subjects that, standing between "my" and a record noun, make the record about them rather than the sender. */
    private static final Set<CueKind> SUBJECTS = EnumSet.of(CueKind.QUANTITY,
            CueKind.MONEY, CueKind.SERVICE);

    /** Record nouns that ask for a copy of what was named before rather than naming another record. */
    private static final Set<String> COPY = Set.of("a copy", "a copy of", "copies of", "copy", "copies",
            "information", "details");
    private static final Set<String> QUANTIFIERS = Set.of("anything", "everything", "all", "all the");
    /** How far, in characters, the sentence of a record noun is searched for asking wording. */
    static final int SENTENCE_REACH = 240;
    /** Wording that makes a sentence ask for records. */
    private static final Set<CueKind> ASKING = EnumSet.of(CueKind.REQUEST, CueKind.ACCESS, CueKind.FOI_LAW,
            CueKind.EIR_LAW, CueKind.OWN_DATA);

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
        int lastReadEnd = -1; // where the last record noun read by AboutTheSender.follows ended
        boolean relative = false;
        boolean seen = false;
        for (LexiconMatch<Cue> m : matches) {
            relative |= m.payload().kind() == CueKind.RELATIVE; // named before or after: "notes about her. My daughter"
            seen |= m.payload().kind() == CueKind.SEEN; // "I'm on it", "I was the woman in the red coat"
        }
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch<Cue> m = matches.get(i);
            CueKind k = m.payload().kind();
            if (k == CueKind.SELF || k == CueKind.RELATIVE) {
                // "my child's appeal file", "my son ... his notes": a parent asks for their child's records
                lastSelfEnd = m.end();
            } else if (k == CueKind.RECORD && (m.end() == lastReadEnd || !(AboutTheSender.mayFollow(s, m.end())
                    || (seen && AboutTheSender.isRecording(m.phrase()))))) {
                continue; // read already as a personal record or a document, or no "my", "me" or "i" after it
            } else if (k == CueKind.PERSONAL_RECORD || k == CueKind.DOCUMENT || k == CueKind.RECORD) {
                lastReadEnd = m.end();
                if ((AboutTheSender.follows(s, m.end()) || AboutTheSender.shows(s, m.end(), m.phrase())
                        || (seen && AboutTheSender.isRecording(m.phrase()))) && asked(s, matches, i)) {
                    return i; // "the assessment the therapist wrote after visiting me", "the calls I made"
                }
                if (k == CueKind.RECORD) {
                    continue; // "the list of every time my card was swiped": about the sender only by what follows
                }
                if (k == CueKind.DOCUMENT) {
                    lastRecord = i; // "the reports written about my daughter"
                    continue;
                }
                if (lastSelfEnd >= 0 && m.start() - lastSelfEnd <= POSSESSIVE_WINDOW
                        && sameSentence(s, lastSelfEnd, m.start()) && !possessiveBetween(s, lastSelfEnd, m.start())
                        && asked(s, matches, i)) {
                    return i;
                }
                lastRecord = i;
            } else if (SUBJECTS.contains(k)) {
                // "my ward's air quality data", "my street's flood report": the record is about the place.
                lastSelfEnd = -1;
            } else if (k == CueKind.ABOUT_SELF && lastRecord >= 0 && (relative || !thirdPerson(m.phrase()))) {
                // "notes made about him" is about the sender's child only when the message names one
                LexiconMatch<Cue> r = matches.get(lastRecord);
                if (m.start() - r.end() <= ABOUT_WINDOW && sameSentence(s, r.end(), m.start())
                        && asked(s, matches, lastRecord)) {
                    return lastRecord;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the own-data cue at {@code i} names the regime ("subject access") as what is counted: "the number of
     * subject access requests received", "how many SARs were late" ask for statistics (FOI), not the sender's data.
     *
     * @param matches the lexicon matches, in text order
     * @param i       the index of an {@link CueKind#OWN_DATA} match
     */
    static boolean regimeCounted(List<LexiconMatch<Cue>> matches, int i) {
        LexiconMatch<Cue> m = matches.get(i);
        if (!isRegime(m.phrase())) {
            return false;
        }
        for (int j = i - 1; j >= 0 && m.start() - matches.get(j).end() <= 1; j--) {
            if (matches.get(j).payload().kind() == CueKind.QUANTITY && matches.get(j).end() <= m.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The regime named only as a procedure (issue 14, round 12): a question how to make a subject access request, where
     * to send one or for its form ("How do I make a subject access request?", "Do you have a form for subject access
     * requests?") asks about the service, not for the sender's data, when nothing else in the message names a record
     * about them. Then the regime's own-data weight becomes a service question's.
     *
     * @param s       the normalised text
     * @param matches the lexicon matches, in text order
     * @param sum     cue weights by kind, changed in place
     * @param reasons the reasons, added to
     */
    static void procedureOnly(String s, List<LexiconMatch<Cue>> matches, double[] sum, List<String> reasons) {
        if (sum[CueKind.OWN_DATA.ordinal()] <= 0) {
            return; // no regime named: most messages, read no further
        }
        double regime = 0;
        boolean procedure = false;
        for (LexiconMatch<Cue> m : matches) {
            CueKind k = m.payload().kind();
            if (k == CueKind.ABOUT_SELF || k == CueKind.PERSONAL_RECORD || k == CueKind.RELATIVE
                    || (k == CueKind.OWN_DATA && !isRegime(m.phrase()))) {
                return; // "a subject access request for my care records": the data is named
            }
            if (k == CueKind.OWN_DATA) {
                regime += m.payload().weight();
                procedure |= formNear(s, m.start(), m.end());
            }
            procedure |= k == CueKind.SERVICE;
        }
        if (regime > 0 && procedure) {
            sum[CueKind.OWN_DATA.ordinal()] -= regime;
            sum[CueKind.SERVICE.ordinal()] += 1.5;
            reasons.add("feature: asks how to make a subject access request");
        }
    }

    /** The regime or its law named: "subject access", "sar request", "gdpr", "data protection". */
    private static boolean isRegime(String phrase) {
        return phrase.startsWith("subject access") || phrase.startsWith("sar") || phrase.contains("gdpr")
                || phrase.equals("data protection");
    }

    /** "form" within a few characters of the regime's name: "a subject access form", "a form for subject access". */
    private static boolean formNear(String s, int start, int end) {
        int from = Math.max(0, start - 10);
        int to = Math.min(s.length(), end + 14);
        int at = s.indexOf("form", from);
        return at >= 0 && at < to && (at + 4 >= s.length() || !Character.isLetter(s.charAt(at + 4)));
    }

    private static boolean thirdPerson(String phrase) {
        return phrase.endsWith(" him") || phrase.endsWith(" her");
    }

    /**
     * Whether the record noun at match {@code i} is what is asked for: its sentence is a question or holds request,
     * access, law or own-data wording; or the next sentence asks so without naming a record of its own ("My care
     * file from the 1990s. Can I see it?"). "Nobody came out despite my calls. Please send me the drainage survey"
     * mentions the sender's calls but asks for the survey.
     */
    private static boolean asked(String s, List<LexiconMatch<Cue>> matches, int i) {
        LexiconMatch<Cue> m = matches.get(i);
        int end = sentenceEnd(s, m.end());
        if (asks(s, matches, i, sentenceStart(s, m.start()), end, false)) {
            return true;
        }
        if (end >= s.length()) {
            return false;
        }
        int next = i + 1;
        while (next < matches.size() && matches.get(next).start() <= end) {
            next++;
        }
        return asks(s, matches, next, end + 1, sentenceEnd(s, end + 1), true);
    }

    /**
     * Whether the sentence [start, end) asks: it ends in a question mark or holds asking wording; {@code from} is the
     * index of a match in or after it. With {@code bare}, a sentence naming another kind of record (a survey, a
     * report, figures) does not count; one asking for notes, a file or copies refers back.
     */
    private static boolean asks(String s, List<LexiconMatch<Cue>> matches, int from, int start, int end,
                                boolean bare) {
        boolean asking = end < s.length() && s.charAt(end) == '?';
        int recordEnd = from < matches.size() ? matches.get(from).end() : s.length();
        int j = Math.min(from, matches.size() - 1);
        while (j > 0 && matches.get(j - 1).end() > start) {
            j--;
        }
        for (; j < matches.size() && matches.get(j).start() < end; j++) {
            LexiconMatch<Cue> m = matches.get(j);
            if (m.end() <= start) {
                continue;
            }
            CueKind k = m.payload().kind();
            if (bare && k == CueKind.RECORD && !COPY.contains(m.phrase()) && !personal(matches, j)) {
                return false; // another kind of record asked for: a survey, a report, figures
            }
            // In the sentence after the record, "anything", "everything" or "all" alone do not ask ("It has been four
            // months and no one will tell me anything"); nor does a bare "all" after the record noun in its own
            // sentence, which quantifies something else ("refused my application though my neighbours all have one").
            boolean quantifier = k == CueKind.ACCESS && QUANTIFIERS.contains(m.phrase());
            boolean trailingAll = !bare && quantifier && m.phrase().equals("all") && m.start() >= recordEnd;
            asking |= ASKING.contains(k) && !(bare && quantifier) && !trailingAll;
        }
        // "... and would like my educational record": the sender's own verb of wanting, before the record.
        return asking || (!bare && Wanting.frameBefore(s, start, Math.min(recordEnd, end)));
    }

    /** Whether the same words also match as a record that can be about a person (notes, file, emails). */
    private static boolean personal(List<LexiconMatch<Cue>> matches, int j) {
        LexiconMatch<Cue> m = matches.get(j);
        for (int k = j - 1; k >= 0 && matches.get(k).start() == m.start(); k--) {
            if (matches.get(k).payload().kind() == CueKind.PERSONAL_RECORD && matches.get(k).end() == m.end()) {
                return true;
            }
        }
        for (int k = j + 1; k < matches.size() && matches.get(k).start() == m.start(); k++) {
            if (matches.get(k).payload().kind() == CueKind.PERSONAL_RECORD && matches.get(k).end() == m.end()) {
                return true;
            }
        }
        return false;
    }

    // Sentences are searched at most SENTENCE_REACH characters each way, so that many record nouns in one endless
    // sentence stay linear.
    private static int sentenceStart(String s, int from) {
        int start = from;
        while (start > 0 && from - start < SENTENCE_REACH && !isStop(s.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int sentenceEnd(String s, int from) {
        int end = from;
        int limit = Math.min(s.length(), from + SENTENCE_REACH);
        while (end < limit && !isStop(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\n';
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
            if (isStop(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
