package org.councilpolicy.content.messages;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpolicy.core.profile.OwnContacts;

/**
 * Who is asking, as FOIA s.8 / FOISA s.8 needs it: a real name and an address for correspondence, from the
 * sender's details or signed in the text. Hand-written linear scanners (no backtracking regular expressions).
 *
 * @param name       the requester's real name, or {@code null} when none was given
 * @param hasAddress whether an email or postal address for correspondence was given
 */
record Requester(String name, boolean hasAddress) {

    @Override
    public String toString() {
        return "Requester[name=" + (name == null ? "none" : "given") + ", hasAddress=" + hasAddress + "]";
    }

    /** Words that make a display name a description rather than a person's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("resident", "residents", "concerned", "local", "mum",
            "dad", "mother", "father", "taxpayer", "ratepayer", "council", "councillor", "admin", "anonymous", "anon",
            "the", "a", "an", "user", "official", "news", "group", "team", "ltd", "limited", "watch", "action",
            "citizen", "neighbour", "parent", "voter", "fan", "lover", "guy", "girl", "boy", "uk", "page", "community",
            "society", "association", "forum", "real", "not", "my", "our", "your", "friends", "of", "and", "for",
            "town", "city", "village", "county", "borough", "district", "parish", "street", "road", "campaign", "save",
            "support", "supporters", "club", "account", "bot", "resident's", "angry", "fed", "up",
            "unknown", "private", "someone", "somebody", "person", "me", "just", "info", "information", "gazette",
            "times", "post", "echo", "mail", "press", "media", "reporter", "journalist", "ward",
            // Roles and descriptions people sign with instead of a name (issue 14, project-written 2026-12-06).
            "auditor", "sleuth", "watcher", "watchdog", "observer", "investigator", "detective", "whistleblower",
            "spreadsheet", "wizard", "taxpayers", "ratepayers", "payer", "householder", "tenant", "tenants",
            "commuter", "cyclist", "motorist", "driver", "walker", "runner", "swimmer", "gardener", "dog", "cat",
            "otter", "owl", "fox", "hawk", "ninja", "warrior", "boss", "chief", "king", "queen", "geek", "nerd",
            "expert", "insider", "critic", "grumpy", "curious", "worried", "disgruntled", "annoyed", "frustrated",
            "truth", "seeker", "pensioner", "oap", "lad", "lass", "fella", "bloke", "man", "woman", "lady", "gent");
    /** Capitalised words that end a signed name candidate: places, days, months, and sign-off words. */
    private static final Set<String> NOT_NAME_TOKENS = Set.of("road", "street", "lane", "avenue", "close", "drive",
            "way", "park", "square", "place", "hill", "green", "court", "gardens", "crescent", "terrace", "grove", "row",
            "walk", "mews", "rise", "view", "council", "county", "borough", "city", "town", "district", "library",
            "school", "centre", "center", "hall", "house", "station", "church", "bridge", "market", "high", "fire",
            "rescue", "service", "services", "team", "department", "office", "christmas", "easter", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "foi", "foia", "foisa", "eir",
            "gdpr", "sar", "thanks", "thank", "cheers", "regards", "hi", "hello", "dear", "please", "kind", "best",
            "many", "yours", "sincerely", "faithfully", "i", "i'm", "the", "a", "and", "or", "to", "reply", "email",
            "dm", "uk", "act", "request", "freedom", "information", "sir", "madam", "cais", "rhyddid", "gwybodaeth",
            "under", "can", "could", "what", "how", "why", "when", "where", "who", "is", "are", "my", "our", "your");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir");
    private static final String[] SIGN_OFFS = {"regards", "thanks", "thank you", "cheers", "best wishes", "sincerely",
            "faithfully", "many thanks", "from", "my name is", "name:", "signed", "i am", "i'm", "this is"};
    private static final String[] POSTAL_SUFFIXES = {"road", "street", "lane", "avenue", "close", "drive", "way",
            "crescent", "terrace", "gardens", "place", "court", "square", "grove", "hill", "row", "walk", "mews", "rise",
            "view", "cottages", "park"};

    /**
     * The requester of a message.
     *
     * @param message the message
     * @param own     the council's own contacts, which are never the requester's address
     * @return the requester
     */
    static Requester of(Message message, OwnContacts own) {
        Sender sender = message.sender();
        String name = looksLikeRealName(sender.name()) ? sender.name() : signedName(message.text());
        boolean address = (sender.email() != null && isEmailShape(sender.email()) && !own.isOwnEmail(sender.email()))
                || sender.postalAddress() != null
                || hasEmail(message.text(), own)
                || hasPostalAddress(message.text());
        return new Requester(name, address);
    }

    /** Whether a display name looks like a person's real name: at least two name words, not a description. */
    static boolean looksLikeRealName(String name) {
        if (name == null) {
            return false;
        }
        int words = 0;
        int letters = 0;
        boolean onlyInitials = true;
        for (String w : WHITESPACE.split(name.strip())) {
            String t = w.toLowerCase(Locale.ROOT).replace(".", "");
            if (t.isEmpty()) {
                continue;
            }
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                } else if (c != '\'' && c != '\u2019' && c != '-') {
                    return false; // digits, @, _, emoji: a handle or a decoration, not a name
                }
            }
            if (NOT_NAME_WORDS.contains(t)) {
                return false;
            }
            if (TITLES.contains(t) && words == 0) {
                continue; // "Mr Smith": the title is not a name word, the surname is
            }
            words++;
            if (t.length() > 1) {
                onlyInitials = false;
            }
        }
        return words >= 2 && words <= 5 && letters >= 4 && !onlyInitials
                || (words == 1 && !onlyInitials && hasTitle(name));
    }

    private static boolean hasTitle(String name) {
        String first = WHITESPACE.split(name.strip())[0].toLowerCase(Locale.ROOT).replace(".", "");
        return TITLES.contains(first);
    }

    /**
     * A name signed in the text: two or three capitalised words after a sign-off ("Regards, Jo Bloggs", "My name
     * is Jo Bloggs"), next to an email or postal address, or closing the message after a comma or line break.
     */
    static String signedName(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = nameRun(text, i);
            if (end > i && accepted(text, i, end)) {
                return text.substring(i, end);
            }
            i = Math.max(i + 1, end);
        }
        return null;
    }

    /** End of a run of 2-3 capitalised name words starting at {@code start}, or {@code start} if none. */
    private static int nameRun(String text, int start) {
        int words = 0;
        int i = start;
        int lastEnd = start;
        while (words < 3 && i < text.length() && Character.isUpperCase(text.charAt(i))) {
            int e = i + 1;
            while (e < text.length() && (Character.isLowerCase(text.charAt(e)) || isJoiner(text, e))) {
                e++;
            }
            if (e - i < 2 && !(e < text.length() && text.charAt(e) == '.')) {
                break; // a lone capital that is not an initial
            }
            String word = text.substring(i, e).toLowerCase(Locale.ROOT);
            if (NOT_NAME_TOKENS.contains(word)) {
                break;
            }
            if (e < text.length() && text.charAt(e) == '.' && e - i == 1) {
                e++; // initial "J."
            }
            words++;
            lastEnd = e;
            if (e < text.length() && text.charAt(e) == ' ' && e + 1 < text.length()
                    && Character.isUpperCase(text.charAt(e + 1))) {
                i = e + 1;
            } else {
                break;
            }
        }
        return words >= 2 ? lastEnd : start;
    }

    private static boolean isJoiner(String text, int e) {
        char c = text.charAt(e);
        return (c == '\'' || c == '\u2019' || c == '-') && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1));
    }

    private static boolean accepted(String text, int start, int end) {
        if (text.length() > end && Character.isLetterOrDigit(text.charAt(end))) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 16), start).toLowerCase(Locale.ROOT).stripTrailing();
        String trimmedBefore = before.endsWith(",") || before.endsWith("-") || before.endsWith(":")
                ? before.substring(0, before.length() - 1).stripTrailing() : before;
        for (String s : SIGN_OFFS) {
            if (trimmedBefore.endsWith(s)) {
                return true;
            }
        }
        String after = text.substring(end, Math.min(text.length(), end + 40));
        int skip = 0;
        while (skip < 4 && skip < after.length() && " \t\n,;-".indexOf(after.charAt(skip)) >= 0) {
            skip++;
        }
        String afterTrim = after.substring(skip);
        if (startsWithEmail(afterTrim) || startsWithPostal(afterTrim)) {
            return true;
        }
        if (before.endsWith(",") && emailEndsAt(text, start)) {
            return true;
        }
        // Closing the message: "..., Jo Bloggs" or "...\nJo Bloggs" or ". Jo Bloggs" at the very end.
        // Bounded so that a long hostile text with many capitalised pairs stays linear.
        String rest = text.length() - end <= 60 ? text.substring(end).strip() : null;
        boolean closes = rest != null && (rest.isEmpty() || rest.equals(".") || rest.startsWith(",") && rest.length() < 40);
        boolean separated = start == 0 ? false : before.isEmpty() || before.endsWith(",") || before.endsWith(".")
                || before.endsWith("?") || before.endsWith("!") || before.endsWith("-")
                || text.charAt(start - 1) == '\n';
        return closes && separated;
    }

    private static boolean emailEndsAt(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return isEmailShape(text.substring(i + 1, wordEnd));
    }

    private static boolean startsWithEmail(String s) {
        int e = 0;
        while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ',') {
            e++;
        }
        return isEmailShape(s.substring(0, e));
    }

    private static boolean startsWithPostal(String s) {
        return hasPostalAddress(s.length() > 30 ? s.substring(0, 30) : s) && !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** local@domain.tld with a non-empty local part and a dotted domain; trailing punctuation ignored. */
    static boolean isEmailShape(String s) {
        String t = s;
        while (!t.isEmpty() && ".,;:!?)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        int at = t.indexOf('@');
        if (at <= 0 || at != t.lastIndexOf('@') || at == t.length() - 1) {
            return false;
        }
        String domain = t.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        if (dot <= 0 || domain.length() - dot - 1 < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "._%+-@'".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds an email address that is not the council's own. */
    static boolean hasEmail(String text, OwnContacts own) {
        int n = text.length();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int s = at;
            while (s > 0 && isEmailChar(text.charAt(s - 1))) {
                s--;
            }
            int e = at + 1;
            while (e < n && isEmailChar(text.charAt(e))) {
                e++;
            }
            String candidate = text.substring(s, e);
            if (s < at && isEmailShape(candidate) && !own.isOwnEmail(stripTrailingDots(candidate))
                    && !own.isOwnDomain(stripTrailingDots(candidate.substring(at - s + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailingDots(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '.') {
            e--;
        }
        return s.substring(0, e);
    }

    private static boolean isEmailChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }

    /** A house number followed by one to three words ending in a street word ("12 Elm Road"), or a postcode. */
    static boolean hasPostalAddress(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int e = i;
                while (e < n && e - i < 4 && text.charAt(e) >= '0' && text.charAt(e) <= '9') {
                    e++;
                }
                if (e < n && Character.isLetter(text.charAt(e)) && (e + 1 >= n || !Character.isLetter(text.charAt(e + 1)))) {
                    e++; // 12a
                }
                if (streetFollows(text, e)) {
                    return true;
                }
            }
            if (Character.isUpperCase(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && postcodeAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean streetFollows(String text, int from) {
        int i = from;
        for (int word = 0; word < 3; word++) {
            if (i >= text.length() || text.charAt(i) != ' ') {
                return false;
            }
            i++;
            int s = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == s || !Character.isUpperCase(text.charAt(s))) {
                return false;
            }
            String w = text.substring(s, i).toLowerCase(Locale.ROOT);
            for (String suffix : POSTAL_SUFFIXES) {
                if (w.equals(suffix) && word > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** UK postcode shapes A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA at {@code i}. */
    static boolean postcodeAt(String t, int i) {
        int n = t.length();
        int p = i;
        int letters = 0;
        while (p < n && letters < 2 && isUpperAscii(t.charAt(p))) {
            p++;
            letters++;
        }
        if (letters == 0 || p >= n || !isDigit(t.charAt(p))) {
            return false;
        }
        p++;
        if (p < n && (isDigit(t.charAt(p)) || isUpperAscii(t.charAt(p)))) {
            p++;
        }
        if (p < n && t.charAt(p) == ' ') {
            p++;
        }
        if (p + 3 > n || !isDigit(t.charAt(p)) || !isUpperAscii(t.charAt(p + 1)) || !isUpperAscii(t.charAt(p + 2))) {
            return false;
        }
        return p + 3 == n || !Character.isLetterOrDigit(t.charAt(p + 3));
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
