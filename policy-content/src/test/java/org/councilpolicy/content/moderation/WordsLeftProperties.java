package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

/** The moderator's one-sweep count of words left after removing offending spans equals the obvious count. */
class WordsLeftProperties {

    @Test
    void sweepEqualsWordsTimesSpans() {
        Seeded.forAll(41, 500, random -> {
            String text = text(random);
            List<Span> spans = new ArrayList<>();
            int count = random.nextInt(0, 9);
            for (int i = 0; i < count; i++) {
                int a = Math.min(random.nextInt(0, 61), text.length());
                int b = Math.min(a + random.nextInt(0, 13), text.length());
                spans.add(new Span(a, b));
            }
            int naive = 0;
            for (Token t : Tokenizer.words(text)) {
                Span s = new Span(t.start(), t.end());
                if (spans.stream().noneMatch(o -> o.overlaps(s))) {
                    naive++;
                }
            }
            assertThat(Moderator.wordsLeft(text, spans)).as(text + " " + spans).isEqualTo(naive);
        });
    }

    @Test
    void wordsInsideOrTouchedBySpansAreNotLeft() {
        String text = "one two three four five";
        // "two" is inside, "four" is touched by its first letter; an empty span at the start of "five" touches nothing
        assertThat(Moderator.wordsLeft(text, List.of(new Span(4, 7), new Span(14, 15), new Span(19, 19))))
                .isEqualTo(3);
        assertThat(Moderator.wordsLeft(text, List.of())).isEqualTo(5);
    }

    private static String text(RandomGenerator random) {
        String chars = "ab .,!'";
        int n = random.nextInt(0, 61);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
