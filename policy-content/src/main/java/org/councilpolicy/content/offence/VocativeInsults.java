package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Abuse addressed to the reader without a listed insult (MD-2): "you" and one or more intensifiers before a noun that
 * ends its clause ("you absolute melt", "you insufferable little troll", "jog on you utter plank"), unless the noun is
 * praise ("you absolute legend"); dismissals that tell the reader to be quiet or go away ("shut your mouth",
 * "nobody asked you"); and insults by comparison said of a person in the sentence ("you're dumber than a box of
 * rocks Sandra", "the only thing emptier than your bins is your head", {@link PersonInSentence}). The word classes are {@code vocative-insults.tsv}; this class is the grammar. One pass over
 * the words; each "you" looks at most a few words ahead.
 */
final class VocativeInsults {

    private static final Set<String> YOU = Set.of("you", "ya", "yous", "youse");
    /** "You are a", "you're an", "ur a": the reader said to be the noun ("you're a pompous windbag, Gerald"). */
    private static final Set<String> YOU_ARE = Set.of("you're", "youre", "ur");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    /** Words before "you" that make it the subject or object of a verb, not a vocative ("do you complete forms"). */
    private static final Set<String> NOT_VOCATIVE = Set.of("do", "did", "does", "can", "could", "will", "would",
            "should", "have", "had", "are", "were", "if", "when", "thank", "thanks", "as", "that", "than", "because",
            "cos", "may", "might", "must", "shall", "let", "make", "help", "want", "see", "told", "tell", "ask",
            "asked", "give", "gave", "for", "to", "with", "about", "hope", "wish", "aren't", "don't", "didn't",
            "can't", "won't", "wouldn't", "shouldn't", "couldn't", "haven't");
    /** Words that may follow the insult in its clause: "you utter plank mate", "you sad old bat and everyone knows it". */
    private static final Set<String> ENDS = Set.of("and", "mate", "lol", "haha", "lmao", "innit", "pal");
    private static final int MAX_INTENSIFIERS = 4;
    /** How many insults by comparison a comment reports (each addition scans the findings so far). */
    private static final int MAX_COMPARED = 4;
    /** How far back into the sentence before an exclamation a body is looked for. */
    private static final int PREVIOUS_REACH = 30;

    private final Set<String> intensifiers = new HashSet<>();
    private final Set<String> praise = new HashSet<>();
    /** Nouns for bodies, not persons: "you're a useless council" is criticism of an institution (MD-1). */
    private final Set<String> institutions = new HashSet<>();
    /** Insults by comparison ("dumber than a box of rocks", "the IQ of a"), by their first word, as word arrays. */
    private final Map<String, List<String[]>> comparisons = new HashMap<>();
    /** Dismissal phrases by their first word, as word arrays. */
    private final Map<String, List<String[]>> dismissals = new HashMap<>();

    VocativeInsults() {
        TwoColumnTsv.read("vocative-insults.tsv", (phrase, kind) -> {
            switch (kind) {
                case "INTENSIFIER" -> intensifiers.add(phrase);
                case "PRAISE" -> praise.add(phrase);
                case "INSTITUTION" -> institutions.add(phrase);
                case "COMPARISON" -> Inflections.expand(phrase).forEach(f -> {
                    String[] words = f.split(" ");
                    comparisons.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                });
                case "DISMISSAL" -> {
                    String[] words = phrase.split(" ");
                    dismissals.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                }
                default -> throw new IllegalArgumentException(kind);
            }
        });
    }

    /**
     * Whether the insult at words {@code [at, end)} is a verbless exclamation said of the people just named: one to
     * four intensifiers and the insult make the whole sentence ("The events team ignored us. Useless pillocks."),
     * and the sentence before is not about a body ("The council closed it. Useless clowns." is criticism, MD-1).
     */
    boolean exclamation(WordView wv, int at, int end) {
        int s = wv.sentence[at];
        if (end < wv.size() && wv.sentence[end] == s || wv.quoted[at]) {
            return false;
        }
        int start = at;
        while (start > 0 && wv.sentence[start - 1] == s && at - start <= MAX_INTENSIFIERS) {
            start--; // bounded: a long sentence is no exclamation (hostile text stays linear)
        }
        if (start == at || at - start > MAX_INTENSIFIERS || start > 0 && wv.sentence[start - 1] == s) {
            return false;
        }
        for (int i = start; i < at; i++) {
            if (!intensifiers.contains(wv.words[i])) {
                return false;
            }
        }
        for (int i = start - 1; i >= Math.max(0, start - PREVIOUS_REACH) && wv.sentence[i] == s - 1; i--) {
            if (institutions.contains(wv.words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the abuse of the reader in {@code wv} to {@code out}.
     *
     * @param elected whether the sentence of a word names an elected member (then the finding is for review)
     */
    void detect(WordView wv, IntPredicate elected, List<Offence> out) {
        int comparedFound = 0;
        for (int i = 0; i < wv.size(); i++) {
            if (wv.quoted[i]) {
                continue;
            }
            String w = wv.words[i];
            List<String[]> phrases = dismissals.get(w);
            if (phrases != null) {
                for (String[] p : phrases) {
                    if (matches(wv, i, p)) {
                        add(wv, i, i + p.length, elected, "a dismissal aimed at the person addressed", out);
                        break;
                    }
                }
            }
            List<String[]> compared = comparisons.get(w);
            if (compared != null && comparedFound < MAX_COMPARED) { // a few decide; hostile repeats stay linear
                for (String[] p : compared) {
                    if (matches(wv, i, p) && PersonInSentence.of(wv, i)) {
                        comparedFound++;
                        add(wv, i, i + p.length, elected, "an insult by comparison aimed at the person addressed", out);
                        break;
                    }
                }
            }
            int article = predicativeArticle(wv, i);
            if (article > 0) {
                int noun = vocativeNoun(wv, article);
                if (noun > 0) {
                    add(wv, i, noun + 1, elected, "an insult aimed at the person addressed", out);
                    i = noun;
                    continue;
                }
            }
            if (YOU.contains(w) && !(i > 0 && wv.clause[i - 1] == wv.clause[i] && NOT_VOCATIVE.contains(wv.words[i - 1]))) {
                int noun = vocativeNoun(wv, i);
                if (noun > 0) {
                    add(wv, i, noun + 1, elected, "an insult aimed at the person addressed", out);
                    i = noun;
                }
            }
        }
    }

    /** The index of the article in "you're a", "you are an", "ur a" starting at {@code i}, or -1. */
    private static int predicativeArticle(WordView wv, int i) {
        int k = YOU_ARE.contains(wv.words[i]) ? i + 1
                : wv.words[i].equals("you") && i + 1 < wv.size() && wv.words[i + 1].equals("are") ? i + 2 : -1;
        return k > 0 && k < wv.size() && wv.clause[k] == wv.clause[i] && ARTICLES.contains(wv.words[k]) ? k : -1;
    }

    /** The index of the insulting noun after "you" at {@code at}, or -1. */
    private int vocativeNoun(WordView wv, int at) {
        int j = at + 1;
        int n = 0;
        while (j < wv.size() && n < MAX_INTENSIFIERS && wv.clause[j] == wv.clause[at] && intensifiers.contains(wv.words[j])) {
            j++;
            n++;
        }
        if (n == 0 || j >= wv.size() || wv.clause[j] != wv.clause[at]) {
            return -1;
        }
        String noun = wv.words[j];
        if (praise.contains(noun) || institutions.contains(noun) || YOU.contains(noun) || noun.length() < 3 || !noun.chars().allMatch(Character::isLetter)) {
            return -1;
        }
        boolean ends = j + 1 >= wv.size() || wv.clause[j + 1] != wv.clause[j] || ENDS.contains(wv.words[j + 1])
                || vocativeName(wv, j + 1);
        return ends ? j : -1;
    }

    /** A capitalised word ending the clause after the insult: the name of the person addressed ("... windbag Gerald"). */
    private static boolean vocativeName(WordView wv, int k) {
        String original = wv.normalised.original();
        org.councilpolicy.core.rule.Span s = wv.toOriginal(k, k + 1);
        return s.length() > 1 && Character.isUpperCase(original.charAt(s.start()))
                && Character.isLowerCase(original.charAt(s.end() - 1))
                && (k + 1 >= wv.size() || wv.clause[k + 1] != wv.clause[k]);
    }

    private static boolean matches(WordView wv, int at, String[] phrase) {
        if (at + phrase.length > wv.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!wv.words[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static void add(WordView wv, int from, int to, IntPredicate elected, String reason, List<Offence> out) {
        org.councilpolicy.core.rule.Span span = wv.toOriginal(from, to);
        if (out.stream().anyMatch(o -> o.kind() == OffenceKind.ABUSE && o.span().overlaps(span))) {
            return; // a listed insult already reports it ("you are a useless idiot")
        }
        boolean review = elected.test(from);
        out.add(new Offence(OffenceKind.ABUSE, span, Strength.MEDIUM, Optional.empty(),
                String.join(" ", java.util.Arrays.copyOfRange(wv.words, from, to)),
                review ? reason.replace("the person addressed", "an elected member") : reason, review));
    }
}
