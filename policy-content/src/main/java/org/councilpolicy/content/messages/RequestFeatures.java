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
    /** Openings of a question that asks who acted, when, or whether something was done (not why or how). */
    private static final Set<String> FACT_OPENERS = Set.of("who", "when", "did", "was", "were", "has", "have", "had",
            "is", "whose", "which");
    /** Openings of a yes/no question about a fact: "Does the leisure centre make a profit?", "Was the contractor paid?" */
    private static final Set<String> YES_NO_OPENERS = Set.of("is", "are", "was", "were", "did", "does", "do", "has",
            "have", "had");
    private static final List<String> WHETHER_LEADS = List.of("whether ", "if ");
    private static final List<String> COUNCIL_SUBJECTS = List.of("the council ", "any councillors ", "any councillor ",
            "the authority ", "councillors ", "the council has ", "the council have ");
    /** Words after "whether the council" that ask what it will, can or should do, or what is so now: service. */
    private static final Set<String> NOT_AN_ACT = Set.of("will", "would", "can", "could", "should", "is", "are", "might",
            "may", "must", "needs", "need", "plans", "intends", "offers", "provides", "collects");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "who", "when", "whether", "which", "where");
    /** Question words that, inside a sentence, ask for a fact: "tell me who approved", "know when it was agreed". */
    private static final Set<String> EMBEDDED_ASKS = Set.of("who", "when", "whether");
    /** How far back a sentence's opening is looked for: keeps the look linear on hostile text. */
    private static final int SENTENCE_LOOK = 160;
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

    /** Words after an environmental word that make it the name of a service's charge: "planning fee", "waste charges". */
    private static final Set<String> CHARGE_WORDS = Set.of("fee", "fees", "refund", "refunds", "charge", "charges",
            "income", "receipts");

    /**
     * Whether the word after {@code end} makes the environmental word before it the name of a service's charge ("the
     * planning fee", "bulky waste charges", "planning fee refunds"): money of the service, not a subject of the
     * environment's state.
     */
    static boolean namesACharge(String s, int end) {
        return nextWordIn(s, end, 8, CHARGE_WORDS);
    }

    /** Whether the word after {@code end} makes the words before it a street's or a place's name. */
    static boolean namesAPlace(String s, int end) {
        return nextWordIn(s, end, 9, STREET_WORDS);
    }

    /** Whether the letters after {@code end} (and its spaces) form one of {@code words}, at most {@code max} long. */
    private static boolean nextWordIn(String s, int end, int max, Set<String> words) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j)) && j - i <= max) {
            j++;
        }
        return j > i && j - i <= max && words.contains(s.substring(i, j));
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

    /**
     * Whether the sentence holding {@code at} asks who, when or whether, up to {@code at}: it opens with such a question
     * word ("Who made the decision to ...", "Were residents consulted ...", "Is it true the council sold ..."), after
     * any greeting, or holds one before it ("please tell me who approved ...", "I'd like to know when it was agreed").
     * "Why" and "how" ask for a justification, not a fact, and do not count.
     */
    static boolean sentenceAsksWhoWhenWhether(String s, int at) {
        int i = at;
        int stop = Math.max(0, at - SENTENCE_LOOK);
        while (i > stop && ".?!\n".indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        boolean first = true;
        int k = i == 0 ? contentStart(s) : i;
        while (k < at) {
            if (!Character.isLetter(s.charAt(k))) {
                k++;
                continue;
            }
            int end = k;
            while (end < at && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) {
                end++;
            }
            String word = s.substring(k, end);
            // "What was decided ...?", "What did the council agree ...?": a past act asked about, like who or when.
            if ((first && (FACT_OPENERS.contains(word) || asksPastFigure(s, k))) || EMBEDDED_ASKS.contains(word)) {
                return true;
            }
            first = false;
            k = end;
        }
        // "Apparently the old baths have been sold - who to?": the question word after the act, in a question.
        int end = at;
        int limit = Math.min(s.length(), at + SENTENCE_LOOK);
        boolean asks = false;
        while (end < limit && ".?!\n".indexOf(s.charAt(end)) < 0) {
            if (Character.isLetter(s.charAt(end)) && (end == 0 || !Character.isLetter(s.charAt(end - 1)))) {
                int w = end;
                while (w < limit && Character.isLetter(s.charAt(w))) {
                    w++;
                }
                asks |= EMBEDDED_ASKS.contains(s.substring(end, w));
                end = w;
                continue;
            }
            end++;
        }
        return asks && end < s.length() && s.charAt(end) == '?';
    }

    /**
     * Whether the text asks whether the council did or does something, in a reported question: "tell me whether the
     * council has ever used a private investigator", "if the council uses facial recognition cameras", "whether any
     * councillors have declared an interest". What it will or can do next is a service question and does not count,
     * nor is anything but the council the subject ("whether the library is open").
     */
    static boolean asksWhetherTheCouncilActed(String s) {
        for (String lead : WHETHER_LEADS) {
            for (int i = s.indexOf(lead); i >= 0; i = s.indexOf(lead, i + 1)) {
                if (i > 0 && Character.isLetter(s.charAt(i - 1))) {
                    continue;
                }
                int k = i + lead.length();
                for (String subject : COUNCIL_SUBJECTS) {
                    if (s.startsWith(subject, k)) {
                        int w = k + subject.length();
                        int end = w;
                        while (end < s.length() && Character.isLetter(s.charAt(end))) {
                            end++;
                        }
                        if (end > w && !NOT_AN_ACT.contains(s.substring(w, end))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Headings that label what follows as a request: "Request: any monitoring of ...", "FOI request - the ...". */
    private static final List<String> HEADINGS = List.of("request", "foi request", "eir request", "information request",
            "foisa request", "freedom of information request", "subject access request", "sar");

    /**
     * Whether the content opens with a heading that labels it a request, then a colon or a dash: "Request: any
     * monitoring of emissions from the crematorium chimney". What follows describes the information wanted.
     */
    static boolean requestHeading(String s, int start) {
        for (String h : HEADINGS) {
            if (s.startsWith(h, start)) {
                int i = start + h.length();
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
                if (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '-' || s.charAt(i) == '\u2013')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text holds a question word: how, what, who, when, whether, which, where. */
    static boolean hasQuestionWord(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(s.charAt(end))) {
                end++;
            }
            if (QUESTION_WORDS.contains(s.substring(i, end))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Whether the text's content opens as a yes/no question ("Does ...", "Was ...", "Has ..."). */
    static boolean opensYesNo(String s, int start) {
        int end = start;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return end > start && YES_NO_OPENERS.contains(s.substring(start, end));
    }

    /**
     * Whether the text asks, in a reported question, when something will happen: "I would like to know when the flood
     * barriers will be put up", "let me know when the crew is going to come back". The council's plans for its
     * service are asked, not information it holds (the direct "when will ..." is a service cue of its own).
     */
    static boolean asksWhenItWillHappen(String s) {
        int n = s.length();
        for (int i = s.indexOf("when "); i >= 0; i = s.indexOf("when ", i + 5)) {
            if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                continue;
            }
            int words = 0;
            int k = i + 5;
            while (k < n && words < 9 && ".?!,;:".indexOf(s.charAt(k)) < 0) {
                int end = k;
                while (end < n && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) {
                    end++;
                }
                if (end > k) {
                    String word = s.substring(k, end);
                    if (words > 0 && (word.equals("will") || word.endsWith("'ll")
                            || (word.equals("going") && s.startsWith(" to ", end)))) {
                        return true;
                    }
                    words++;
                    k = end;
                } else {
                    k++;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text opens, or a later sentence or clause opens, "what did / was / were / has / have": "I noticed the new
     * signs. Out of curiosity, what did they cost?" asks for the sum as plainly as a text that opens so.
     */
    static boolean asksPastFigureInAnyClause(String s, int start) {
        if (asksPastFigure(s, start)) {
            return true;
        }
        for (String opening : PAST_OPENINGS) {
            for (int i = s.indexOf(opening, start + 1); i > 0; i = s.indexOf(opening, i + 1)) {
                int k = i - 1;
                while (k > 0 && s.charAt(k) == ' ') {
                    k--;
                }
                if (".?!,;:\n-".indexOf(s.charAt(k)) >= 0) {
                    return true;
                }
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
