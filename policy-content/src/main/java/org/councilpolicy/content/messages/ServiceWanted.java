package org.councilpolicy.content.messages;

import java.util.HashSet;
import java.util.Set;
import org.councilpolicy.core.text.DataLines;

/**
 * The sender asks to use a service (issue 14, round 11): "I" or "we" with a modal of asking or wanting before a verb of
 * using a service ({@value #RESOURCE}): "Could I book a bulky waste collection for an old sofa please? What's the
 * cost?", "I'd like to register my daughter for a school place. What's the deadline?", "how do I report a pothole".
 * Such a message is a service enquiry: what it asks beside is about the service, not recorded information. Read at
 * the few places a word "i" or "we" stands, so linear and cheap.
 */
final class ServiceWanted {

    static final String RESOURCE = "service-use.tsv";
    private static final Set<String> USE = new HashSet<>(DataLines.read(ServiceWanted.class, RESOURCE));
    /** Words before "I" or "we" that ask: "can I", "could we", "how do I". */
    private static final Set<String> MODALS = Set.of("can", "could", "may", "do");
    /** Words between "I" and "to" that want: "I'd like to", "we want to", "I need to". */
    private static final Set<String> WANTS = Set.of("like", "want", "need", "wish", "wanted", "looking");
    /** Words that may stand between the modal's subject and the verb: "could I also book", "can we just pay". */
    private static final Set<String> FILLERS = Set.of("also", "just", "please", "still");

    private ServiceWanted() {
    }

    /**
     * Whether the text asks to use a service.
     *
     * @param s the normalised text (lower case)
     */
    static boolean found(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c != 'i' && c != 'w') || (i > 0 && word(s.charAt(i - 1)))) {
                continue;
            }
            int end = wordEnd(s, i);
            int len = end - i;
            // Only "i", "we", "i'd", "id" and "we'd" can be the subject: told by length first, so most words cost nothing.
            if (len > 4 || (c == 'w' && (len < 2 || s.charAt(i + 1) != 'e'))) {
                i = end;
                continue;
            }
            String subject = s.substring(i, end);
            boolean plain = subject.equals("i") || subject.equals("we");
            boolean would = subject.equals("i'd") || subject.equals("id") || subject.equals("we'd")
                    || subject.equals("i\u2019d") || subject.equals("we\u2019d");
            if (!plain && !would) {
                i = end;
                continue;
            }
            int k = skip(s, end);
            String next = wordAt(s, k);
            if (plain && MODALS.contains(previousWord(s, i))) {
                if (FILLERS.contains(next)) {
                    k = skip(s, k + next.length());
                    next = wordAt(s, k);
                }
                if (USE.contains(next)) {
                    return true;
                }
            }
            if (next.equals("would")) { // "I would like to"
                k = skip(s, k + next.length());
                next = wordAt(s, k);
            }
            if (WANTS.contains(next)) {
                k = skip(s, k + next.length());
                String to = wordAt(s, k);
                if (to.equals("to")) {
                    if (USE.contains(wordAt(s, skip(s, k + 2)))) {
                        return true;
                    }
                }
            }
            i = end;
        }
        return false;
    }

    private static String previousWord(String s, int start) {
        int e = start;
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && word(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(b, e);
    }

    private static String wordAt(String s, int start) {
        return s.substring(start, wordEnd(s, start));
    }

    private static int wordEnd(String s, int start) {
        int e = start;
        while (e < s.length() && word(s.charAt(e))) {
            e++;
        }
        return e;
    }

    private static int skip(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }
}
