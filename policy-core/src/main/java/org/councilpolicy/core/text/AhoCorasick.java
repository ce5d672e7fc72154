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
 */
final class AhoCorasick {

    private final char[][] labels;
    private final int[][] targets;
    private final int[] fail;
    /** Key id ending at this node, or -1. */
    private final int[] key;
    /** Nearest proper suffix node (via failure links) that ends a key, or 0 for none. */
    private final int[] dict;
    private final int[] keyLength;

    AhoCorasick(List<String> keys) {
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
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
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
    }

    private int child(int node, char c) {
        int i = Arrays.binarySearch(labels[node], c);
        return i >= 0 ? targets[node][i] : -1;
    }

    /** The state after reading {@code c} in {@code state}. */
    int next(int state, char c) {
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
        return key[state] >= 0 ? state : dict[state];
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
