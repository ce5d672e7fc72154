package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The compiled transition table behaves exactly like the trie with failure links it is compiled from. */
class AhoCorasickProperties {

    @Property(tries = 300)
    void tableAndFailureLinksAgreeOnEveryState(
            @ForAll @Size(min = 1, max = 12) List<@StringLength(min = 1, max = 6) @CharRange(from = 'a', to = 'e')
                    @CharRange(from = '\u00e0', to = '\u00e2') String> keys,
            @ForAll @StringLength(max = 200) @CharRange(from = 'a', to = 'g') @CharRange(from = '\u00e0', to = '\u00e3')
                    @CharRange(from = ' ', to = ' ') String text) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        AhoCorasick table = new AhoCorasick(distinct);
        AhoCorasick sparse = new AhoCorasick(distinct, 0);
        int a = 0;
        int b = 0;
        for (int i = 0; i < text.length(); i++) {
            a = table.next(a, text.charAt(i));
            b = sparse.next(b, text.charAt(i));
            assertThat(a).isEqualTo(b);
        }
        assertThat(naiveEnds(distinct, text)).isEqualTo(ends(table, text));
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
