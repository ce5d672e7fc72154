package org.councilpolicy.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = TestStage.encoder();
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void unitVectorsTheSameBitsEveryTimeAndMeaningCloserThanWords() {
        float[] a = encoder.embed("The bins will be collected on Monday.");
        assertThat(a).hasSize(SentenceEncoder.DIMENSION);
        assertThat(dot(a, a)).isCloseTo(1.0, within(1e-5));
        assertThat(encoder.embed("The bins will be collected on Monday.")).containsExactly(a);
        float[] same = encoder.embed("Rubbish collection happens on Monday");
        float[] other = encoder.embed("I will find where you live");
        assertThat(dot(a, same)).isGreaterThan(dot(a, other) + 0.2);
    }

    @Test
    void emptyAndHostileTextStillEmbed() {
        assertThat(encoder.embed("")).hasSize(SentenceEncoder.DIMENSION);
        assertThat(encoder.embed("\u0000\u200b☃".repeat(5000))).hasSize(SentenceEncoder.DIMENSION);
    }

    @Test
    void linksAndHandlesAreLeftOutEmailsAndWordsKept() {
        assertThat(encoder.readable("See https://www.suffolk.gov.uk/fire?x=1 and www.example.org now, @SuffolkFire!"))
                .isEqualTo("See   and   now,  !");
        assertThat(encoder.readable("mail jo@example.org about it")).isEqualTo("mail jo@example.org about it");
        assertThat(encoder.embed("Bins go out on Monday https://example.org/bins @council"))
                .containsExactly(encoder.embed("Bins go out on Monday"));
    }

    @Test
    void signOffsHashtagMarksRepeatsAndUnknownSymbolsCostNoWordPieces() {
        assertThat(encoder.readable("Open on Saturday. ^Sam")).isEqualTo("Open on Saturday.  ");
        assertThat(encoder.readable("x^2 and 2^10")).isEqualTo("x^2 and 2^10");
        assertThat(encoder.readable("#FireSafety #Suffolk #covid19 #NHS")).isEqualTo(" Fire Safety  Suffolk  covid 19  NHS");
        assertThat(encoder.readable("C# and ticket#4 and &#39;")).isEqualTo("C# and ticket#4 and &#39;");
        assertThat(encoder.readable("Test it!!! Now?! Wait...")).isEqualTo("Test it! Now?! Wait.");
        assertThat(encoder.readable("lol\uD83D\uDD25\uD83D\uDD25 great 20\u00b0C")).isEqualTo("lol   great 20\u00b0C");
        WordPiece words = encoder.tokenizer();
        assertThat(words.ids(encoder.readable("TEST YOUR SMOKE ALARMS!!! #FireSafety ^Sam \uD83D\uDD25")))
                .containsExactly(words.ids("test your smoke alarms! fire safety"));
        assertThat(encoder.embed("Well done lol\uD83D\uDE02\uD83D\uDE02")).containsExactly(encoder.embed("Well done lol"));
    }

    @Test
    void hostileTextIsReadInLinearTime() {
        String hostile = "#a ".repeat(50_000) + "!".repeat(50_000) + " ^Ab".repeat(30_000) + " #" + "x".repeat(50_000)
                + "\uD83D\uDD25".repeat(30_000);
        // a quadratic walk over 340,000 characters would take minutes; the linear one takes milliseconds
        String out = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> encoder.readable(hostile));
        assertThat(out).startsWith(" a  a  a ").doesNotContain("!!").doesNotContain("^").contains(" #xxx")
                .endsWith("x" + " ".repeat(30_000));
    }
}
