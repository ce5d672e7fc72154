package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

/** {@link WordMap} and {@link WordSet} answer every look-up as a {@link HashMap} and {@link HashSet} of the same words. */
class WordMapProperties {

    @Test
    void lookUpsAgreeWithHashMap() {
        Seeded.forAll(19, 200, r -> {
            Map<String, Integer> source = new HashMap<>();
            int n = r.nextInt(0, 300);
            for (int i = 0; i < n; i++) {
                source.put(word(r), i);
            }
            WordMap<Integer> map = WordMap.copyOf(source);
            WordSet set = WordSet.copyOf(source.keySet());
            assertThat(map).isEqualTo(source).hasSize(source.size());
            assertThat(set).isEqualTo(source.keySet()).hasSize(source.size());
            for (int i = 0; i < 300; i++) {
                String probe = i % 3 == 0 && n > 0 ? List.copyOf(source.keySet()).get(r.nextInt(source.size()))
                        : word(r);
                assertThat(map.get(probe)).isEqualTo(source.get(probe));
                assertThat(map.containsKey(probe)).isEqualTo(source.containsKey(probe));
                assertThat(set.contains(probe)).isEqualTo(source.containsKey(probe));
            }
        });
    }

    @Test
    void collidingHashCodesAndOtherTypes() {
        // "Aa" and "BB" share a hash code; so do "AaAa", "BBBB", "AaBB" and "BBAa".
        WordMap<String> map = WordMap.copyOf(Map.of("Aa", "1", "AaAa", "2", "BBBB", "3"));
        assertThat(map.get("Aa")).isEqualTo("1");
        assertThat(map.get("BB")).isNull();
        assertThat(map.get("AaAa")).isEqualTo("2");
        assertThat(map.get("BBBB")).isEqualTo("3");
        assertThat(map.get("AaBB")).isNull();
        assertThat(map.get(42)).isNull();
        assertThat(WordSet.copyOf(List.of("a", "a", "b"))).hasSize(2).contains("a", "b").doesNotContain("c");
        assertThat(WordSet.copyOf(Set.of()).contains("a")).isFalse();
        assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static String word(RandomGenerator r) {
        int len = r.nextInt(1, 6);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append("abcAB\u00e9"
                    .charAt(r.nextInt(6)));
        }
        return sb.toString();
    }
}
