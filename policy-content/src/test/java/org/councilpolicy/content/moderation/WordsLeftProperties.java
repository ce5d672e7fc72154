package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The moderator's one-sweep count of words left after removing offending spans equals the obvious count. */
class WordsLeftProperties {

    @Property(tries = 500)
    void sweepEqualsWordsTimesSpans(@ForAll("texts") String text, @ForAll("spans") List<int[]> raw) {
        List<Span> spans = new ArrayList<>();
        for (int[] r : raw) {
            int a = Math.min(r[0], text.length());
            int b = Math.min(a + r[1], text.length());
            spans.add(new Span(a, b));
        }
        int naive = 0;
        for (Token t : Tokenizer.words(text)) {
            Span s = new Span(t.start(), t.end());
            if (spans.stream().noneMatch(o -> o.overlaps(s))) {
                naive++;
            }
        }
        assertThat(Moderator.wordsLeft(text, spans)).isEqualTo(naive);
    }

    @Test
    void wordsInsideOrTouchedBySpansAreNotLeft() {
        String text = "one two three four five";
        // "two" is inside, "four" is touched by its first letter; an empty span at the start of "five" touches nothing
        assertThat(Moderator.wordsLeft(text, List.of(new Span(4, 7), new Span(14, 15), new Span(19, 19))))
                .isEqualTo(3);
        assertThat(Moderator.wordsLeft(text, List.of())).isEqualTo(5);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab .,!'").ofMaxLength(60);
    }

    @Provide
    Arbitrary<List<int[]>> spans() {
        Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 12)).as((a, len) -> new int[] {a, len});
        return one.list().ofMaxSize(8);
    }
}
