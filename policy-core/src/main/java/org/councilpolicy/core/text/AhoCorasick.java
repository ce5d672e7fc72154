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
 * <p>A small automaton is compiled into one transition table over the keys' alphabet: one array read per char.
 * A big one would make that table megabytes (the judgement vocabulary: 56,769 states x 73 chars, 8 MB), and then
 * scanning is bound by memory latency: a draft visits a few hundred states, and between two drafts the rest of a
 * check evicts them from cache, so nearly every char is a cache miss. There, only the shallow states (depth at most
 * {@link #DENSE_DEPTH}) and the branching ones get a row; the rest, mostly single-child chains along the tail of
 * one key, are numbered depth-first so that a chain's states, edges and outputs lie side by side in memory, and
 * keep only their own edges and a failure link. A char that leaves the trie follows failure links back towards a
 * row (amortised at most one per char, so still linear).
 */
final class AhoCorasick {

    /** Most entries of a table with a row for every state (2 MB of 2-byte entries). */
    static final int FULL_TABLE = 1 << 20;
    /** In a bigger automaton: the deepest state given a row (while the rows fit in {@link #MAX_TABLE}). */
    static final int DENSE_DEPTH = 2;
    /** A state with at least this many children gets a row too. */
    static final int FANOUT = 3;
    /** Most table entries built (rows are given breadth-first until the table is full). */
    static final int MAX_TABLE = 1 << 17;
    /** Most states a table of 2-byte entries can name. */
    static final int MAX_COMPACT_STATES = 1 << 16;

    /** The distinct chars of the keys, sorted; a char's class is its index + 1, 0 for any other char. */
    private final char[] alphabet;
    private final int[] asciiClass;
    private final int width;
    /** States {@code 0 .. dense-1} (breadth-first) have a row: {@code table[state * width + class]}, or null. */
    private final int dense;
    /** Row states below this one end no key (nor does any suffix of theirs): the common case, told without a read. */
    private final int outputFrom;
    private final int[] table;
    /** The same table in 2-byte entries, when every state fits (half the bytes to keep in cache); or null. */
    private final char[] table16;
    /** Per state: its edges are {@code labels[edges[s] .. edges[s + 1])} (sorted) and their targets. */
    private final int[] edges;
    private final char[] labels;
    private final int[] targets;
    private final int[] fail;
    /** Per state: the first node of its output chain ({@link #firstOutput}), or 0. */
    private final int[] first;
    /** Key id ending at this node, or -1. */
    private final int[] key;
    /** Nearest proper suffix node (via failure links) that ends a key, or 0 for none. */
    private final int[] dict;
    private final int[] keyLength;

    AhoCorasick(List<String> keys) {
        this(keys, FULL_TABLE, DENSE_DEPTH, FANOUT, MAX_TABLE, MAX_COMPACT_STATES);
    }

    /**
     * With a row for every state when that makes at most {@code fullTable} entries; otherwise for the root, the
     * states of depth at most {@code denseDepth} and those with at least {@code fanout} children, breadth-first
     * while the table has at most {@code maxTable} entries; entries of 2 bytes when there are at most {@code
     * maxCompactStates} states (for tests: every layout must scan alike).
     */
    AhoCorasick(List<String> keys, int fullTable, int denseDepth, int fanout, int maxTable, int maxCompactStates) {
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
        char[][] cs = new char[n][];
        for (int node = 0; node < n; node++) {
            cs[node] = new char[trie.get(node).size()];
            int j = 0;
            for (char c : trie.get(node).keySet()) {
                cs[node][j++] = c;
            }
            Arrays.sort(cs[node]);
        }
        alphabet = alphabet(cs);
        width = alphabet.length + 1;
        asciiClass = new int[128];
        for (int i = 0; i < alphabet.length && alphabet[i] < 128; i++) {
            asciiClass[alphabet[i]] = i + 1;
        }
        // Breadth-first order gives the depths; the shallow states keep it, the rest are numbered depth-first.
        int[] bfs = new int[n];
        int[] depth = new int[n];
        int seen = 1;
        for (int q = 0; q < seen; q++) {
            int node = bfs[q];
            for (char c : cs[node]) {
                int child = trie.get(node).get(c);
                depth[child] = depth[node] + 1;
                bfs[seen++] = child;
            }
        }
        // Rows for the shallow states and for any state with many children (a linear look through many edges,
        // repeated along failure links, costs more than one row read), breadth-first while the table has room.
        boolean[] rowed = new boolean[n];
        boolean all = (long) n * width <= fullTable; // small enough to keep whole: one read per char, always
        int rows = 0;
        for (int q = 0; q < n; q++) {
            int o = bfs[q];
            if (o == 0 || all || (depth[o] <= denseDepth || cs[o].length >= fanout)
                    && (long) (rows + 1) * width <= maxTable) {
                rowed[o] = true;
                rows++;
            }
        }
        dense = rows;
        int[] id = new int[n]; // old node -> new state
        int[] old = new int[n]; // new state -> old node
        // The rows of states that end no key come first, those that do last: a scan then tells a row state without
        // output by its number ({@link #firstOutput}), without a read of {@code first} (a cache miss per char).
        boolean[] outputs = outputs(trie, cs, nodeKey, bfs);
        int next = 0;
        int withOutput = 0;
        for (int pass = 0; pass < 2; pass++) {
            withOutput = next;
            for (int q = 0; q < n; q++) {
                int o = bfs[q];
                if (rowed[o] && outputs[o] == (pass == 1)) {
                    id[o] = next;
                    old[next++] = o;
                }
            }
        }
        outputFrom = withOutput;
        numberDepthFirst(trie, cs, rowed, id, old, next);
        edges = new int[n + 1];
        labels = new char[n - 1];
        targets = new int[n - 1];
        key = new int[n];
        int e = 0;
        for (int s = 0; s < n; s++) {
            int o = old[s];
            edges[s] = e;
            for (char c : cs[o]) {
                labels[e] = c;
                targets[e++] = id[trie.get(o).get(c)];
            }
            key[s] = nodeKey.get(o);
        }
        edges[n] = e;
        fail = new int[n];
        dict = new int[n];
        failureLinks(cs, trie, id, bfs);
        int[] full = new int[dense * width];
        table = n > maxCompactStates ? full : null;
        table16 = n > maxCompactStates ? null : new char[full.length];
        // Breadth-first within each group: a failure walk reads only rows of shorter suffixes, and a state without
        // output has only suffixes without output, so the rows it reads are filled before its own.
        for (int s = 0; s < dense; s++) {
            for (int a = 1; a < width; a++) {
                int to = child(s, alphabet[a - 1]);
                full[s * width + a] = to >= 0 ? to : s == 0 ? 0 : next(fail[s], alphabet[a - 1]);
                if (table16 != null) {
                    table16[s * width + a] = (char) full[s * width + a];
                }
            }
        }
        first = new int[n];
        for (int s = 0; s < n; s++) {
            first[s] = key[s] >= 0 ? s : dict[s];
        }
    }

    /** Per trie node: whether it ends a key or has a suffix that does (failure links over the trie, breadth-first). */
    private static boolean[] outputs(List<Map<Character, Integer>> trie, char[][] cs, List<Integer> nodeKey, int[] bfs) {
        int[] failOf = new int[bfs.length];
        boolean[] out = new boolean[bfs.length];
        for (int o : bfs) {
            for (char c : cs[o]) {
                int child = trie.get(o).get(c);
                if (o != 0) {
                    int f = failOf[o];
                    Integer to;
                    while ((to = trie.get(f).get(c)) == null && f != 0) {
                        f = failOf[f];
                    }
                    failOf[child] = to == null ? 0 : to;
                }
                out[child] = nodeKey.get(child) >= 0 || out[failOf[child]];
            }
        }
        return out;
    }

    /** Failure links and output chains, breadth-first so that a node's failure state is done before it. */
    private void failureLinks(char[][] cs, List<Map<Character, Integer>> trie, int[] id, int[] bfs) {
        for (int q = 0; q < bfs.length; q++) {
            int o = bfs[q];
            int s = id[o];
            for (char c : cs[o]) {
                int child = id[trie.get(o).get(c)];
                if (s == 0) {
                    continue;
                }
                int f = fail[s];
                int to;
                while ((to = child(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[child] = Math.max(to, 0);
                dict[child] = key[fail[child]] >= 0 ? fail[child] : dict[fail[child]];
            }
        }
    }

    private static int countUpTo(int[] depth, int max) {
        int count = 0;
        for (int d : depth) {
            if (d <= max) {
                count++;
            }
        }
        return count;
    }

    /** Numbers the states without a row depth-first (children in char order), iteratively, after the rows. */
    private static void numberDepthFirst(List<Map<Character, Integer>> trie, char[][] cs, boolean[] rowed, int[] id,
                                         int[] old, int next) {
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(0);
        while (!stack.isEmpty()) {
            int o = stack.pop();
            if (!rowed[o]) {
                id[o] = next;
                old[next++] = o;
            }
            for (int i = cs[o].length - 1; i >= 0; i--) {
                stack.push(trie.get(o).get(cs[o][i]));
            }
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

    private int classOf(char c) {
        if (c < 128) {
            return asciiClass[c];
        }
        int i = Arrays.binarySearch(alphabet, c);
        return i >= 0 ? i + 1 : 0;
    }

    /** The child of {@code state} on {@code c}, or -1 (the edges are few and sorted: a linear look). */
    private int child(int state, char c) {
        for (int e = edges[state], end = edges[state + 1]; e < end; e++) {
            char l = labels[e];
            if (l >= c) {
                return l == c ? targets[e] : -1;
            }
        }
        return -1;
    }

    /** The state after reading {@code c} in {@code state}. */
    int next(int state, char c) {
        while (state >= dense) {
            int to = child(state, c);
            if (to >= 0) {
                return to;
            }
            state = fail[state];
        }
        return table16 != null ? table16[state * width + classOf(c)] : table[state * width + classOf(c)];
    }

    /** First node of the output chain of {@code state} (longest key first), or 0 when no key ends here. */
    int firstOutput(int state) {
        return state < outputFrom ? 0 : first[state];
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

    /** {@return the keys, by id, read back from the trie} */
    List<String> keys() {
        String[] out = new String[keyLength.length];
        char[] path = new char[Arrays.stream(keyLength).max().orElse(0)];
        int[] stack = new int[labels.length + 1];
        int[] depthOf = new int[labels.length + 1];
        char[] labelOf = new char[labels.length + 1];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) { // depth-first: the path to a state's parent is still in place when the state is read
            int s = stack[--top];
            int d = depthOf[top];
            if (d > 0) {
                path[d - 1] = labelOf[top];
            }
            if (key[s] >= 0) {
                out[key[s]] = new String(path, 0, d);
            }
            for (int e = edges[s]; e < edges[s + 1]; e++) {
                stack[top] = targets[e];
                labelOf[top] = labels[e];
                depthOf[top++] = d + 1;
            }
        }
        return List.of(out);
    }
}
