package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.WordMap;

/**
 * Look-ups {@link RepairedWords} would otherwise make by building strings per word or scanning the whole text,
 * computed once from the vocabulary: the group word a letter put back makes of a word ("blak" → {@code black}),
 * and which words of the inner vocabulary lie inside a word ("hatekurds"), read from the word alone. Immutable and
 * thread-safe.
 */
final class RepairIndex {

    private static final int HEAD = 4;
    private static final int LETTERS = 26;
    private static final int SIZE = (LETTERS * LETTERS * LETTERS * LETTERS + 63) / 64;

    /** Word with one interior letter dropped → the group word, for the first letter and place that makes one. */
    private final Map<String, String> restored;
    /** The inner vocabulary's words (normalised, letters a–z only) by their first four letters. */
    private final Map<Integer, String[]> byHead;
    /** One bit per four-letter head of {@link #byHead}, read before the map. */
    private final long[] heads = new long[SIZE];
    /** One bit per four-letter head (a–z) of a vocabulary word, read before a glued pair is built and looked up. */
    private final long[] vocabularyHeads = new long[SIZE];

    /**
     * @param groupWords the group words a letter may be put back into
     * @param innerWords the words of the inner vocabulary (as added to it, before normalisation)
     * @param vocabulary the vocabulary a glued pair is looked up in
     */
    RepairIndex(Set<String> groupWords, Iterable<String> innerWords, Set<String> vocabulary) {
        for (String v : vocabulary) {
            int h = v.length() >= HEAD ? head(v, 0) : -1;
            if (h >= 0) {
                vocabularyHeads[h >>> 6] |= 1L << h;
            }
        }
        Map<String, String> out = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (String g : groupWords) {
            for (int p = 1; p <= g.length() - 2; p++) {
                char c = g.charAt(p);
                if (c < 'a' || c > 'z') {
                    continue;
                }
                String d = g.substring(0, p) + g.substring(p + 1);
                // RepairedWords tries places from the left, then letters from 'a': the first that makes a word wins
                int r = p * LETTERS + (c - 'a');
                Integer before = rank.get(d);
                if (before == null || r < before) {
                    rank.put(d, r);
                    out.put(d, g);
                }
            }
        }
        this.restored = WordMap.copyOf(out);
        Map<Integer, List<String>> heads = new HashMap<>();
        for (String w : innerWords) {
            String key = NormalisedText.of(w, NormalisationOptions.MINIMAL).text();
            // a key with any other char never lies inside a word of letters a-z, the only words asked about
            if (key.length() >= HEAD && key.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                heads.computeIfAbsent(head(key, 0), h -> new ArrayList<>()).add(key);
            }
        }
        Map<Integer, String[]> by = new HashMap<>();
        heads.forEach((h, keys) -> {
            by.put(h, keys.stream().distinct().toArray(String[]::new));
            this.heads[h >>> 6] |= 1L << h;
        });
        this.byHead = Map.copyOf(by);
    }

    /**
     * The group word that {@code word} becomes with one letter a–z put back inside it (never first or last), trying
     * places from the left and letters from 'a'; null when none does.
     */
    String letterRestored(String word) {
        return restored.get(word);
    }

    /**
     * Whether a word of the inner vocabulary lies inside {@code word}, other than the whole word: 1 yes, 0 no, and -1
     * when the word has a character other than a–z, {@code '}, {@code -} and digits (then only a scan of the
     * normalised text can tell). A word of such characters is its own normalised form, and the vocabulary's words
     * are letters only, so they lie inside one word and never across two.
     */
    int holdsInner(String word) {
        int n = word.length();
        boolean found = false;
        int h = 0; // the last four chars' head while they are letters a-z (one pass: each char read once)
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                h = (h % (LETTERS * LETTERS * LETTERS)) * LETTERS + (c - 'a');
                letters++;
                if (!found && letters >= HEAD && (heads[h >>> 6] & 1L << h) != 0) {
                    found = holdsAt(word, i + 1 - HEAD, h);
                }
            } else if (c >= '0' && c <= '9' || c == '\'' || c == '-') {
                letters = 0;
            } else {
                return -1;
            }
        }
        return found ? 1 : 0;
    }

    /** Whether a word of the inner vocabulary with head {@code h} starts at {@code at}, other than the whole word. */
    private boolean holdsAt(String word, int at, int h) {
        for (String key : byHead.get(h)) {
            if (word.startsWith(key, at) && !(at == 0 && key.length() == word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code a + b} (at least four chars) may be a word of the vocabulary: false only when its first four
     * chars are letters a–z that begin no vocabulary word. Read before the pair is joined into a new string.
     */
    boolean mayStartVocabulary(String a, String b) {
        int h = 0;
        for (int i = 0; i < HEAD; i++) {
            char c = i < a.length() ? a.charAt(i) : b.charAt(i - a.length());
            if (c < 'a' || c > 'z') {
                return true;
            }
            h = h * LETTERS + (c - 'a');
        }
        return (vocabularyHeads[h >>> 6] & 1L << h) != 0;
    }

    /** The index of the four chars at {@code from}, or -1 when one is not a letter a–z. */
    private static int head(String s, int from) {
        int h = 0;
        for (int i = from; i < from + HEAD; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return -1;
            }
            h = h * LETTERS + (c - 'a');
        }
        return h;
    }
}
