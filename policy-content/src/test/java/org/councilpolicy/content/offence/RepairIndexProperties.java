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
 * {@link RepairIndex} answers what {@link RepairedWords} would find by building strings or scanning: the letter put
 * back into a word before a person noun, whether a word holds a word of the inner vocabulary (what the scan of the
 * text finds in it), and whether a glued pair can be a vocabulary word.
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

    @Test
    void aGluedPairTurnedAwayIsNoVocabularyWord() {
        List<String> vocabulary = List.copyOf(LEX.vocabulary);
        int[] counts = new int[2];
        Seeded.forAll(227, 30_000, random -> {
            String v = vocabulary.get(random.nextInt(vocabulary.size()));
            String glued = random.nextInt(3) == 0 ? randomLetters(random) + v : v;
            if (glued.length() < 6) {
                glued = glued + randomLetters(random) + "abcdef";
            }
            if (random.nextInt(4) == 0) { // a letter changed
                int at = random.nextInt(glued.length());
                glued = glued.substring(0, at) + (char) ('a' + random.nextInt(26)) + glue(glued, at + 1);
            }
            int split = 1 + random.nextInt(glued.length() - 1);
            String a = glued.substring(0, split);
            String b = glued.substring(split);
            boolean may = LEX.repairs.mayStartVocabulary(a, b);
            if (!may) {
                assertThat(LEX.vocabulary.contains(a + b)).as(a + "|" + b).isFalse();
            }
            counts[may ? 1 : 0]++;
        });
        assertThat(counts[0]).as("pairs turned away").isGreaterThan(3_000);
        assertThat(counts[1]).as("pairs looked up").isGreaterThan(3_000);
    }

    @Test
    void everyPersonNounIsAVocabularyWord() {
        // RepairedWords asks whether the next word is a person noun only of vocabulary words
        assertThat(LEX.personNouns).isNotEmpty();
        assertThat(LEX.vocabulary).containsAll(LEX.personNouns);
    }

    private static String glue(String s, int from) {
        return from < s.length() ? s.substring(from) : "";
    }

    private static String randomLetters(java.util.random.RandomGenerator random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
