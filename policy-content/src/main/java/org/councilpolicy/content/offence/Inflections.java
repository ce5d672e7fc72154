package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word forms written once in the threat data files instead of one line per form: a word ending in {@code ~} stands
 * for its regular verb forms ({@code stab~} → stab, stabs, stabbed, stabbing) and a word with {@code |} for its
 * listed alternatives ({@code get|gets|got|getting what she deserves}). A phrase expands to every combination, so
 * the lexicon still matches whole words in one pass; nothing is stemmed at run time.
 */
final class Inflections {

    private static final String VOWELS = "aeiou";

    private Inflections() {
    }

    /**
     * As {@link #expand}, and for a plural noun said of people ({@code liars}, {@code con artists}, a NEG or DEHUM
     * hate predicate) its singular after an article: "a liar", "a con artist", "an animal". The article is part of
     * the phrase, so a bare singular ("animal welfare") never counts; "every X a liar" and "X is a thief" do.
     */
    static List<String> expandNoun(String phrase, boolean personNoun) {
        List<String> out = expand(phrase);
        if (!personNoun) {
            return out;
        }
        List<String> all = new ArrayList<>(out);
        for (String f : out) {
            int sp = f.lastIndexOf(' ');
            String last = f.substring(sp + 1);
            String one = singular(last);
            if (one != null && one.length() >= 3) {
                String head = (sp < 0 ? "" : f.substring(0, sp + 1)) + one;
                all.add((VOWELS.indexOf(head.charAt(0)) >= 0 ? "an " : "a ") + head);
            }
        }
        return all;
    }

    /** The singular of a regular English plural ("liars", "parasites", "leeches", "thieves"), or null. */
    static String singular(String w) {
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || w.endsWith("ous")) {
            return null;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ieves")) {
            return w.substring(0, w.length() - 3) + "f"; // thieves
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /** Every phrase a data-file phrase stands for (the phrase itself when it has no marks). */
    static List<String> expand(String phrase) {
        if (phrase.indexOf('~') < 0 && phrase.indexOf('|') < 0) {
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>(List.of(""));
        for (String word : phrase.split(" ")) {
            Set<String> forms = forms(word);
            List<String> next = new ArrayList<>(out.size() * forms.size());
            for (String head : out) {
                for (String f : forms) {
                    next.add(head.isEmpty() ? f : head + " " + f);
                }
            }
            out = next;
        }
        return out;
    }

    private static Set<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (word.indexOf('|') >= 0) {
            for (String alt : word.split("\\|")) {
                out.addAll(forms(alt));
            }
            return out;
        }
        if (!word.endsWith("~")) {
            out.add(word);
            return out;
        }
        String w = word.substring(0, word.length() - 1);
        if (w.isEmpty()) {
            throw new IllegalArgumentException("'~' needs a word before it");
        }
        out.add(w);
        char last = w.charAt(w.length() - 1);
        boolean consonantY = last == 'y' && w.length() > 1 && VOWELS.indexOf(w.charAt(w.length() - 2)) < 0;
        if (consonantY) {
            String stem = w.substring(0, w.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(w + "ing");
            return out;
        }
        out.add(w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z")
                ? w + "es" : w + "s");
        if (last == 'e') {
            out.add(w + "d");
            out.add(w.endsWith("ee") ? w + "ing" : w.substring(0, w.length() - 1) + "ing");
            return out;
        }
        out.add(w + "ed");
        out.add(w + "ing");
        if (shortClosed(w)) { // stab -> stabbed, stabbing; both spellings are kept, the wrong one never occurs
            out.add(w + last + "ed");
            out.add(w + last + "ing");
        }
        return out;
    }

    /** One vowel before a final consonant (not w, x or y): the consonant doubles before -ed and -ing. */
    private static boolean shortClosed(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c = w.charAt(n - 1);
        return VOWELS.indexOf(c) < 0 && "wxy".indexOf(c) < 0 && VOWELS.indexOf(w.charAt(n - 2)) >= 0
                && VOWELS.indexOf(w.charAt(n - 3)) < 0;
    }
}
