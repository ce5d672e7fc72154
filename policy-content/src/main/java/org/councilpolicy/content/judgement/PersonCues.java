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
        NormalisedText text = c.normalised();
        if (p.end() >= text.length()) {
            return false;
        }
        String o = text.original();
        int i = text.originalIndex(p.end());
        int words = 0;
        while (words < 2) {
            while (i < o.length() && (o.charAt(i) == ' ' || o.charAt(i) == ',')) {
                i++;
            }
            if (i >= o.length() || !Character.isUpperCase(o.charAt(i))) {
                return false;
            }
            int from = i;
            while (i < o.length() && Character.isLetter(o.charAt(i))) {
                i++;
            }
            if (i - from < 2) {
                return false;
            }
            words++;
        }
        return true;
    }

    /**
     * Whether "the Name family" (or "Name family") follows a part: "owned by the Parker family".
     *
     * @param c the composition
     * @param p the part
     * @return whether a family name follows
     */
    static boolean familyNameAfter(Composition c, Part p) {
        NormalisedText text = c.normalised();
        if (p.end() >= text.length()) {
            return false;
        }
        String o = text.original();
        int i = text.originalIndex(p.end());
        while (i < o.length() && o.charAt(i) == ' ') {
            i++;
        }
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
        NormalisedText text = c.normalised();
        if (p.end() >= text.length()) {
            return false;
        }
        String o = text.original();
        int i = text.originalIndex(p.end());
        while (i < o.length() && o.charAt(i) == ' ') {
            i++;
        }
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
        int words = 0;
        i++;
        while (words < 2) {
            while (i < o.length() && o.charAt(i) == ' ') {
                i++;
            }
            int w = i;
            while (i < o.length() && Character.isLetter(o.charAt(i))) {
                i++;
            }
            if (i - w < 2 || !Character.isUpperCase(o.charAt(w))) {
                return false;
            }
            words++;
        }
        return true;
    }
}
