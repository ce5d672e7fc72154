package org.councilpolicy.content.offence;

import java.util.Set;

/**
 * Whether the sentence around a word is said of a person (issue 12, round 10): the reader ("you", "your"), a
 * singular third person ("he", "she"), or a capitalised name that is not the sentence's first word or that ends it
 * ("... dumber than a box of rocks Sandra"). A sentence about a body alone ("the council", "the planning team") is
 * criticism (MD-1). Looks at most a bounded number of words either side: linear overall.
 */
final class PersonInSentence {

    private static final Set<String> PERSONS = Set.of("you", "your", "you're", "youre", "ur", "ya", "yous", "youse",
            "yourself", "he", "she", "his", "her", "he's", "she's", "him");
    private static final int REACH = 14;

    private PersonInSentence() {
    }

    static boolean of(WordView wv, int at) {
        int s = wv.sentence[at];
        String text = wv.normalised.original();
        for (int i = Math.max(0, at - REACH); i < Math.min(wv.size(), at + REACH); i++) {
            if (wv.sentence[i] != s || wv.quoted[i]) {
                continue;
            }
            if (PERSONS.contains(wv.words[i])) {
                return true;
            }
            boolean first = i == 0 || wv.sentence[i - 1] != s;
            boolean last = i + 1 >= wv.size() || wv.sentence[i + 1] != s;
            if ((!first || last) && capitalisedName(text, wv.toOriginal(i, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A word written with a capital then lower case, as names are ("Sandra"), not "I" or a shouted word. */
    private static boolean capitalisedName(String text, org.councilpolicy.core.rule.Span span) {
        return span.length() > 2 && Character.isUpperCase(text.charAt(span.start()))
                && Character.isLowerCase(text.charAt(span.start() + 1));
    }
}
