package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Set;
import org.councilpolicy.core.rule.Span;

/**
 * Round 10, conduct: two kinds of belittling judged from form. A condescending suggestion to someone whose deed the
 * draft tells ("To the lady who complained about the lights: perhaps try closing your curtains?"): a sentence that
 * opens with "perhaps" or "maybe" and a bare verb, in a draft with a {@link Element#MISDEED}. And a candid verdict on
 * the council's own staff on an official account ("some of our newer officers are, frankly, struggling with the
 * basics"): a candour word ("frankly", "honestly", "clearly"), staff and a shortcoming in one sentence.
 */
final class Condescension {

    /** Words that open a suggestion. */
    private static final Set<String> OPENERS = Set.of("perhaps", "maybe");
    /** Words after the opener that make it a statement, not a suggestion ("maybe we got it wrong"). */
    private static final Set<String> NOT_A_VERB = Set.of("you", "we", "it", "the", "this", "there", "a", "an", "some",
            "not", "they", "he", "she", "i", "our", "your", "that", "these", "those", "its", "it's", "it’s", "we're",
            "we’re", "you're", "you’re", "next", "in", "on", "at", "one", "two", "so", "if", "when", "just", "all",
            "because", "more", "less", "others", "someone", "everyone", "people", "residents", "tomorrow", "today");
    /** Candour: the speaker's own verdict follows. */
    private static final Set<String> CANDOUR = Set.of("frankly", "honestly", "clearly", "obviously", "candidly");
    /** A shortcoming in the staff's ability, not an error they made ("made a mistake" is an apology). */
    private static final Set<String> SHORTCOMING = Set.of("can't", "can’t", "cannot", "couldn't", "couldn’t",
            "struggling", "struggle", "struggles", "basics", "useless", "hopeless", "clueless", "incapable", "slow",
            "lazy", "idea", "clue", "competent", "incompetent");

    private Condescension() {
    }

    /**
     * A sentence that opens with a condescending suggestion, in a draft that tells someone's deed, or {@code null}.
     *
     * @param c the composition
     * @return a part over the opener
     */
    static Part suggestion(Composition c) {
        if (!c.has(Element.MISDEED)) {
            return null;
        }
        String text = c.normalised().text();
        for (String opener : OPENERS) {
            for (int at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
                if (clauseStart(text, at) && at + opener.length() < text.length()
                        && text.charAt(at + opener.length()) == ' ') {
                    List<String> next = Composition.wordsOf(text.substring(at + opener.length(),
                            Math.min(text.length(), at + opener.length() + 30)));
                    if (next.size() >= 2 && !NOT_A_VERB.contains(next.get(0))) {
                        return new Part(Element.MOCK, at, at + opener.length(), opener + " " + next.get(0),
                                c.sentenceAt(at));
                    }
                }
            }
        }
        return null;
    }

    /** Whether a word at {@code at} opens the text, a sentence or a clause (after a colon, a comma or a dash). */
    private static boolean clauseStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?:;,\u2014\u2013-\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A candid verdict on the council's staff in one sentence: staff, a candour word and a shortcoming, or
     * {@code null}.
     *
     * @param c the composition
     * @return the staff part
     */
    static Part staffVerdict(Composition c) {
        if (!c.has(Element.STAFF)) {
            return null;
        }
        String text = c.normalised().text();
        boolean anyCandour = false;
        for (String w : CANDOUR) {
            anyCandour |= text.contains(w);
        }
        if (!anyCandour) {
            return null;
        }
        for (Part staff : c.parts(Element.STAFF)) {
            Span range = c.sentenceSpan(staff.sentence());
            boolean candour = false;
            for (String w : Composition.wordsOf(text.substring(range.start(), range.end()))) {
                candour |= CANDOUR.contains(w);
            }
            // the shortcoming is said of the staff: it follows them ("our officers ... can't"), not "...has no idea
            // what our officers deal with"
            boolean shortcoming = false;
            for (Part weak : c.parts(Element.STEREOTYPE_WEAK)) {
                shortcoming |= weak.sentence() == staff.sentence() && weak.start() >= staff.end();
            }
            for (String w : Composition.wordsOf(text.substring(staff.end(), range.end()))) {
                shortcoming |= SHORTCOMING.contains(w);
            }
            if (candour && shortcoming) {
                return staff;
            }
        }
        return null;
    }

    /** Patronising or mocking forms of address, said right after a comma (", love.", ", Karen!", ", mate 🎥"). */
    private static final Set<String> ADDRESS = Set.of("love", "dear", "darling", "sweetheart", "sweetie", "hun",
            "pal", "mate", "sunshine", "chief", "buddy", "karen", "petal", "young man", "young lady", "my friend");
    /** Words before such an address that make it friendly ("thanks, love", "happy birthday, mate"). */
    private static final Set<String> FRIENDLY = Set.of("thanks", "thank", "cheers", "ta", "hi", "hello", "morning",
            "evening", "birthday", "done", "congratulations", "congrats", "luck", "care", "night", "welcome", "hiya");

    /**
     * Round 10: a patronising form of address ("you're not in charge, love", "won't make them come faster,
     * Karen"), not after thanks or a greeting, or {@code null}.
     *
     * @param c the composition
     * @return a part over the address
     */
    static Part vocative(Composition c) {
        String text = c.normalised().text();
        // one look at each comma: the word (or two) after it, then the end of its clause
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int from = comma + 1;
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
            int to = from;
            while (to < text.length() && Character.isLetter(text.charAt(to))) {
                to++;
            }
            String word = text.substring(from, to);
            if (!ADDRESS.contains(word) && (word.equals("young") || word.equals("my")) && to < text.length()) {
                int to2 = to + 1;
                while (to2 < text.length() && Character.isLetter(text.charAt(to2))) {
                    to2++;
                }
                word = text.substring(from, to2);
                to = to2;
            }
            if (!ADDRESS.contains(word) || !clauseEnd(text, to)) {
                continue;
            }
            Part p = new Part(Element.MOCK, from, to, word, c.sentenceAt(from));
            List<String> before = Composition.wordsOf(c.wordsBefore(p, 2));
            if (before.isEmpty() || !FRIENDLY.contains(before.get(before.size() - 1))) {
                return p;
            }
        }
        return null;
    }

    /** Whether the clause ends at {@code i}: the text's end, an end mark or a symbol (an emoji), past spaces. */
    private static boolean clauseEnd(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return true;
        }
        char ch = text.charAt(i);
        return ".!?".indexOf(ch) >= 0 || !Character.isLetterOrDigit(ch) && ch != ',' && !Character.isWhitespace(ch);
    }
}
