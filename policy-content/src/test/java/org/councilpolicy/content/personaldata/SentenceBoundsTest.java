package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceBounds#start} answers from stops found once; it must give what the 200-character backward scan
 * it replaced gave, at every position of random texts made of the characters that matter.
 */
class SentenceBoundsTest {

    /** The scan {@code OwnerCues.sentenceStart} ran before (issue 16: one scan per question). */
    private static int scanned(String text, int pos) {
        for (int k = Math.min(pos, text.length()) - 1; k > 0 && pos - k < 200; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return k + 1;
            }
            char p = text.charAt(k - 1);
            if (Character.isWhitespace(c) && (p == '.' || p == '!' || p == '?') && !abbreviation(text, k - 1)) {
                return k;
            }
        }
        return Math.max(0, pos - 200);
    }

    private static boolean abbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return text.charAt(dot) == '.' && dot - k >= 1 && dot - k <= 2 && Character.isUpperCase(text.charAt(k));
    }

    @Test
    void startIsWhatTheBackwardScanGaveAtEveryPosition() {
        String alphabet = "aSt. Mr.!?\n\u00a0x1";
        SplittableRandom random = new SplittableRandom(16);
        for (int round = 0; round < 200; round++) {
            int length = random.nextInt(1, round < 100 ? 60 : 900);
            // Sparse stops in some texts, so the 200-character reach is reached.
            int density = random.nextInt(1, 40);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(density) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : random.nextBoolean() ? 'w' : 'W');
            }
            String text = s.toString();
            SentenceBounds bounds = new SentenceBounds(text);
            for (int pos = 0; pos <= text.length() + 1; pos++) {
                assertThat(bounds.start(pos)).as("start(%d) of a text of %d", pos, text.length())
                        .isEqualTo(scanned(text, pos));
            }
        }
    }

    @Test
    void abbreviationsAndLineBreaks() {
        String text = "Call Mr. Smith on 01632 960001. Then\nring St. Mary's. Done! Ok";
        SentenceBounds bounds = new SentenceBounds(text);
        assertThat(bounds.start(text.indexOf("01632"))).isZero();
        assertThat(bounds.start(text.indexOf("Then"))).isEqualTo(text.indexOf(" Then"));
        assertThat(bounds.start(text.indexOf("Mary"))).isEqualTo(text.indexOf("ring"));
        assertThat(bounds.start(text.indexOf("Ok"))).isEqualTo(text.indexOf(" Ok"));
        assertThat(bounds.end(0)).isEqualTo(text.indexOf(". Then"));
    }
}
