package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The trigger pre-scans that skip an evasion scan (masked words without {@code *} or {@code x}; the joined view
 * when no term can match across a join; the inner-vocabulary scan for words that cannot be segmented) give what the full scans give, on texts that mix
 * plain words with every kind of evasion.
 */
class EvasionFastPathProperties {

    private static final OffenceLexicons LEX = OffenceLexicons.get();

    private static final String[] PLAIN = {"the", "council", "meeting", "on", "Tuesday", "residents", "a", "I",
        "am", "to", "go", "bins", "were", "collected", "late", "again", "thank", "you", "Wilsford", "cum", "Lake",
        "knob", "of", "butter", "Dick", "Whittington", "Scunthorpe", "people", "those", "hate", "disgusting", "next",
        "example", "extra", "box", "six", "Bob", "boob", "45s", "2nd", "10am", "Mr", "Smith", "is", "an", "idiot"};

    /** Each kind of evasion the views undo: masks, x for a letter, leet and digits, spacing, joining, look-alikes,
     * stretching, glued and misspelt words. */
    private static final String[] EVASIONS = {"f**k", "sh*t", "n*gger", "fuxk", "dxck", "b*", "***", "*a*",
        "f u c k", "f.u.c.k", "a-hole", "fu ck", "pe ni s", "v i l e", "i h a t e", "sh1t", "5#1+", "fvck", "b!tch",
        "@ss", "$hit", "\u0192uck", "\u03bcgly", "\u00a2unt", "fuuuuck", "fuckfuck", "dumbassdumbass", "ihate",
        "mormonsare", "dis gusting", "hte", "disgustng", "killd", "fukced", "x", "xx", "xxxx", "text", "s.h.i.t",
        "f|u|c|k", "w4nker", "tw@t", "\u00e9", "na\u00efve", "c\u2019mon", "ain't", "blak", "gy", "muslm", "jewsh",
        "hatekurds", "sosickening", "peoplearevermin"};

    private static final String[] GAPS = {" ", " ", " ", "  ", ", ", ". ", "\n", " - ", "! ", "? ", "\"", " '"};

    @Test
    void profanityFastPathFindsWhatTheFullScansFind() {
        Seeded.forAll(191, 3_000, random -> {
            String text = text(random);
            NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
            List<Token> tokens = Tokenizer.words(nt.text());
            EvasionView plain = EvasionView.plain(nt);
            EvasionView joined = EvasionView.joined(nt, plain);
            ProfanityMatcher matcher = new ProfanityMatcher(LEX);
            assertThat(matcher.find(nt, plain, joined, tokens, true)).as(text)
                    .isEqualTo(matcher.find(nt, plain, joined, tokens, false));
        });
    }

    @Test
    void repairedWordsFastPathRepairsWhatTheFullScansRepair() {
        Seeded.forAll(193, 3_000, random -> {
            String text = text(random);
            NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
            WordView wv = new WordView(nt, LEX, Tokenizer.words(nt.text()));
            RepairedWords fast = new RepairedWords(wv, LEX, true);
            RepairedWords full = new RepairedWords(wv, LEX, false);
            assertThat(fast.words).as(text).isEqualTo(full.words);
            assertThat(fast.from).as(text).isEqualTo(full.from);
            assertThat(fast.to).as(text).isEqualTo(full.to);
            assertThat(fast.tagged(LEX)).as(text).isEqualTo(full.tagged(LEX));
        });
    }

    @Test
    void wordViewRecordsEachWordsVocabularyLookUp() {
        // RepairedWords reads these instead of looking each word up again: they must be the look-ups themselves,
        // for spaced-out, split and typo-fixed words too.
        int known = 0;
        int unknown = 0;
        for (int seed = 0; seed < 2; seed++) {
            RandomGenerator random = new java.util.SplittableRandom(197 + seed);
            for (int i = 0; i < 1_500; i++) {
                String text = text(random);
                NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
                WordView wv = new WordView(nt, LEX, Tokenizer.words(nt.text()));
                assertThat(wv.inVocabulary).as(text).hasSize(wv.size());
                for (int k = 0; k < wv.size(); k++) {
                    assertThat(wv.inVocabulary[k]).as(text + " / " + wv.words[k])
                            .isEqualTo(LEX.vocabulary.contains(wv.words[k]));
                    known += wv.inVocabulary[k] ? 1 : 0;
                    unknown += wv.inVocabulary[k] ? 0 : 1;
                }
            }
        }
        assertThat(known).as("words in the vocabulary").isGreaterThan(500);
        assertThat(unknown).as("words not in it").isGreaterThan(500);
    }

    @Test
    void theGeneratorReachesEveryTrigger() {
        // The properties above only mean something if the generated texts contain each trigger and are found.
        int masked = 0;
        int segmented = 0;
        int found = 0;
        int joinedSkipped = 0;
        int joinedScanned = 0;
        RandomGenerator random = new java.util.SplittableRandom(7);
        ProfanityMatcher matcher = new ProfanityMatcher(LEX);
        for (int i = 0; i < 500; i++) {
            String text = text(random);
            NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
            EvasionView plain = EvasionView.plain(nt);
            masked += ProfanityMatcher.maskable(plain.skeleton) ? 0 : 1;
            EvasionView joined = EvasionView.joined(nt, plain);
            if (joined != plain) {
                boolean across = LEX.joinSeams.mayMatchAcross(joined);
                joinedScanned += across ? 1 : 0;
                joinedSkipped += across ? 0 : 1;
            }
            WordView wv = new WordView(nt, LEX, Tokenizer.words(nt.text()));
            segmented += new RepairedWords(wv, LEX).size() != wv.size() ? 1 : 0;
            found += matcher.find(nt, plain, EvasionView.joined(nt, plain), Tokenizer.words(nt.text())).isEmpty() ? 0 : 1;
        }
        assertThat(joinedSkipped).as("joined views not scanned").isGreaterThan(20);
        assertThat(joinedScanned).as("joined views scanned").isGreaterThan(20);
        assertThat(masked).as("texts the masked-word scan skips").isBetween(20, 480);
        assertThat(segmented).as("texts with a repaired word").isGreaterThan(20);
        assertThat(found).as("texts with profanity found").isGreaterThan(100);
    }

    /** Plain words with, now and then, an evasion, separated by spaces and punctuation. */
    private static String text(RandomGenerator random) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(14);
        boolean evasive = random.nextInt(4) > 0; // a quarter of the texts have no evasion at all
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(GAPS[random.nextInt(GAPS.length)]);
            }
            if (evasive && random.nextInt(4) == 0) {
                sb.append(EVASIONS[random.nextInt(EVASIONS.length)]);
            } else {
                sb.append(PLAIN[random.nextInt(PLAIN.length)]);
            }
        }
        if (random.nextInt(10) == 0) {
            sb.append(Seeded.anyString(random, 12));
        }
        return sb.toString();
    }
}
