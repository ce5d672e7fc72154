package org.councilpolicy.content.personaldata;

import java.util.Locale;
import java.util.Set;

/**
 * "Please ring Environmental Health on 01392 …", "contact the dog warden on …": in the council's own text, a
 * number the public is told to dial, through a service or team named in between, is that organisation's line.
 * Not when a person stands in between ("ring Jane on …", "call Mrs Shaw on …", "phone her on …"). Reads a few
 * words back from the number only.
 */
final class DialFrame {

    private static final Set<String> VERBS = Set.of("call", "ring", "phone", "contact", "dial", "telephone", "report",
            "speak", "talk",
            "text", "try");
    /** "give the depot a ring on …", "give Streetscene a call on …". */
    private static final Set<String> CALL_NOUNS = Set.of("call", "ring", "bell", "buzz");
    private static final Set<String> LINKS = Set.of("on", "at", "via", "ar"); // Welsh "ar": "Ffoniwch y ganolfan ar …"
    /** Words that put a person, not a service, between the verb and the number. */
    private static final Set<String> PERSONS = Set.of("me", "him", "her", "them", "us", "my", "his", "their",
            "mum", "dad", "neighbour", "resident", "owner", "family", "son", "daughter", "husband", "wife",
            "partner", "friend");
    private static final int MAX_WORDS = 6;

    private DialFrame() {
    }

    private static final Set<String> DIAL_VERBS = Set.of("call", "ring", "phone", "dial", "tel", "telephone", "t",
            "text", "ffoniwch", "ffôn", "fon", "contact");
    private static final Set<String> IMPERATIVE_BEFORE = Set.of("please", "or", "and", "can", "could", "you",
            "to", "then", "just", "simply", "also", "now", "today", "instead");

    /**
     * The verb or label right before a number that tells the reader to dial it ("call 01392 …", "Tel: 01392 …"),
     * or {@code null}: an imperative at the start of a clause, not "ring Jo on …" (the name is the object).
     */
    static String dialVerbBefore(String text, int start) {
        int e = start;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ':' || text.charAt(e - 1) == '.')) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, e).toLowerCase(Locale.ROOT);
        if (!DIAL_VERBS.contains(w)) {
            return null;
        }
        int pe = b;
        while (pe > 0 && text.charAt(pe - 1) == ' ') {
            pe--;
        }
        int pb = pe;
        while (pb > 0 && Character.isLetter(text.charAt(pb - 1))) {
            pb--;
        }
        // Imperative: first in its clause, or after "please", "or", "you can"…, or after an opening phrase ("For
        // anything urgent call …", "If it's not collected by Thursday ring …"); not "can someone ring …", "we'll
        // ring …" or "Jo rang …" (a subject before the verb: the number is the one called, not the one to dial).
        String prev = text.substring(pb, pe).toLowerCase(Locale.ROOT);
        if (pb == pe || IMPERATIVE_BEFORE.contains(prev)) {
            return w;
        }
        int flags = PeopleTerms.get().flags(PeopleTerms.key(prev));
        boolean person = Character.isUpperCase(text.charAt(pb)) && (flags & (PeopleTerms.FIRST | PeopleTerms.TITLE)) != 0
                && (flags & PeopleTerms.COMMON) == 0;
        return SUBJECTS.contains(prev) || PERSONS.contains(prev) || person ? null : w;
    }

    /** Words before a dial verb that make it no imperative: a subject, a modal or a negation. */
    private static final Set<String> SUBJECTS = Set.of("i", "ll", "d", "we", "he", "she", "they", "who", "someone",
            "somebody", "anyone", "anybody", "nobody", "will", "would", "can", "could", "should", "shall", "may",
            "might", "must", "did", "didn", "don", "doesn", "won", "not", "never", "tried", "cannot", "people",
            "officer", "team", "crew", "council", "staff", "which", "that");

    private static boolean gaelicArticle(String s, int start, int end) {
        return end - start == 3 && s.regionMatches(start, "nan ", 0, 4) && end + 1 < s.length()
                && Character.isUpperCase(s.charAt(end + 1)) && start > 1 && Character.isLetter(s.charAt(start - 2));
    }

    /** The dial verb of "verb … on NUMBER" with no person in between, or {@code null}. */
    static String verbBefore(String text, int start) {
        return verbBefore(text, start, false);
    }

    /**
     * Like {@link #verbBefore(String, int)}; with {@code named}, only when a capitalised word between names the
     * service ("ring the Tip on …"), as a resident's comment must to point at an organisation.
     */
    static String verbBefore(String text, int start, boolean named) {
        int e = skipSpaces(text, start);
        int b = wordStart(text, e);
        if (b == e || !LINKS.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
            return null;
        }
        PeopleTerms terms = PeopleTerms.get();
        boolean sawCapital = false;
        boolean giving = false;
        for (int n = 0; n < MAX_WORDS; n++) {
            e = b;
            while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '’'
                    || text.charAt(e - 1) == '-' || text.charAt(e - 1) == '&')) {
                e--;
            }
            b = wordStart(text, e);
            if (b == e) {
                return null; // punctuation: the clause started before any dial verb
            }
            String w = text.substring(b, e).toLowerCase(Locale.ROOT);
            if (n == 0 && CALL_NOUNS.contains(w) && b > 2 && text.startsWith("a ", b - 2)) {
                giving = true; // "give Streetscene a ring on …": read on back to "give"
                b -= 2;
                continue;
            }
            if (giving ? w.equals("give") : VERBS.contains(w)) {
                // "call on 01392 …" names no one: left to the other evidence
                return n == 0 || n == 1 && giving || named && !sawCapital ? null : w;
            }
            int flags = terms.flags(PeopleTerms.key(w));
            boolean capitalised = Character.isUpperCase(text.charAt(b));
            sawCapital |= capitalised;
            if (PERSONS.contains(w) || (flags & PeopleTerms.TITLE) != 0
                    || capitalised && (flags & PeopleTerms.FIRST) != 0 && (flags & PeopleTerms.COMMON) == 0) {
                return null;
            }
        }
        return null;
    }

    /** Lower-case words allowed inside a service's name: "Citizens Advice of Torbay", "Parks and Open Spaces". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "the");
    /** Words before "for" that make what follows a line's name: "the number for Adult Social Care, …". */
    private static final Set<String> LINE_WORDS = Set.of("number", "line", "contact", "helpline", "phone");
    private static final int MAX_LABEL_WORDS = 5;

    /**
     * The label of "Streetscene: 01392 …", "the number for Adult Social Care, 01392 …": in the council's own text,
     * a number right after a colon or comma that follows a service's name (capitalised words, no title or first
     * name), which opens its clause or follows "the number for". Returns the label, or {@code null}.
     */
    static String labelBefore(String text, int start) {
        int e = skipSpaces(text, start);
        int labelEnd;
        if (e > 0 && (text.charAt(e - 1) == ':' || text.charAt(e - 1) == ',')) {
            labelEnd = skipSpaces(text, e - 1);
        } else {
            // "the number for Adult Social Care is 01904 …", "Streetscene is on 01392 …"
            int b = wordStart(text, e);
            String w = text.substring(b, e);
            if (w.equals("on")) {
                e = skipSpaces(text, b);
                b = wordStart(text, e);
                w = text.substring(b, e);
            }
            if (!w.equals("is") && !w.equals("are")) {
                return null;
            }
            labelEnd = skipSpaces(text, b);
        }
        PeopleTerms terms = PeopleTerms.get();
        int b = labelEnd;
        int capitalised = 0;
        for (int n = 0; n < MAX_LABEL_WORDS; n++) {
            int we = b;
            while (we > 0 && (text.charAt(we - 1) == ' ' || text.charAt(we - 1) == '&' || text.charAt(we - 1) == '-')) {
                we--;
            }
            int wb = wordStart(text, we);
            if (wb == we) {
                // punctuation or the start of the text: the label opens its clause
                return capitalised > 0 ? text.substring(b, labelEnd) : null;
            }
            String w = text.substring(wb, we).toLowerCase(Locale.ROOT);
            int flags = terms.flags(PeopleTerms.key(w));
            if (!Character.isUpperCase(text.charAt(wb))) {
                if (w.equals("for") && capitalised > 0) {
                    int pe = skipSpaces(text, wb);
                    int pb = wordStart(text, pe);
                    return LINE_WORDS.contains(text.substring(pb, pe).toLowerCase(Locale.ROOT))
                            ? text.substring(b, labelEnd) : null;
                }
                if (!NAME_JOINERS.contains(w)) {
                    return null;
                }
            } else if ((flags & PeopleTerms.TITLE) != 0 || (flags & PeopleTerms.FIRST) != 0
                    && (flags & PeopleTerms.COMMON) == 0 || PERSONS.contains(w)) {
                return null; // "Mrs Cole: …", "Jane Smith, …": a person, not a service
            } else {
                capitalised++;
            }
            b = wb;
        }
        return null;
    }

    /**
     * What the council asks before its own line: "Questions? 01392 …", "Any problems, 01752 …", "Need help?
     * 01392 …". Lower-case joined words, read back from the number over spaces, a colon, comma or question mark.
     */
    private static final Set<String> INVITES = Set.of("questions", "any questions", "queries", "any queries",
            "any issues", "any problems", "problems", "need help", "need advice", "need to talk",
            "need to speak to someone", "enquiries", "more info", "more information", "further information",
            "further details", "more details", "still stuck", "still having problems", "not sure",
            "from outside the uk", "outside the uk", "from abroad", "calling from abroad", "international");
    private static final int MAX_INVITE_WORDS = 5;

    /**
     * The invitation right before a number that opens its clause ("Questions? 01392 265147."), or {@code null}:
     * in the council's own text such a number is its line.
     */
    static String inviteBefore(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == 0 || ":,?".indexOf(text.charAt(e - 1)) < 0) {
            return null;
        }
        int end = skipSpaces(text, e - 1);
        int b = end;
        for (int n = 0; n < MAX_INVITE_WORDS; n++) {
            int wb = wordStart(text, b);
            if (wb == b) {
                return null;
            }
            String phrase = text.substring(wb, end).toLowerCase(Locale.ROOT);
            int before = skipSpaces(text, wb);
            boolean opens = before == 0 || !Character.isLetter(text.charAt(before - 1));
            if (opens) {
                return INVITES.contains(phrase) ? phrase : null;
            }
            b = before;
        }
        return null;
    }

    private static int skipSpaces(String text, int end) {
        int e = end;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    private static int wordStart(String text, int end) {
        int b = end;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }
}
