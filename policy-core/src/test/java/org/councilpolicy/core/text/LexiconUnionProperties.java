package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Lexicons in a {@link LexiconUnion} find in a text scanned with it exactly what each finds alone: every match in
 * the same order, the same leftmost-longest matches and the same answer to "any?", whole-word or not, with phrases
 * shared between members and several entries per phrase; lexicons outside the union scan such a text alone.
 */
class LexiconUnionProperties {

    private static final String[] WORDS = {"ab", "abc", "b", "ca", "caf\u00e9", "cafe", "don't", "x-ray", "a b", "bc",
        "\u00e9", "Ab", "ab ab", "c'", "-b", "b.", "\u00dfa"};
    private static final String TEXT_CHARS = "abcdexABC \u00e9\u00c9 '-.\n\u200b\u00df";

    @Test
    void everyMemberFindsWhatItFindsAlone() {
        Seeded.forAll(2207, 500, r -> {
            List<Lexicon<Integer>> members = new ArrayList<>();
            List<Lexicon<Integer>> others = new ArrayList<>(); // a second union over the same texts
            int n = r.nextInt(1, 6);
            for (int m = 0; m < n; m++) {
                (m > 0 && r.nextInt(3) == 0 ? others : members).add(lexicon(r));
            }
            List<LexiconUnion> unions = others.isEmpty() ? List.of(LexiconUnion.of(members))
                    : List.of(LexiconUnion.of(members), LexiconUnion.of(others));
            members.addAll(others);
            Lexicon<Integer> outsider = lexicon(r);
            for (int t = 0; t < 3; t++) {
                NormalisedText text = NormalisedText.of(string(r, 0, 120)).scannedWith(unions);
                for (Lexicon<Integer> lex : members) {
                    agree(lex, text);
                }
                agree(outsider, text);
            }
        });
    }

    @Test
    void theUnionScanIsTheOneUsed() {
        Lexicon<String> a = Lexicon.<String>builder().add("council tax", "a").add("tax", "a2").build();
        Lexicon<String> b = Lexicon.<String>builder().add("tax", "b").wholeWords(false).build();
        LexiconUnion union = LexiconUnion.of(List.of(a, b));
        NormalisedText plain = NormalisedText.of("Council  TAX and taxis");
        NormalisedText text = plain.scannedWith(List.of(union));
        assertThat(text.unionScan(a)).isNotNull().isSameAs(text.unionScan(b));
        assertThat(plain.unionScan(a)).isNull();
        assertThat(text.unionScan(Lexicon.of("tax"))).isNull();
        assertThat(a.findAll(text)).extracting(LexiconMatch::payload).containsExactly("a", "a2");
        assertThat(b.findAll(text)).extracting(LexiconMatch::start).containsExactly(9, 17);
        assertThat(a.findLongest(text)).extracting(LexiconMatch::phrase).containsExactly("council tax");
        assertThat(b.containsAny(text)).isTrue();
        assertThat(text).isEqualTo(plain);
    }

    @Test
    void badUnionsAndTextsAreTurnedAway() {
        Lexicon<String> a = Lexicon.of("ab");
        Lexicon<String> minimal = Lexicon.<String>builder().add("ab", "ab").normalisation(NormalisationOptions.MINIMAL)
                .build();
        assertThatThrownBy(() -> LexiconUnion.of(List.of(a, minimal))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member 1");
        assertThatThrownBy(() -> LexiconUnion.of(List.of(a, a))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        LexiconUnion union = LexiconUnion.of(List.of(a));
        assertThatThrownBy(() -> NormalisedText.of("ab", NormalisationOptions.MINIMAL).scannedWith(List.of(union)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("normalised with");
        assertThatThrownBy(() -> a.findAll(NormalisedText.of("ab", NormalisationOptions.MINIMAL)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeysReadBackFromTheTrieAreTheKeys() {
        Seeded.forAll(2208, 200, r -> {
            List<String> keys = new ArrayList<>();
            int n = r.nextInt(1, 30);
            for (int i = 0; i < n; i++) {
                String k = string(r, 1, 8);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
            assertThat(new AhoCorasick(keys).keys()).isEqualTo(keys);
        });
    }

    private static Lexicon<Integer> lexicon(RandomGenerator r) {
        Lexicon.Builder<Integer> b = Lexicon.<Integer>builder().wholeWords(r.nextInt(3) > 0);
        int phrases = r.nextInt(1, 7);
        for (int i = 0; i < phrases; i++) {
            b.add(WORDS[r.nextInt(WORDS.length)], r.nextInt(3));
        }
        return b.build();
    }

    private static void agree(Lexicon<Integer> lex, NormalisedText text) {
        assertThat(lex.findAll(text)).isEqualTo(lex.findAllAlone(text));
        assertThat(lex.findLongest(text)).isEqualTo(lex.findLongestAlone(text));
        assertThat(lex.containsAny(text)).isEqualTo(lex.containsAnyAlone(text));
    }

    private static String string(RandomGenerator r, int min, int max) {
        int n = r.nextInt(min, max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(4) == 0 ? WORDS[r.nextInt(WORDS.length)]
                    : String.valueOf(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length()))));
        }
        return sb.toString();
    }
}
