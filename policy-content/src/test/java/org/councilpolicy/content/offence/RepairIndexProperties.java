package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * {@link RepairIndex} answers what {@link RepairedWords} would find by building strings: the letter put back into
 * a word before a person noun, and whether a word holds a word of the inner vocabulary (what the scan of the text finds in it).
 */
class RepairIndexProperties {

    private static final OffenceLexicons LEX = OffenceLexicons.get();

    @Test
    void aLetterPutBackIsTheOneTheSearchFinds() {
        // every interior deletion of every group word, and each with one letter changed: hits and misses
        List<String> words = new ArrayList<>();
        for (String g : LEX.groupWords) {
            for (int p = 1; p < g.length() - 1; p++) {
                String d = g.substring(0, p) + g.substring(p + 1);
                words.add(d);
                words.add(d.substring(0, d.length() - 1) + (char) ('a' + (d.length() * 7 + p) % 26));
            }
        }
        int restored = 0;
        for (String w : words) {
            if (w.length() < 2 || w.length() > 12) {
                continue; // RepairedWords asks only of these
            }
            String expected = RepairedWords.letterRestored(w, LEX);
            assertThat(LEX.repairs.letterRestored(w)).as(w).isEqualTo(expected);
            restored += expected != null ? 1 : 0;
        }
        assertThat(restored).as("words a letter restores").isGreaterThan(200);
        Seeded.forAll(211, 20_000, random -> {
            String w = Seeded.anyString(random, 1 + random.nextInt(12)).toLowerCase(java.util.Locale.ROOT);
            if (w.length() >= 2) {
                assertThat(LEX.repairs.letterRestored(w)).as(w).isEqualTo(RepairedWords.letterRestored(w, LEX));
            }
        });
    }

    @Test
    void aPlainWordHoldsWhatTheScanOfTheTextFindsInIt() {
        List<String> inner = LEX.vocabulary.stream()
                .filter(v -> v.length() >= 4 && v.chars().allMatch(Character::isLetter)).toList();
        String[] glue = {"", "x", "the", "so", "hate", "AND", "9", "'s", "-"};
        int[] counts = new int[3];
        Seeded.forAll(223, 20_000, random -> {
            String v = inner.get(random.nextInt(inner.size()));
            String word = switch (random.nextInt(5)) {
                case 0 -> glue[random.nextInt(glue.length)] + v + glue[random.nextInt(glue.length)];
                case 1 -> v.substring(0, 1 + random.nextInt(v.length() - 1)) + glue[random.nextInt(glue.length)];
                case 2 -> Seeded.anyString(random, 10);
                case 3 -> randomLetters(random) + v + randomLetters(random);
                default -> randomLetters(random) + (random.nextBoolean() ? v.substring(1) : "") + glue[random.nextInt(glue.length)];
            };
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                return;
            }
            NormalisedText nt = NormalisedText.of(word, NormalisationOptions.LEETSPEAK);
            WordView wv = new WordView(nt, LEX, Tokenizer.words(nt.text()));
            for (int k = 0; k < wv.size(); k++) {
                boolean holds = false;
                for (WordView.WordMatch<String> m : wv.matchInside(LEX.innerVocabulary)) {
                    holds |= m.from() <= k && k < m.to();
                }
                int inside = LEX.repairs.holdsInner(wv.words[k]);
                if (inside >= 0) {
                    assertThat(inside == 1).as(word + " / " + wv.words[k]).isEqualTo(holds);
                    counts[2]++;
                }
                counts[holds ? 1 : 0]++;
            }
        });
        assertThat(counts[1]).as("words holding a vocabulary word").isGreaterThan(2_000);
        assertThat(counts[0]).as("words holding none").isGreaterThan(2_000);
        assertThat(counts[2]).as("words answered without a scan").isGreaterThan(10_000);
    }

    private static String randomLetters(java.util.random.RandomGenerator random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
