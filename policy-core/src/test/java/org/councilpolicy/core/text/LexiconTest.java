package org.councilpolicy.core.text;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.testsupport.Scaling;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static Lexicon<String> lexicon(boolean wholeWords, String... phrases) {
        Lexicon.Builder<String> b = Lexicon.<String>builder().wholeWords(wholeWords);
        for (String p : phrases) {
            b.add(p, p.toUpperCase());
        }
        return b.build();
    }

    @Test
    void overlappingMatchesSortedByStartThenLongest() {
        Lexicon<String> lex = lexicon(false, "he", "she", "his", "hers");
        NormalisedText t = lex.normalise("ushers");
        assertThat(lex.findAll(t)).extracting(LexiconMatch::start, LexiconMatch::end, LexiconMatch::phrase)
                .containsExactly(tuple(1, 4, "she"), tuple(2, 6, "hers"), tuple(2, 4, "he"));
        assertThat(lex.findLongest(t)).extracting(LexiconMatch::phrase).containsExactly("she");
    }

    @Test
    void findLongestIsLeftmostLongestNonOverlapping() {
        Lexicon<String> lex = lexicon(true, "fly", "fly tipping", "tipping point", "point");
        NormalisedText t = lex.normalise("Fly tipping point reported");
        assertThat(lex.findLongest(t)).extracting(LexiconMatch::phrase).containsExactly("fly tipping", "point");
        assertThat(lex.findAll(t)).extracting(LexiconMatch::phrase)
                .containsExactly("fly tipping", "fly", "tipping point", "point");
    }

    @Test
    void wholeWordsRejectMatchesInsideWords() {
        Lexicon<String> lex = lexicon(true, "ass", "cunt");
        assertThat(lex.containsAny(lex.normalise("a fair assessment of Scunthorpe"))).isFalse();
        assertThat(lex.findAll(lex.normalise("a fair assessment of Scunthorpe"))).isEmpty();
        assertThat(lex.findLongest(lex.normalise("class assessment"))).isEmpty();
        NormalisedText t = lex.normalise("what an ass, (ass)");
        assertThat(lex.findAll(t)).extracting(LexiconMatch::original)
                .containsExactly(new Span(8, 11), new Span(14, 17));
        assertThat(lex.containsAny(t)).isTrue();

        Lexicon<String> loose = lexicon(false, "ass");
        assertThat(loose.findAll(loose.normalise("assassin"))).extracting(LexiconMatch::start).containsExactly(0, 3);
    }

    @Test
    void wholeWordsAllowPunctuationEdgedPhrases() {
        Lexicon<String> lex = lexicon(true, "\u00A35", "@council");
        NormalisedText t = lex.normalise("only (\u00A35) to email @council.");
        assertThat(lex.findAll(t)).extracting(LexiconMatch::phrase).containsExactly("\u00A35", "@council");
        assertThat(lex.findAll(lex.normalise("\u00A350 or x@councils"))).isEmpty();
    }

    @Test
    void multiWordPhrasesMatchAnyWhitespaceRun() {
        Lexicon<String> lex = lexicon(true, "  fly   tipping ", "bin\tcollection day");
        String s = "Report fly \n\t tipping and\nbin  collection\r\nday.";
        NormalisedText t = lex.normalise(s);
        List<LexiconMatch<String>> all = lex.findAll(t);
        assertThat(all).extracting(m -> t.originalText(m.original()))
                .containsExactly("fly \n\t tipping", "bin  collection\r\nday");
        assertThat(all).extracting(LexiconMatch::phrase).containsExactly("  fly   tipping ", "bin\tcollection day");
        assertThat(lex.findAll(lex.normalise("flytipping"))).isEmpty();
    }

    @Test
    void phrasesAreNormalisedLikeTexts() {
        Lexicon<String> lex = lexicon(true, "Caf\u00E9", "\u0440\u0430\u0443\u0440\u0430l");
        NormalisedText t = lex.normalise("CAFE and Cafe\u0301 and pay\u200Bpal and PAYPAL");
        assertThat(lex.findAll(t)).extracting(m -> t.originalText(m.original()))
                .containsExactly("CAFE", "Cafe\u0301", "pay\u200Bpal", "PAYPAL");
        assertThat(lex.findAll(t)).extracting(LexiconMatch::phrase)
                .containsExactly("Caf\u00E9", "Caf\u00E9", "\u0440\u0430\u0443\u0440\u0430l", "\u0440\u0430\u0443\u0440\u0430l");
    }

    @Test
    void matchSpanExcludesZeroWidthAtEdges() {
        Lexicon<String> lex = lexicon(true, "free");
        NormalisedText t = lex.normalise("get \u200Bfr\u200Bee\u200B now");
        LexiconMatch<String> m = lex.findAll(t).get(0);
        assertThat(m.original()).isEqualTo(new Span(5, 10));
        assertThat(t.originalText(m.original())).isEqualTo("fr\u200Bee");
    }

    @Test
    void payloadsAndDuplicates() {
        Lexicon<Integer> lex = Lexicon.<Integer>builder()
                .add("spam", 1).add("spam", 1).add("spam", 2).add("SPAM", 3)
                .addAll(Map.of("eggs", 4))
                .build();
        assertThat(lex.size()).isEqualTo(4);
        NormalisedText t = lex.normalise("spam and eggs");
        assertThat(lex.findAll(t)).extracting(LexiconMatch::phrase, LexiconMatch::payload)
                .containsExactly(tuple("spam", 1), tuple("spam", 2), tuple("SPAM", 3), tuple("eggs", 4));
        assertThat(lex.findLongest(t)).extracting(LexiconMatch::payload).containsExactly(1, 2, 3, 4);
    }

    @Test
    void leetspeakLexicon() {
        Lexicon<String> lex = Lexicon.<String>builder().normalisation(NormalisationOptions.LEETSPEAK).add("shit", "x").build();
        assertThat(lex.containsAny(lex.normalise("oh $h!t!"))).isTrue();
        assertThat(lex.findAll(lex.normalise("oh 5h1t"))).extracting(LexiconMatch::original).containsExactly(new Span(3, 7));
    }

    @Test
    void rejectsTextNormalisedWithOtherOptions() {
        Lexicon<String> lex = lexicon(true, "x");
        assertThatThrownBy(() -> lex.findAll(NormalisedText.of("x", NormalisationOptions.LEETSPEAK)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildFailsFastOnBadPhrases() {
        assertThatThrownBy(() -> Lexicon.<String>builder().add("  ", "p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.<String>builder().add("", "p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.<String>builder().add("\u200B", "p").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.<String>builder().add(null, "p")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Lexicon.<String>builder().add("x", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void emptyLexiconMatchesNothing() {
        Lexicon<String> lex = Lexicon.<String>builder().build();
        assertThat(lex.findAll(lex.normalise("anything"))).isEmpty();
        assertThat(lex.containsAny(lex.normalise("anything"))).isFalse();
    }

    @Test
    void fromResourceSkipsCommentsAndBlanks() {
        Lexicon<String> lex = Lexicon.fromResource(LexiconTest.class, "sample-lexicon.txt");
        assertThat(lex.size()).isEqualTo(3);
        NormalisedText t = lex.normalise("Fly-tipping? No: fly  tipping in stoke-on-trent and SCUNTHORPE");
        assertThat(lex.findLongest(t)).extracting(LexiconMatch::payload)
                .containsExactly("fly tipping", "Stoke-on-Trent", "Scunthorpe");
        assertThatThrownBy(() -> Lexicon.fromResource(LexiconTest.class, "missing.txt"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveThousandGeneratedTerms() {
        Random random = new Random(42);
        Map<String, Integer> terms = new HashMap<>();
        while (terms.size() < 5000) {
            StringBuilder sb = new StringBuilder();
            int len = 3 + random.nextInt(8);
            for (int i = 0; i < len; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            terms.putIfAbsent(sb.toString(), terms.size());
        }
        Lexicon<Integer> lex = Lexicon.<Integer>builder().addAll(terms).build();
        assertThat(lex.size()).isEqualTo(5000);
        List<String> termList = new ArrayList<>(terms.keySet());
        StringBuilder text = new StringBuilder();
        List<String> planted = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String w = termList.get(random.nextInt(termList.size()));
            planted.add(w);
            text.append(random.nextBoolean() ? w.toUpperCase() : w).append(i % 7 == 0 ? ",\n" : " ");
        }
        NormalisedText t = lex.normalise(text.toString());
        List<LexiconMatch<Integer>> found = lex.findLongest(t);
        assertThat(found).extracting(LexiconMatch::phrase).containsExactlyElementsOf(planted);
        assertThat(found).allSatisfy(m -> {
            assertThat(m.payload()).isEqualTo(terms.get(m.phrase()));
            assertThat(t.originalText(m.original())).isEqualToIgnoringCase(m.phrase());
        });
        assertThat(lex.findAll(t)).extracting(LexiconMatch::phrase).containsExactlyElementsOf(planted);
    }

    @Test
    void pathologicalInputCompletes() {
        Lexicon.Builder<Integer> b = Lexicon.<Integer>builder().wholeWords(false);
        for (int len = 1; len <= 300; len++) {
            b.add("a".repeat(len), len);
        }
        b.add("a".repeat(1000), 1000);
        Lexicon<Integer> lex = b.build();
        NormalisedText t = lex.normalise("a".repeat(200_000));
        List<LexiconMatch<Integer>> found = assertTimeoutPreemptively(ofSeconds(10), () -> lex.findLongest(t));
        assertThat(found).hasSize(200);
        assertThat(found).allSatisfy(m -> assertThat(m.payload()).isEqualTo(1000));
        assertThat(found.get(199).original()).isEqualTo(new Span(199_000, 200_000));

        NormalisedText odd = lex.normalise("a".repeat(200_500));
        List<LexiconMatch<Integer>> oddFound = assertTimeoutPreemptively(ofSeconds(10), () -> lex.findLongest(odd));
        assertThat(oddFound).hasSize(202);
        assertThat(oddFound.get(200).payload()).isEqualTo(300);
        assertThat(oddFound.get(201).payload()).isEqualTo(200);
        assertThat(assertTimeoutPreemptively(ofSeconds(10), () -> lex.containsAny(t))).isTrue();

        Lexicon<Integer> whole = Lexicon.<Integer>builder().add("a", 1).add("aa", 2).add("aaa", 3).build();
        NormalisedText words = whole.normalise("a".repeat(200_000));
        assertThat(assertTimeoutPreemptively(ofSeconds(10), () -> whole.findLongest(words))).isEmpty();
    }

    @Test
    void matchingIsLinearInTheText() {
        Lexicon.Builder<Integer> b = Lexicon.<Integer>builder().wholeWords(false);
        for (int len = 1; len <= 300; len++) {
            b.add("a".repeat(len), len);
        }
        Lexicon<Integer> lex = b.build();
        Scaling.assertLinear("findLongest over runs of one letter", 25_000, n -> {
            NormalisedText t = lex.normalise("a".repeat(n));
            return () -> lex.findLongest(t);
        });
        Scaling.assertLinear("normalising and matching mixed text", 25_000, n -> {
            String text = "Call Jane about the a-a-a bins ".repeat(n / 30);
            return () -> lex.findAll(lex.normalise(text));
        });
    }
}
