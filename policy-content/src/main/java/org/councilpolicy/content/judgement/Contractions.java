package org.councilpolicy.content.judgement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 11: a phrase of the element vocabulary in its contracted and its full forms, so that a phrase written one
 * way matches the other ("the answer is no" and "the answer's no", "if I have anything to do with it" and "if I've
 * anything to do with it"). Standard English contractions of the auxiliaries (be, have, will, would, not); a noun
 * followed by "is" also contracts to "'s". Own work, under the project's licence.
 */
final class Contractions {

    /** Full form and contracted form, as whole words. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"i am", "i'm"}, new String[] {"i have", "i've"}, new String[] {"i will", "i'll"},
            new String[] {"i would", "i'd"}, new String[] {"we are", "we're"}, new String[] {"we have", "we've"},
            new String[] {"we will", "we'll"}, new String[] {"they are", "they're"},
            new String[] {"they have", "they've"}, new String[] {"they will", "they'll"},
            new String[] {"you are", "you're"}, new String[] {"you have", "you've"},
            new String[] {"you will", "you'll"}, new String[] {"it is", "it's"}, new String[] {"that is", "that's"},
            new String[] {"he is", "he's"}, new String[] {"she is", "she's"}, new String[] {"will not", "won't"},
            new String[] {"do not", "don't"}, new String[] {"does not", "doesn't"}, new String[] {"is not", "isn't"},
            new String[] {"are not", "aren't"}, new String[] {"cannot", "can't"}, new String[] {"would not", "wouldn't"},
            new String[] {"should not", "shouldn't"}, new String[] {"has not", "hasn't"},
            new String[] {"have not", "haven't"});

    /** Words before "is" that do not contract to "'s" in the written forms the vocabulary holds. */
    private static final Set<String> NO_S = Set.of("this", "there", "what", "who", "which", "it", "that", "he", "she");

    private Contractions() {
    }

    /**
     * The phrase, its contracted form and its full form (duplicates removed; most phrases have none).
     *
     * @param phrase a phrase of the vocabulary, lower case
     * @return the phrase first, then its other forms
     */
    static Set<String> forms(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        String padded = " " + phrase + " ";
        String contracted = padded;
        String full = padded;
        for (String[] pair : PAIRS) {
            contracted = contracted.replace(" " + pair[0] + " ", " " + pair[1] + " ");
            full = full.replace(" " + pair[1] + " ", " " + pair[0] + " ");
        }
        contracted = nounIs(contracted);
        out.add(contracted.strip());
        out.add(full.strip());
        return out;
    }

    /** "the answer is no" to "the answer's no": a word (not a pronoun handled above) then "is". */
    private static String nounIs(String padded) {
        int at = padded.indexOf(" is ");
        if (at <= 0) {
            return padded;
        }
        int wordStart = padded.lastIndexOf(' ', at - 1) + 1;
        String word = padded.substring(wordStart, at);
        if (word.isEmpty() || NO_S.contains(word) || !Character.isLetter(word.charAt(word.length() - 1))) {
            return padded;
        }
        return padded.substring(0, at) + "'s " + padded.substring(at + 4);
    }
}
