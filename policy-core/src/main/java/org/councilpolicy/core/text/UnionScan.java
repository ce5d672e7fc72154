package org.councilpolicy.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One text scanned once for every member of a {@link LexiconUnion}: per member, the ranges its own scan would
 * report ({@link Lexicon#findAll}), found in the same order and with the same whole-word tests, kept as plain
 * numbers until the member asks (a member never asked of this text costs no match objects). Immutable once built.
 */
final class UnionScan {

    final LexiconUnion union;
    private final NormalisedText text;
    /** Per member: (start, end, member key) triples in the order a scan of the member alone finds them, or null. */
    private final int[][] hits;
    private final int[] counts;

    UnionScan(LexiconUnion union, NormalisedText text) {
        this.union = union;
        this.text = text;
        int n = union.size();
        int[][] h = new int[n][];
        int[] c = new int[n];
        LexiconSymbols sym = text.symbols();
        String s = text.text();
        AhoCorasick ac = union.automaton;
        int state = 0;
        for (int k = 0; k < sym.count; k++) {
            state = ac.next(state, sym.chars[k]);
            int node = ac.firstOutput(state);
            if (node == 0) {
                continue;
            }
            int end = sym.pos[k] + 1;
            boolean endInside = Tokenizer.insideWord(s, end);
            for (; node != 0; node = ac.nextOutput(node)) {
                int key = ac.keyAt(node);
                int start = sym.pos[k - ac.keyLength(key) + 1];
                boolean outside = !endInside && !Tokenizer.insideWord(s, start);
                for (int p = union.at[key]; p < union.at[key + 1]; p++) {
                    int m = union.member[p];
                    if (outside || !union.wholeWords[m]) {
                        int[] a = h[m];
                        if (a == null) {
                            a = h[m] = new int[12];
                        } else if (c[m] + 3 > a.length) {
                            a = h[m] = Arrays.copyOf(a, a.length * 2);
                        }
                        a[c[m]++] = start;
                        a[c[m]++] = end;
                        a[c[m]++] = union.memberKey[p];
                    }
                }
            }
        }
        this.hits = h;
        this.counts = c;
    }

    /** What {@code lexicon}, a member, finds alone: see {@link Lexicon#findAll}. */
    <T> List<LexiconMatch<T>> findAll(Lexicon<T> lexicon) {
        int slot = union.slot(lexicon);
        List<LexiconMatch<T>> out = new ArrayList<>();
        int[] a = hits[slot];
        for (int i = 0; i < counts[slot]; i += 3) {
            lexicon.addMatches(out, text, a[i], a[i + 1], a[i + 2]);
        }
        if (out.size() > 1) {
            out.sort(Lexicon.BY_START_LONGEST_FIRST);
        }
        return out;
    }

    /** Whether {@code lexicon}, a member, matches anywhere: see {@link Lexicon#containsAny}. */
    boolean containsAny(Lexicon<?> lexicon) {
        return counts[union.slot(lexicon)] > 0;
    }

    /**
     * What {@code lexicon}, a member, finds with {@link Lexicon#findLongest}, from its matches: from the left, the
     * longest range at the first start not inside the range taken before, with every entry of that range.
     */
    <T> List<LexiconMatch<T>> findLongest(Lexicon<T> lexicon) {
        List<LexiconMatch<T>> all = findAll(lexicon);
        List<LexiconMatch<T>> out = new ArrayList<>();
        int taken = 0;
        int i = 0;
        while (i < all.size()) {
            LexiconMatch<T> m = all.get(i);
            if (m.start() < taken) {
                i++;
                continue;
            }
            while (i < all.size() && all.get(i).start() == m.start() && all.get(i).end() == m.end()) {
                out.add(all.get(i++));
            }
            taken = m.end();
        }
        return out;
    }
}
