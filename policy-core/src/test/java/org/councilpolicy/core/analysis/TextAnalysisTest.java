package org.councilpolicy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.councilpolicy.core.rule.Span;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void keyedAnalysesAreComputedOnceFromTheirOwnText() {
        AtomicInteger computed = new AtomicInteger();
        AnalysisKey<Integer> length = AnalysisKey.of("length", a -> {
            computed.incrementAndGet();
            return a.text().length();
        });
        TextAnalysis a = TextAnalysis.of("four");
        TextAnalysis b = TextAnalysis.of("seven!!");
        assertThat(a.get(length)).isEqualTo(4);
        assertThat(a.get(length)).isEqualTo(4);
        assertThat(b.get(length)).isEqualTo(7);
        assertThat(computed).hasValue(2);
        assertThat(a.normalised()).isSameAs(a.normalised());
        assertThat(a.leetspeak().original()).isEqualTo("four");
    }

    @Test
    void wordsCarryTheirOriginalSpans() {
        TextAnalysis a = TextAnalysis.of("Caf\u00E9 \u200Bopen");
        assertThat(a.words().all()).extracting(Word::text).containsExactly("cafe", "open");
        assertThat(a.words().get(1).original()).isEqualTo(new Span(6, 10));
    }

    @Test
    void oneSentenceDefinition() {
        Sentences s = Sentences.of("Bins on Monday. Call 3.5 miles away! gov.uk\nNext: line; end");
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.sentenceAt(0)).isZero();
        assertThat(s.sentenceAt(20)).isEqualTo(1); // "3.5" does not end a sentence
        assertThat(s.sameSentence(37, 41)).isTrue(); // gov.uk
        assertThat(s.clauseAt(s.sentence(3).start() + 13)).isGreaterThan(s.clauseAt(s.sentence(3).start()));
    }
}
