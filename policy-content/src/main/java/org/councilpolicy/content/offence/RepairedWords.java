package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;

/**
 * The words of a {@link WordView} with spelling evasions of the hate vocabulary (group names and what is said of
 * them) repaired in one place: joined words are segmented ("ihate" → {@code i hate}, "mormonsare" → {@code mormons
 * are}), words split by a space are joined ("dis gusting" → {@code disgusting}) and a letter dropped from a known
 * word is restored ("hte" → {@code hate}, "disgustng" → {@code disgusting}). The view's own one-typo fixes
 * (swapped letters, a dropped vowel) are kept. Each repaired word maps back to the view's words, so spans stay in
 * the original text. Linear: each word is looked up a bounded number of times (words longer than
 * {@link #MAX_SEGMENT} letters are not segmented).
 */
final class RepairedWords {

    static final int MAX_SEGMENT = 32;
    /** At most this many words in one joined word ("sikhsarenotwelcomehere" is five). */
    private static final int MAX_PARTS = 6;

    /** Short words that may stand beside a vocabulary word when a joined word is split. */
    private static final Set<String> FUNCTION = words("these", "those", "people", "think", "what", "why", "do",
            "does", "can", "cant", "can't", "dont", "don't", "need", "needs", "country", "town", "here", "there", "who",
            "want", "wish", "hope", "would", "should", "could", "shall", "with", "for", "from", "in", "on", "at", "it",
            "that", "this", "an", "as", "or", "but", "if", "than", "then", "me", "us", "him", "her", "his", "he", "she",
            "was", "been", "being", "have", "has", "had", "way", "only", "even", "ever", "still", "too", "every",
            "one", "ones", "lot", "some", "any", "most", "deserve", "deserves", "go", "gone", "away", "off", "up",
            "down", "make", "makes", "feel", "sick", "honestly", "absolutely", "totally", "utterly", "literally",
            "always", "really", "truly", "complete", "utter", "dirty", "filthy", "disgusting", "fucking", "bloody",
            "much", "many", "more", "most", "have", "has", "very", "i", "a", "we", "you", "they", "them", "are", "is", "am", "all",
            "and", "so", "the", "those", "these", "to", "be", "of", "were", "should", "must", "will", "go", "back",
            "get", "out", "fuck", "fucking", "kill", "death", "die", "hate", "no", "not", "never", "i'm", "im", "our",
            "my", "your", "their", "like", "such", "just", "really", "total", "bloody", "every");
    final WordView wv;
    final String[] words;
    /** First and last+1 view word each repaired word came from. */
    final int[] from;
    final int[] to;
    final boolean[] question;
    /** Whether the repaired words are the view's own, one for one (then {@link #joined} is not built). */
    private final boolean unchanged;
    private final NormalisedText joined;
    private final int[] wordAt;

    RepairedWords(WordView wv, OffenceLexicons lex) {
        this(wv, lex, true);
    }

    /** As {@link #RepairedWords(WordView, OffenceLexicons)}; {@code fast} false skips no scan (the tests compare). */
    RepairedWords(WordView wv, OffenceLexicons lex, boolean fast) {
        this.wv = wv;
        Parts out = new Parts(wv.size() + 4);
        Map<String, String> dropped = lex.droppedLetters;
        int n = wv.size();
        boolean[] joinedWord = null; // found only once a word is neither known nor repaired another way
        // known(i) per word, asked once: 0 not yet, 1 known, -1 not (a word is asked again as the next one)
        byte[] knownAt = new byte[n];
        for (int i = 0; i < n; i++) {
            String word = wv.words[i];
            String restored = word.length() >= 2 && word.length() <= 12 && i + 1 < n
                    && !wv.inVocabulary[i] && wv.inVocabulary[i + 1] // person nouns are vocabulary words
                    && lex.personNouns.contains(wv.words[i + 1]) && !lex.ordinaryWords.contains(word)
                    ? fast ? lex.repairs.letterRestored(word) : letterRestored(word, lex) : null; // "blak people"
            if (restored != null) {
                out.add(restored, i, i + 1);
                continue;
            }
            if (known(wv, i, lex, knownAt)) {
                out.add(word, i, i + 1);
                continue;
            }
            if (i + 1 < n && wv.sentence[i + 1] == wv.sentence[i] && !known(wv, i + 1, lex, knownAt)
                    && word.length() + wv.words[i + 1].length() >= 6
                    && (!fast || lex.repairs.mayStartVocabulary(word, wv.words[i + 1]))) {
                String glued = word + wv.words[i + 1];
                if (lex.vocabulary.contains(glued)) {
                    out.add(glued, i, i + 2);
                    i++;
                    continue;
                }
            }
            String fixed = dropped.get(word);
            if (fixed != null) {
                out.add(fixed, i, i + 1);
                continue;
            }
            if (fast && !segmentable(word)) {
                // segment() returns such a word whole: the inner-vocabulary scan would not change it.
                out.add(word, i, i + 1);
                continue;
            }
            // Whether a vocabulary word lies inside it: read from the word itself when it can be (a plain word),
            // otherwise from one scan of the text for every such word.
            int inside = fast ? lex.repairs.holdsInner(word) : -1;
            if (inside < 0 && joinedWord == null) {
                joinedWord = joinedWords(wv, lex);
            }
            List<String> parts = inside > 0 || inside < 0 && joinedWord[i] ? segment(word, lex) : List.of(word);
            for (String p : parts) {
                out.add(p, i, i + 1);
            }
        }
        this.words = Arrays.copyOf(out.words, out.size);
        this.from = Arrays.copyOf(out.from, out.size);
        this.to = Arrays.copyOf(out.to, out.size);
        this.question = questions(wv);
        this.unchanged = Arrays.equals(words, wv.words);
        if (unchanged) {
            // Nothing repaired (the common case): the view's words, joined text and matches serve as they are.
            this.wordAt = null;
            this.joined = null;
            return;
        }
        StringBuilder sb = new StringBuilder();
        int[] at = new int[Math.max(1, words.length * 8)];
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                at = grow(at, sb.length());
                at[sb.length()] = k;
                sb.append(' ');
            }
            for (int c = 0; c < words[k].length(); c++) {
                at = grow(at, sb.length());
                at[sb.length()] = k;
                sb.append(words[k].charAt(c));
            }
        }
        this.wordAt = Arrays.copyOf(at, sb.length() + 1);
        this.joined = NormalisedText.of(sb.toString(), NormalisationOptions.MINIMAL);
    }

    /** The repaired words as they are found, each with the view words it came from, in growable arrays. */
    private static final class Parts {
        String[] words;
        int[] from;
        int[] to;
        int size;

        Parts(int capacity) {
            words = new String[capacity];
            from = new int[capacity];
            to = new int[capacity];
        }

        void add(String word, int a, int b) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2 + 4);
                from = Arrays.copyOf(from, size * 2 + 4);
                to = Arrays.copyOf(to, size * 2 + 4);
            }
            words[size] = word;
            from[size] = a;
            to[size++] = b;
        }
    }

    /**
     * Before a person noun ("... people"), a word with one letter put back inside it, when that makes a group word of
     * the vocabulary: "gy people", "blak people". At most 26 × 11 look-ups for a word of at most 12 letters.
     */
    static String letterRestored(String word, OffenceLexicons lex) {
        for (int at = 1; at < word.length(); at++) {
            for (char c = 'a'; c <= 'z'; c++) {
                String w = word.substring(0, at) + c + word.substring(at);
                if (lex.groupWords.contains(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Per view word: whether a vocabulary word lies inside it; only such a word is worth segmenting. */
    private static boolean[] joinedWords(WordView wv, OffenceLexicons lex) {
        boolean[] joinedWord = new boolean[wv.size()];
        for (WordView.WordMatch<String> m : wv.matchInside(lex.innerVocabulary)) {
            for (int k = m.from(); k < m.to(); k++) {
                joinedWord[k] = true;
            }
        }
        return joinedWord;
    }

    private static int[] grow(int[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, a.length * 2 + 8);
    }

    /** {@link #known(WordView, int, OffenceLexicons)}, remembered per word in {@code knownAt}. */
    private static boolean known(WordView wv, int i, OffenceLexicons lex, byte[] knownAt) {
        if (knownAt[i] == 0) {
            knownAt[i] = known(wv, i, lex) ? (byte) 1 : (byte) -1;
        }
        return knownAt[i] > 0;
    }

    /** Whether view word {@code i} needs no repair (its vocabulary look-up was made by the view). */
    private static boolean known(WordView wv, int i, OffenceLexicons lex) {
        String word = wv.words[i];
        return word.length() < 3 || wv.inVocabulary[i] || !letters(word) || FUNCTION.contains(word)
                || lex.ordinaryWords.contains(word);
    }

    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A joined word split into at most {@link #MAX_PARTS} known words, at least one of them from the hate vocabulary, preferring
     * the fewest parts (dynamic programming over the word's prefixes; words are at most {@link #MAX_SEGMENT} letters,
     * so the work per word is bounded).
     */
    private static List<String> segment(String word, OffenceLexicons lex) {
        int n = word.length();
        if (!segmentable(word)) {
            return List.of(word);
        }
        int[] parts = new int[n + 1];
        int[] back = new int[n + 1];
        java.util.Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                if (parts[start] < MAX_PARTS && parts[start] + 1 < parts[end] && part(word.substring(start, end), lex)) {
                    parts[end] = parts[start] + 1;
                    back[end] = start;
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>();
        boolean hateWord = false;
        for (int end = n; end > 0; end = back[end]) {
            String p = word.substring(back[end], end);
            hateWord |= lex.vocabulary.contains(p);
            out.add(0, p);
        }
        return hateWord ? out : List.of(word);
    }

    /** Whether {@link #segment} may split {@code word}: 5 to {@link #MAX_SEGMENT} chars. */
    private static boolean segmentable(String word) {
        return word.length() >= 5 && word.length() <= MAX_SEGMENT;
    }

    private static boolean part(String s, OffenceLexicons lex) {
        return s.length() == 1 ? s.equals("i") || s.equals("a")
                : FUNCTION.contains(s) || lex.vocabulary.contains(s) && s.length() >= 3 || lex.phraseWords.contains(s);
    }

    /** Per view word: whether its sentence ends with a question mark. */
    private static boolean[] questions(WordView wv) {
        int n = wv.size();
        boolean[] q = new boolean[n];
        String s = wv.normalised.text();
        int i = n - 1;
        while (i >= 0) {
            int sent = wv.sentence[i];
            int limit = i + 1 < n ? wv.ntStart[i + 1] : s.length();
            boolean isQ = s.substring(wv.ntEnd[i], limit).indexOf('?') >= 0;
            while (i >= 0 && wv.sentence[i] == sent) {
                q[i] = isQ;
                i--;
            }
        }
        return q;
    }

    int size() {
        return words.length;
    }

    int sentence(int k) {
        return wv.sentence[from[k]];
    }

    int clause(int k) {
        return wv.clause[from[k]];
    }

    boolean quoted(int k) {
        return wv.quoted[from[k]];
    }

    boolean question(int k) {
        return question[from[k]];
    }

    /** Original span of repaired words {@code [a, b)}. */
    Span toOriginal(int a, int b) {
        return wv.toOriginal(from[a], to[b - 1]);
    }

    /** Whole-word matches of the combined word lexicon over the repaired words (never modify the list). */
    List<WordView.WordMatch<OffenceLexicons.Tagged>> tagged(OffenceLexicons lex) {
        return unchanged ? wv.tagged(lex) : match(lex.wordLexicon);
    }

    /** Whole-word matches of {@code lexicon} over the repaired words, as repaired-word indices. */
    <T> List<WordView.WordMatch<T>> match(Lexicon<T> lexicon) {
        if (unchanged) {
            return wv.match(lexicon); // the same words joined the same way: the same matches
        }
        List<WordView.WordMatch<T>> out = new ArrayList<>();
        if (words.length == 0) {
            return out;
        }
        for (LexiconMatch<T> m : lexicon.findAll(joined)) {
            Span sp = m.original();
            out.add(new WordView.WordMatch<>(wordAt[sp.start()], wordAt[sp.end() - 1] + 1, m.payload()));
        }
        return out;
    }

    /** Deletion variants of the vocabulary: an interior letter dropped (any letter from 6 letters, a vowel from 4). */
    static Map<String, String> droppedLetters(Set<String> vocabulary) {
        Map<String, String> out = new HashMap<>();
        for (String v : vocabulary) {
            if (v.length() < 4 || !v.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (int i = 1; i < v.length() - 1; i++) {
                if (v.length() >= 6 || "aeiou".indexOf(v.charAt(i)) >= 0) {
                    String d = v.substring(0, i) + v.substring(i + 1);
                    if (!vocabulary.contains(d)) {
                        out.putIfAbsent(d, v);
                    }
                }
            }
        }
        return out;
    }

    /** A set of words; a word listed twice is harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
