package org.councilpolicy.content.judgement;

import java.util.Set;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Cues in a {@link Composition}'s text that a particular person is meant: a third-person pronoun, two capitalised
 * words in a row (a name), a name after an occupant word. Read from the original text, where the capitals are.
 */
final class PersonCues {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "he's", "she's",
            "he\u2019s", "she\u2019s", "himself", "herself");

    private PersonCues() {
    }

    /**
     * Whether a sentence refers to a particular person: a third-person pronoun ("he", "her"...) or two capitalised
     * words in a row, the first not opening the sentence (a name).
     *
     * @param c        the composition
     * @param sentence the 0-based sentence index
     * @return whether it does
     */
    static boolean personIn(Composition c, int sentence) {
        NormalisedText text = c.normalised();
        Span range = c.sentenceSpan(sentence);
        for (String w : Composition.wordsOf(text.text().substring(range.start(), range.end()))) {
            if (PRONOUNS.contains(w)) {
                return true;
            }
        }
        String o = text.toOriginal(range.start(), range.end()).of(text.original());
        boolean previousCapital = false;
        int index = 0;
        int i = 0;
        while (i < o.length()) {
            while (i < o.length() && !Character.isLetter(o.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < o.length() && (Character.isLetter(o.charAt(i)) || o.charAt(i) == '\'')) {
                i++;
            }
            if (i == start) {
                break;
            }
            boolean capital = Character.isUpperCase(o.charAt(start)) && i - start > 1;
            if (capital && previousCapital) {
                return true;
            }
            previousCapital = capital && index > 0;
            index++;
        }
        return false;
    }

    /**
     * Whether two capitalised words follow a part (after a space or a comma), as a name does: "landlord Sam Reed".
     *
     * @param c the composition
     * @param p the part
     * @return whether a two-word capitalised name follows
     */
    static boolean capitalisedNameAfter(Composition c, Part p) {
        int i = originalAfter(c, p);
        return i >= 0 && twoCapitalisedWords(c.normalised().original(), i, true);
    }

    /**
     * Whether "the Name family" (or "Name family") follows a part: "owned by the Parker family".
     *
     * @param c the composition
     * @param p the part
     * @return whether a family name follows
     */
    static boolean familyNameAfter(Composition c, Part p) {
        int i = originalAfter(c, p);
        if (i < 0) {
            return false;
        }
        String o = c.normalised().original();
        i = skip(o, i, false);
        if (o.startsWith("the ", i)) {
            i += 4;
        }
        int from = i;
        while (i < o.length() && Character.isLetter(o.charAt(i))) {
            i++;
        }
        return i - from >= 2 && Character.isUpperCase(o.charAt(from)) && o.startsWith(" family", i);
    }

    /** Words that may stand between a child's age and their name: "a 14-year-old boy, Jacob Mills". */
    private static final Set<String> CHILD_NOUNS = Set.of("boy", "girl", "lad", "teenager", "pupil", "student");

    /**
     * Whether a name stands in apposition after a part, past at most one child noun and a comma: "a 14-year-old
     * boy, Jacob Mills", "the teenager, Amy Lee".
     *
     * @param c the composition
     * @param p the part
     * @return whether a two-word capitalised name follows that way
     */
    static boolean nameInApposition(Composition c, Part p) {
        int i = originalAfter(c, p);
        if (i < 0) {
            return false;
        }
        String o = c.normalised().original();
        i = skip(o, i, false);
        int from = i;
        while (i < o.length() && Character.isLowerCase(o.charAt(i))) {
            i++;
        }
        if (i > from && !CHILD_NOUNS.contains(o.substring(from, i))) {
            return false;
        }
        if (i >= o.length() || o.charAt(i) != ',') {
            return false;
        }
        return twoCapitalisedWords(o, i + 1, false);
    }

    /** The original-text index just after a part, or -1 when the part ends the text. */
    private static int originalAfter(Composition c, Part p) {
        NormalisedText text = c.normalised();
        return p.end() >= text.length() ? -1 : text.originalIndex(p.end());
    }

    /** Past the spaces (and, with {@code commas}, the commas) from {@code i}. */
    private static int skip(String o, int i, boolean commas) {
        while (i < o.length() && (o.charAt(i) == ' ' || commas && o.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    /** Whether two words of two or more letters, each capitalised, start at {@code i}, past separators. */
    private static boolean twoCapitalisedWords(String o, int i, boolean commas) {
        for (int words = 0; words < 2; words++) {
            i = skip(o, i, commas);
            int from = i;
            while (i < o.length() && Character.isLetter(o.charAt(i))) {
                i++;
            }
            if (i - from < 2 || !Character.isUpperCase(o.charAt(from))) {
                return false;
            }
        }
        return true;
    }
}
