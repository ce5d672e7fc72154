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
            "text");
    private static final Set<String> LINKS = Set.of("on", "at", "via");
    /** Words that put a person, not a service, between the verb and the number. */
    private static final Set<String> PERSONS = Set.of("me", "him", "her", "them", "us", "my", "his", "their",
            "mum", "dad", "neighbour", "resident", "owner", "family", "son", "daughter", "husband", "wife",
            "partner", "friend");
    private static final int MAX_WORDS = 6;

    private DialFrame() {
    }

    /** The dial verb of "verb … on NUMBER" with no person in between, or {@code null}. */
    static String verbBefore(String text, int start) {
        int e = skipSpaces(text, start);
        int b = wordStart(text, e);
        if (b == e || !LINKS.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
            return null;
        }
        PeopleTerms terms = PeopleTerms.get();
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
            if (VERBS.contains(w)) {
                return n == 0 ? null : w; // "call on 01392 …" names no one: left to the other evidence
            }
            int flags = terms.flags(PeopleTerms.key(w));
            boolean capitalised = Character.isUpperCase(text.charAt(b));
            if (PERSONS.contains(w) || (flags & PeopleTerms.TITLE) != 0
                    || capitalised && (flags & PeopleTerms.FIRST) != 0 && (flags & PeopleTerms.COMMON) == 0) {
                return null;
            }
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
