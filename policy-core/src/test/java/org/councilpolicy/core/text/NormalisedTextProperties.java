package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.testkit.Gen;
import org.junit.jupiter.api.Test;

class NormalisedTextProperties {

    /** Letters that have look-alikes; the planted word uses only these. */
    private static final String PLANT_LETTERS = "aceiopsxy";
    /** Filler words use only these, so the planted word can never occur inside filler. */
    private static final String FILLER_LETTERS = "bdfghjklmnqrtuvwz";
    private static final String[] ZERO_WIDTH = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\uFE0F"};
    private static final String[] SEPARATORS = {" ", " \u200B", "\u200B ", "\u00A0", ", ", "\n", " \u2060\u200B "};
    private static final Map<Character, String[]> LOOK_ALIKES = Map.of(
            'a', new String[] {"\u0430", "\u0410", "\u03B1", "\u0391", "\u00E1", "\u00E4", "\u00C0"},
            'c', new String[] {"\u0441", "\u0421", "\u00E7", "\u0107"},
            'e', new String[] {"\u0435", "\u0415", "\u03B5", "\u0395", "\u00E9", "\u00CB", "\u0451"},
            'i', new String[] {"\u0456", "\u0406", "\u03B9", "\u0399", "\u00ED", "\u00EF", "\u0130"},
            'o', new String[] {"\u043E", "\u041E", "\u03BF", "\u039F", "\u00F3", "\u00D6"},
            'p', new String[] {"\u0440", "\u0420", "\u03C1", "\u03A1"},
            's', new String[] {"\u0455", "\u0405", "\u0161", "\u015B"},
            'x', new String[] {"\u0445", "\u0425", "\u03C7", "\u03A7"},
            'y', new String[] {"\u0443", "\u0423", "\u03A5", "\u00FD", "\u00FF"});

    private record Planted(String original, String word, List<Span> spans) {
    }

    private static Planted plant(Random r) {
        StringBuilder word = new StringBuilder();
        int len = 2 + r.nextInt(5);
        for (int i = 0; i < len; i++) {
            word.append(PLANT_LETTERS.charAt(r.nextInt(PLANT_LETTERS.length())));
        }
        String w = word.toString();
        StringBuilder out = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int items = 1 + r.nextInt(12);
        boolean plantedOne = false;
        for (int item = 0; item < items; item++) {
            if (item > 0) {
                out.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
            }
            if (r.nextInt(3) == 0 || (!plantedOne && item == items - 1)) {
                plantedOne = true;
                int start = out.length();
                for (int i = 0; i < w.length(); i++) {
                    if (i > 0 && r.nextInt(3) == 0) {
                        out.append(ZERO_WIDTH[r.nextInt(ZERO_WIDTH.length)]);
                    }
                    out.append(variant(w.charAt(i), r));
                }
                spans.add(new Span(start, out.length()));
            } else {
                int fl = 1 + r.nextInt(7);
                for (int i = 0; i < fl; i++) {
                    if (i > 0 && r.nextInt(5) == 0) {
                        out.append(ZERO_WIDTH[r.nextInt(ZERO_WIDTH.length)]);
                    }
                    char c = FILLER_LETTERS.charAt(r.nextInt(FILLER_LETTERS.length()));
                    out.append(r.nextBoolean() ? c : Character.toUpperCase(c));
                }
            }
        }
        return new Planted(out.toString(), w, spans);
    }

    private static String variant(char c, Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return String.valueOf(Character.toUpperCase(c));
            case 1:
            case 2: {
                String[] alikes = LOOK_ALIKES.get(c);
                return alikes[r.nextInt(alikes.length)];
            }
            case 3:
                return c + (r.nextBoolean() ? "\u0301" : "\u0308\u0323");
            case 4:
                return String.valueOf((char) (c - 'a' + '\uFF41')); // fullwidth
            default:
                return String.valueOf(c);
        }
    }

    @Test
    void plantedWordsAreFoundAndMapBackExactly() {
        Seeded.forAll(121, 300, r -> plantedFound(r.nextLong()));
    }

    private static void plantedFound(long seed) {
        Planted p = plant(new Random(seed));
        NormalisedText t = NormalisedText.of(p.original());

        List<Span> viaIndexOf = new ArrayList<>();
        for (int i = t.text().indexOf(p.word()); i >= 0; i = t.text().indexOf(p.word(), i + 1)) {
            Span span = t.toOriginal(i, i + p.word().length());
            viaIndexOf.add(span);
            assertThat(NormalisedText.of(t.originalText(span)).text()).isEqualTo(p.word());
        }
        assertThat(viaIndexOf).as("original %s", escape(p.original())).isEqualTo(p.spans());

        Lexicon<String> lex = Lexicon.<String>builder().add(p.word(), "w").build();
        assertThat(lex.findAll(t)).extracting(LexiconMatch::original).isEqualTo(p.spans());
        assertThat(lex.findLongest(t)).extracting(LexiconMatch::original).isEqualTo(p.spans());
    }

    @Test
    void offsetsAreInBoundsAndMonotonic() {
        Seeded.forAll(122, 300, r -> inBoundsAndMonotonic(MIXED_TEXT.next(r), r.nextLong()));
    }

    private static void inBoundsAndMonotonic(String s, long seed) {
        NormalisedText t = NormalisedText.of(s, NormalisationOptions.LEETSPEAK);
        assertThat(t.originalIndex(t.length())).isEqualTo(s.length());
        int previous = 0;
        for (int i = 0; i <= t.length(); i++) {
            int oi = t.originalIndex(i);
            assertThat(oi).isBetween(previous, s.length());
            assertThat(splitsSurrogatePair(s, oi)).isFalse();
            previous = oi;
        }
        if (t.length() == 0) {
            return;
        }
        Random r = new Random(seed);
        for (int k = 0; k < 20; k++) {
            int a = r.nextInt(t.length());
            int b = a + 1 + r.nextInt(t.length() - a);
            int c = a + r.nextInt(t.length() - a);
            int d = Math.max(b, c + 1) + r.nextInt(t.length() - Math.max(b, c + 1) + 1);
            Span first = t.toOriginal(a, b);
            Span second = t.toOriginal(c, d);
            assertThat(first.start()).isLessThanOrEqualTo(second.start());
            assertThat(first.end()).isLessThanOrEqualTo(second.end());
            assertThat(first.length()).isPositive();
            assertThat(first.end()).isLessThanOrEqualTo(s.length());
            assertThat(splitsSurrogatePair(s, first.start()) || splitsSurrogatePair(s, first.end())).isFalse();
            assertThat(t.toOriginal(a, d).contains(first)).isTrue();
        }
    }

    @Test
    void leetspeakDerivedFromADefaultViewEqualsNormalisingWithLeetspeak() {
        Seeded.forAll(123, 500, r -> leetspeakDerivedEqualsDirect(MIXED_TEXT.next(r)));
    }

    private static void leetspeakDerivedEqualsDirect(String s) {
        NormalisedText direct = NormalisedText.of(s, NormalisationOptions.LEETSPEAK);
        NormalisedText derived = NormalisedText.of(s).withLeetspeak();
        assertThat(derived.text()).isEqualTo(direct.text());
        assertThat(derived.options()).isEqualTo(NormalisationOptions.LEETSPEAK);
        assertThat(derived).isEqualTo(direct);
        for (int a = 0; a <= direct.length(); a++) {
            assertThat(derived.originalIndex(a)).isEqualTo(direct.originalIndex(a));
            for (int b = a; b <= direct.length(); b++) {
                assertThat(derived.toOriginal(a, b)).isEqualTo(direct.toOriginal(a, b));
            }
        }
        assertThat(direct.withLeetspeak()).isSameAs(direct);
    }

    private static final Gen<String> MIXED_TEXT = mixedText();

    private static Gen<String> mixedText() {
        return Gen.of("a", "B", "e\u0301", "\u0301", "\u00E9", "\uFB01", "\uFB03", "\u00DF", "\u0130", "\u0440",
                        "\u03A3", "\uFF21", "\uD835\uDC1A", "\uD83D\uDE00", "\u2764\uFE0F", "\u200B", "\u00AD",
                        "\uDB40\uDC41", "3", "0", "$", "!", "@", " ", "\n", "\u00A0", "\u3342", "\u00BD", "-", "h", "7", "|", "x1")
                .list(0, 30)
                .map(parts -> String.join("", parts));
    }

    private static boolean splitsSurrogatePair(String s, int index) {
        return index > 0 && index < s.length()
                && Character.isHighSurrogate(s.charAt(index - 1)) && Character.isLowSurrogate(s.charAt(index));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }
}
