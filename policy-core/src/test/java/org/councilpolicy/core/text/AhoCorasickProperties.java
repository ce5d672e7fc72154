package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Every layout of the automaton (table rows for the root only, for shallow states, for branching states, for every
 * state; entries of 2 or 4 bytes) finds exactly what a naive search finds.
 */
class AhoCorasickProperties {

    @Test
    void tableAndFailureLinksAgreeOnEveryState() {
        Seeded.forAll(111, 300, r -> {
            List<String> keys = new ArrayList<>();
            int n = r.nextInt(1, 13);
            for (int i = 0; i < n; i++) {
                keys.add(string(r, 1, 6, "abcde\u00e0\u00e1\u00e2"));
            }
            agree(keys, string(r, 0, 200, "abcdefg\u00e0\u00e1\u00e2\u00e3 "));
        });
    }

    private static String string(RandomGenerator r, int min, int max, String chars) {
        int n = r.nextInt(min, max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }

    private static void agree(List<String> keys, String text) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        AhoCorasick standard = new AhoCorasick(distinct);
        int none = Integer.MAX_VALUE;
        AhoCorasick rootOnly = new AhoCorasick(distinct, 0, 0, none, none, none);
        AhoCorasick shallow = new AhoCorasick(distinct, 0, 1, none, none, 0);
        AhoCorasick branching = new AhoCorasick(distinct, 0, 0, 2, none, none);
        AhoCorasick capped = new AhoCorasick(distinct, 0, 6, 1, 20, none);
        AhoCorasick full = new AhoCorasick(distinct, none, 0, none, 0, 0);
        assertThat(naiveEnds(distinct, text)).isEqualTo(ends(standard, text)).isEqualTo(ends(rootOnly, text))
                .isEqualTo(ends(shallow, text)).isEqualTo(ends(branching, text)).isEqualTo(ends(capped, text))
                .isEqualTo(ends(full, text));
    }

    /** Every (end, key) pair found by scanning the automaton's output chains. */
    private static List<String> ends(AhoCorasick ac, String text) {
        List<String> out = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = ac.next(state, text.charAt(i));
            List<String> here = new ArrayList<>();
            for (int node = ac.firstOutput(state); node != 0; node = ac.nextOutput(node)) {
                here.add((i + 1) + ":" + ac.keyAt(node));
            }
            here.sort(null);
            out.addAll(here);
        }
        return out;
    }

    private static List<String> naiveEnds(List<String> keys, String text) {
        List<String> out = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            List<String> here = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                if (end >= key.length() && text.startsWith(key, end - key.length())) {
                    here.add(end + ":" + k);
                }
            }
            here.sort(null);
            out.addAll(here);
        }
        return out;
    }
}
