package org.councilpolicy.content.messages;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.core.text.DataLines;

/**
 * A subject access request made for another adult (issue 14, round 11): "I'd like a copy of my mum's care records",
 * "everything you hold on my husband". The right of access is the data subject's (UK GDPR Art. 15); someone else
 * makes the request for them only with their authority (written consent, a power of attorney, a deputyship), so a
 * request for another adult's records that shows none is not valid as it stands ({@link MissingDetail#AUTHORITY}). A
 * relative named as dead is not asked for: their records are not personal data (UK GDPR recital 27) and are FOI.
 * A parent asking for a young child's records has parental responsibility and is not asked. The words are in
 * {@value #RESOURCE}. Read only for a message already typed as subject access; linear in its length.
 */
final class ActingFor {

    static final String RESOURCE = "acting-for.tsv";
    /** How many words after "my mum's" a record noun may come: "my mum's social care records". */
    static final int RECORD_REACH = 3;
    /** How many words before "about my mum" a record noun may come: "the notes you hold about my mum". */
    static final int ABOUT_REACH = 6;

    private static final Set<String> ADULTS = new HashSet<>();
    private static final Set<String> AUTHORITY = new HashSet<>();
    private static final Set<String> RECORDS = new HashSet<>();
    private static final Set<String> DECEASED = new HashSet<>();
    /** Words of asking just before the records named. */
    private static final Set<String> ASKING = Set.of("copy", "copies", "see", "view", "access", "send", "disclose",
            "provide", "release", "request", "requesting", "obtain", "want", "like", "get", "all", "any",
            "everything");
    /** How many words before the records the asking may stand. */
    static final int ASK_REACH = 4;
    /** Words between a record and "my mum" that make the record about her. */
    private static final Set<String> ABOUT = Set.of("about", "on", "of", "for", "concerning", "regarding", "mentioning");

    static {
        for (String line : DataLines.read(ActingFor.class, RESOURCE)) {
            String[] parts = line.split("\t", -1);
            Set<String> set = parts.length != 2 ? null : switch (parts[0]) {
                case "ADULT" -> ADULTS;
                case "AUTHORITY" -> AUTHORITY;
                case "RECORD" -> RECORDS;
                case "DECEASED" -> DECEASED;
                default -> null;
            };
            if (set == null || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected KIND<tab>word with a known kind, got: " + line);
            }
            set.add(parts[1].strip());
        }
    }

    private ActingFor() {
    }

    /**
     * Whether a subject access request asks for another adult's records and shows no authority to act for them.
     *
     * @param text the message's text
     * @return true when the authority is to be asked for
     */
    static boolean authorityMissing(String text) {
        if (!namesAnAdult(text)) {
            return false; // nobody named as "my mum", "my client": the words are not split
        }
        String[] words = words(text);
        return forAnotherAdult(words) && !authorityShown(words);
    }

    /**
     * Whether a request asks for another adult's records: "my mum's care records", "the notes you hold about my
     * husband". They are that person's personal data, so the request is a subject access request made for them.
     *
     * @param text the message's text
     */
    static boolean forAnotherAdult(String text) {
        // Most messages name nobody as "my mum", "my client's": the words are split only when one might.
        return namesAnAdult(text) && forAnotherAdult(words(text));
    }

    /** A cheap first look: whether "my" stands before one of the adults, without splitting the text. */
    private static boolean namesAnAdult(String text) {
        int n = text.length();
        for (int i = text.indexOf('y'); i > 0 && i + 2 < n; i = text.indexOf('y', i + 1)) {
            char m = text.charAt(i - 1);
            if ((m != 'm' && m != 'M') || text.charAt(i + 1) != ' '
                    || (i > 1 && Character.isLetterOrDigit(text.charAt(i - 2)))) {
                continue;
            }
            int start = i + 2;
            int end = start;
            while (end < n && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            if (end > start && ADULTS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean forAnotherAdult(String[] words) {
        for (String w : words) {
            if (DECEASED.contains(w)) {
                return false; // "my mother's file ... she died in May": not personal data, FOI
            }
        }
        boolean forAnother = false;
        for (int i = 0; i + 1 < words.length && !forAnother; i++) {
            if (!words[i].equals("my")) {
                continue;
            }
            String who = words[i + 1];
            boolean possessive = who.endsWith("'s");
            String bare = possessive ? who.substring(0, who.length() - 2) : who;
            if (!ADULTS.contains(bare)) {
                continue;
            }
            if (possessive && asked(words, i)) {
                for (int k = i + 2; k < Math.min(words.length, i + 2 + RECORD_REACH); k++) {
                    forAnother |= RECORDS.contains(words[k]);
                }
            } else if (!possessive && i > 0 && ABOUT.contains(words[i - 1])) {
                for (int k = Math.max(0, i - 1 - ABOUT_REACH); k < i - 1; k++) {
                    forAnother |= RECORDS.contains(words[k]) && asked(words, k);
                }
            }
        }
        return forAnother;
    }

    /**
     * Whether asking wording stands a few words before word {@code at}: "a copy of my mum's file", "please send the
     * notes about my dad". "lost my mother's paperwork" and "how my mother's care was handled" tell a story.
     */
    private static boolean asked(String[] words, int at) {
        for (int k = Math.max(0, at - ASK_REACH); k < at; k++) {
            if (ASKING.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean authorityShown(String[] words) {
        String joined = " " + String.join(" ", words) + " ";
        for (String a : AUTHORITY) {
            if (joined.contains(" " + a + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Words that show authority strongly enough to act for someone: not "consent" or "signed" alone. */
    private static final Set<String> STRONG = Set.of("attorney", "lpa", "deputy", "deputyship", "mandate", "appointee",
            "authority", "authorised", "authorized", "guardian");
    /** Stems of {@link #STRONG}, in the case they are written in, for a look that does not split the text. */
    private static final List<String> STRONG_STEMS = List.of("ttorney", "LPA", "lpa", "eput", "uthori", "andate",
            "ppointee", "uardian");
    /** Third-person possessives and objects: the person acted for. */
    private static final Set<String> THEIRS = Set.of("his", "her", "their");
    private static final Set<String> THEM = Set.of("him", "her", "them");

    /**
     * Whether a request for records is made for someone else with authority shown: "As attorney for my mother under a
     * registered LPA, I request all care records held about her", "With his signed authority enclosed, please disclose
     * his repairs history". The records are that person's personal data: a subject access request made for them
     * (UK GDPR Art. 15), not an FOI request.
     *
     * @param text the message's text
     */
    static boolean actsForWithAuthority(String text) {
        if (STRONG_STEMS.stream().noneMatch(text::contains)) {
            return false; // no word of authority (as residents and firms write it): the words are not split
        }
        String[] words = words(text);
        boolean authority = false;
        for (String w : words) {
            authority |= STRONG.contains(w);
        }
        if (!authority) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!RECORDS.contains(words[i])) {
                continue;
            }
            for (int k = Math.max(0, i - 2); k < i; k++) {
                if (THEIRS.contains(words[k]) || words[k].equals("client's")) {
                    return true; // "his repairs history", "my client's file"
                }
            }
            for (int k = i + 1; k + 1 < Math.min(words.length, i + 4); k++) {
                if (ABOUT.contains(words[k]) && THEM.contains(words[k + 1])) {
                    return true; // "records held about her"
                }
            }
        }
        return false;
    }

    /** The text's words, lower case, apostrophes straightened, punctuation dropped except inside words. */
    private static String[] words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '\'' || c == '-' ? c : ' ');
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = b.length();
        while (i < n) {
            while (i < n && b.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && b.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                out.add(b.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }
}
