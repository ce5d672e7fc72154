package org.councilpolicy.content.messages;

import java.util.List;
import java.util.Set;

/**
 * The structural features {@link RequestScorer} reads from a message's normalised text beside its cue phrases: where
 * the content starts after greetings and handles, whether it opens with an interrogative or a past-tense figure
 * question, years named, rhetorical punctuation, and cue words that are part of a place's name. Kept apart so the
 * scorer holds only the weighing and the decision. Each feature is one linear pass over the text.
 */
final class RequestFeatures {

    private static final Set<String> INTERROGATIVES = Set.of("how", "what", "what's", "whats", "which", "when",
            "where", "who", "why", "can", "could", "would", "will", "is", "are", "do", "does", "did", "has", "have",
            "may", "whose");
    private static final List<String> PAST_OPENINGS = List.of("what did ", "what was ", "what were ", "what has ",
            "what have ", "what's been ");
    /** Words that, after a word like "river", "beach" or "lake", make a street's or a place's name. */
    private static final Set<String> STREET_WORDS = Set.of("road", "rd", "street", "st", "lane", "avenue", "way",
            "drive", "close", "terrace", "walk", "place", "crescent", "gardens", "grove", "row", "court", "rise", "mews",
            "square", "parade", "car", "cafe", "huts", "hut", "kiosk", "estate", "ward", "school", "surgery");
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "dear", "morning", "afternoon",
            "evening", "good", "there", "all", "sir", "madam", "or", "team", "folks");

    private RequestFeatures() {
    }

    /** Index of the first letter or digit after leading @handles, list markers and greetings. */
    static int contentStart(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '@' || c == '#') {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (Character.isLetter(c)) {
                int end = i;
                while (end < n && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) {
                    end++;
                }
                if (GREETINGS.contains(s.substring(i, end))) {
                    i = end;
                    continue;
                }
                return i;
            }
            if (Character.isDigit(c)) {
                int end = i;
                while (end < n && Character.isDigit(s.charAt(end))) {
                    end++;
                }
                if (end < n && (s.charAt(end) == '.' || s.charAt(end) == ')') && end - i <= 2) {
                    i = end + 1; // "1." or "2)" list marker
                    continue;
                }
                return i;
            }
            i++;
        }
        return n;
    }

    /** Whether the word after {@code end} makes the words before it a street's or a place's name. */
    static boolean namesAPlace(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return j > i && j - i <= 9 && STREET_WORDS.contains(s.substring(i, j));
    }

    /**
     * Whether the text opens "what did / was / were / has / have": with a money word, a sum spent or paid is asked for.
     * The present tense ("what does a permit cost?") is a price, a service question.
     */
    static boolean asksPastFigure(String s, int start) {
        for (String opening : PAST_OPENINGS) {
            if (s.startsWith(opening, start)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithInterrogative(String s, int start) {
        int end = start;
        while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) {
            end++;
        }
        return end > start && INTERROGATIVES.contains(s.substring(start, end));
    }

    /** Years 1990-2039 and financial years like 2024/25 or 2009-10, as whole tokens. */
    static int years(String s) {
        int count = 0;
        int n = s.length();
        for (int i = 0; i + 4 <= n; i++) {
            if ((i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) || !isDigits(s, i, 4)) {
                continue;
            }
            int end = i + 4;
            if (end < n && Character.isDigit(s.charAt(end))) {
                i = end;
                continue;
            }
            int y = Integer.parseInt(s, i, end, 10);
            if (y >= 1990 && y <= 2039) {
                count++;
            }
            i = end;
        }
        return count;
    }

    private static boolean isDigits(String s, int from, int len) {
        for (int k = from; k < from + len; k++) {
            if (!Character.isDigit(s.charAt(k)) || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean rhetoricalPunctuation(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a == '?' || a == '!') && (b == '?' || b == '!')) {
                return true;
            }
        }
        return false;
    }
}
