package org.councilpolicy.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable Aho–Corasick automaton over UTF-16 chars for a set of distinct, non-empty keys. State {@code 0} is the
 * root. Scanning is linear in the text plus the number of reported outputs.
 *
 * <p>The goto and failure functions are compiled into one transition table over the keys' alphabet (a
 * deterministic automaton: one array read per character of text, no failure-link walks, no searches), unless the
 * table would exceed {@link #MAX_TABLE} entries, when the sparse trie with failure links is used instead.
 */
final class AhoCorasick {

    /** Largest transition table built (entries of 4 bytes): 16 MB. */
    static final int MAX_TABLE = 4 << 20;
    /** Most states a table of 2-byte entries can name. */
    static final int MAX_COMPACT_STATES = 1 << 16;

    /** The distinct chars of the keys, sorted; a char's class is its index + 1, 0 for any other char. */
    private final char[] alphabet;
    private final int[] asciiClass;
    private final int width;
    /**
     * {@code table[state * width + class]}: the next state; null when the automaton is too big for a table, or
     * when it has at most 65,536 states and {@link #table16} holds the same table in half the memory (scanning is
     * bound by the latency of these reads, so a smaller table that stays in cache scans faster).
     */
    private final int[] table;
    private final char[] table16;
    /** Per state: the first node of its output chain ({@link #firstOutput}), or 0; one read per character. */
    private final int[] first;

    private final char[][] labels;
    private final int[][] targets;
    private final int[] fail;
    /** Key id ending at this node, or -1. */
    private final int[] key;
    /** Nearest proper suffix node (via failure links) that ends a key, or 0 for none. */
    private final int[] dict;
    private final int[] keyLength;

    AhoCorasick(List<String> keys) {
        this(keys, MAX_TABLE);
    }

    /** With a table only when it has at most {@code maxTable} entries (0: never; for tests). */
    AhoCorasick(List<String> keys, int maxTable) {
        this(keys, maxTable, MAX_COMPACT_STATES);
    }

    /**
     * With a table only when it has at most {@code maxTable} entries, of 2 bytes when the automaton has at most
     * {@code maxCompactStates} states (0: never; for tests), of 4 otherwise.
     */
    AhoCorasick(List<String> keys, int maxTable, int maxCompactStates) {
        List<Map<Character, Integer>> trie = new ArrayList<>();
        trie.add(new HashMap<>());
        List<Integer> nodeKey = new ArrayList<>();
        nodeKey.add(-1);
        keyLength = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            String s = keys.get(k);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty key");
            }
            keyLength[k] = s.length();
            int node = 0;
            for (int i = 0; i < s.length(); i++) {
                Integer child = trie.get(node).get(s.charAt(i));
                if (child == null) {
                    child = trie.size();
                    trie.add(new HashMap<>());
                    nodeKey.add(-1);
                    trie.get(node).put(s.charAt(i), child);
                }
                node = child;
            }
            if (nodeKey.get(node) >= 0) {
                throw new IllegalArgumentException("duplicate key " + s);
            }
            nodeKey.set(node, k);
        }
        int n = trie.size();
        labels = new char[n][];
        targets = new int[n][];
        key = new int[n];
        for (int node = 0; node < n; node++) {
            Map<Character, Integer> children = trie.get(node);
            char[] cs = new char[children.size()];
            int j = 0;
            for (char c : children.keySet()) {
                cs[j++] = c;
            }
            Arrays.sort(cs);
            int[] ts = new int[cs.length];
            for (int i = 0; i < cs.length; i++) {
                ts[i] = children.get(cs[i]);
            }
            labels[node] = cs;
            targets[node] = ts;
            key[node] = nodeKey.get(node);
        }
        fail = new int[n];
        dict = new int[n];
        int[] order = new int[n];
        int ordered = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            order[ordered++] = node;
            for (int i = 0; i < labels[node].length; i++) {
                char c = labels[node][i];
                int child = targets[node][i];
                int f = fail[node];
                int to;
                while ((to = child(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[child] = to >= 0 ? to : 0;
                dict[child] = key[fail[child]] >= 0 ? fail[child] : dict[fail[child]];
                queue.add(child);
            }
        }
        alphabet = alphabet(labels);
        width = alphabet.length + 1;
        asciiClass = new int[128];
        for (int i = 0; i < alphabet.length && alphabet[i] < 128; i++) {
            asciiClass[alphabet[i]] = i + 1;
        }
        int[] full = (long) n * width <= maxTable ? compile(order, ordered) : null;
        if (full != null && n <= maxCompactStates) {
            table16 = new char[full.length];
            for (int i = 0; i < full.length; i++) {
                table16[i] = (char) full[i];
            }
            table = null;
        } else {
            table16 = null;
            table = full;
        }
        first = new int[n];
        for (int node = 0; node < n; node++) {
            first[node] = key[node] >= 0 ? node : dict[node];
        }
    }

    private static char[] alphabet(char[][] labels) {
        java.util.TreeSet<Character> set = new java.util.TreeSet<>();
        for (char[] cs : labels) {
            for (char c : cs) {
                set.add(c);
            }
        }
        char[] out = new char[set.size()];
        int i = 0;
        for (char c : set) {
            out[i++] = c;
        }
        return out;
    }

    /** The transition table, row by row in breadth-first order so that a failure state's row is ready. */
    private int[] compile(int[] order, int ordered) {
        int[] t = new int[labels.length * width];
        fillRow(t, 0, -1);
        for (int k = 0; k < ordered; k++) {
            fillRow(t, order[k], fail[order[k]]);
        }
        return t;
    }

    private void fillRow(int[] t, int node, int failState) {
        int row = node * width;
        for (int a = 1; a < width; a++) {
            int to = child(node, alphabet[a - 1]);
            t[row + a] = to >= 0 ? to : failState >= 0 ? t[failState * width + a] : 0;
        }
        // class 0 (a char in no key) leads back to the root: t[row] stays 0
    }

    private int classOf(char c) {
        if (c < 128) {
            return asciiClass[c];
        }
        int i = Arrays.binarySearch(alphabet, c);
        return i >= 0 ? i + 1 : 0;
    }

    private int child(int node, char c) {
        int i = Arrays.binarySearch(labels[node], c);
        return i >= 0 ? targets[node][i] : -1;
    }

    /** The state after reading {@code c} in {@code state}. */
    int next(int state, char c) {
        if (table16 != null) {
            return table16[state * width + classOf(c)];
        }
        if (table != null) {
            return table[state * width + classOf(c)];
        }
        while (true) {
            int to = child(state, c);
            if (to >= 0) {
                return to;
            }
            if (state == 0) {
                return 0;
            }
            state = fail[state];
        }
    }

    /** First node of the output chain of {@code state} (longest key first), or 0 when no key ends here. */
    int firstOutput(int state) {
        return first[state];
    }

    /** Next (shorter) node of an output chain, or 0 at its end. */
    int nextOutput(int node) {
        return dict[node];
    }

    /** The key id ending at output node {@code node}. */
    int keyAt(int node) {
        return key[node];
    }

    int keyLength(int keyId) {
        return keyLength[keyId];
    }
}
