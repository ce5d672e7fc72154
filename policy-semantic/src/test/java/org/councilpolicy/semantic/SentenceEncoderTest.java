package org.councilpolicy.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load();
    }

    @AfterAll
    static void close() {
        encoder.close();
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
        assertThat(SentenceEncoder.withoutLinksAndHandles("See https://www.suffolk.gov.uk/fire?x=1 and www.example.org now, @SuffolkFire!"))
                .isEqualTo("See   and   now,  !");
        assertThat(SentenceEncoder.withoutLinksAndHandles("mail jo@example.org #Suffolk")).isEqualTo("mail jo@example.org #Suffolk");
        assertThat(encoder.embed("Bins go out on Monday https://example.org/bins @council"))
                .containsExactly(encoder.embed("Bins go out on Monday"));
    }
}
