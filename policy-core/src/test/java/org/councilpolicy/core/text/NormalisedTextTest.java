package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilpolicy.core.rule.Span;
import org.junit.jupiter.api.Test;

class NormalisedTextTest {

    private static NormalisedText n(String s) {
        return NormalisedText.of(s);
    }

    @Test
    void zeroWidthIsDroppedAndNeverAtSpanEdges() {
        NormalisedText t = n("fr\u200Bee");
        assertThat(t.text()).isEqualTo("free");
        assertThat(t.toOriginal(0, 4)).isEqualTo(new Span(0, 5));
        assertThat(t.toOriginal(0, 2)).isEqualTo(new Span(0, 2));
        assertThat(t.toOriginal(2, 4)).isEqualTo(new Span(3, 5));
        assertThat(t.originalIndex(2)).isEqualTo(3);

        NormalisedText edges = n("\u200B\uFEFFbad\u2060\u00AD");
        assertThat(edges.text()).isEqualTo("bad");
        assertThat(edges.toOriginal(0, 3)).isEqualTo(new Span(2, 5));
    }

    @Test
    void otherInvisiblesAreDropped() {
        assertThat(n("a\u200Cb\u200Dc\u200Ed\u200Fe\u2061f\u2064g\u180Eh\uFE0Fi").text()).isEqualTo("abcdefghi");
        // tag characters are supplementary code points
        assertThat(n("x\uDB40\uDC41y").text()).isEqualTo("xy");
    }

    @Test
    void cyrillicAndGreekLookAlikesFoldToLatin() {
        NormalisedText t = n("\u0440\u0430\u0443\u0440\u0430l"); // раураl
        assertThat(t.text()).isEqualTo("paypal");
        assertThat(t.toOriginal(0, 6)).isEqualTo(new Span(0, 6));
        assertThat(n("\u0420\u0410\u0423\u0420\u0410L").text()).isEqualTo("paypal"); // upper case
        assertThat(n("\u03BF\u03BA").text()).isEqualTo("ok"); // Greek ok
        assertThat(n("\u0397\u0395\u039B\u039B\u039F").text()).startsWith("he"); // Greek capitals HE
        assertThat(n("\u0451").text()).isEqualTo("e"); // ё: diacritics stripped, then folded
    }

    @Test
    void confusableFoldingCanBeSwitchedOff() {
        NormalisedText t = NormalisedText.of("\u0440\u0430\u0443", NormalisationOptions.DEFAULT.withFoldConfusables(false));
        assertThat(t.text()).isEqualTo("\u0440\u0430\u0443");
    }

    @Test
    void fullwidthAndMathematicalLettersViaNfkc() {
        assertThat(n("\uFF26\uFF55\uFF4C\uFF4C").text()).isEqualTo("full");
        NormalisedText math = n("\uD835\uDC1A\uD835\uDC1B"); // 𝐚𝐛
        assertThat(math.text()).isEqualTo("ab");
        assertThat(math.toOriginal(1, 2)).isEqualTo(new Span(2, 4));
    }

    @Test
    void ligatureExpansionMapsToWholeSourceChar() {
        NormalisedText t = n("\uFB01ne"); // ﬁne
        assertThat(t.text()).isEqualTo("fine");
        assertThat(t.toOriginal(0, 4)).isEqualTo(new Span(0, 3));
        assertThat(t.toOriginal(0, 1)).isEqualTo(new Span(0, 1));
        assertThat(t.toOriginal(1, 2)).isEqualTo(new Span(0, 1));
        assertThat(t.toOriginal(1, 4)).isEqualTo(new Span(0, 3));
        assertThat(t.toOriginal(2, 4)).isEqualTo(new Span(1, 3));
    }

    @Test
    void diacriticsAreStrippedPrecomposedAndDecomposed() {
        assertThat(n("Caf\u00E9").text()).isEqualTo("cafe");
        NormalisedText decomposed = n("Cafe\u0301!");
        assertThat(decomposed.text()).isEqualTo("cafe!");
        // the e maps to e plus its combining accent
        assertThat(decomposed.toOriginal(3, 4)).isEqualTo(new Span(3, 5));
        assertThat(decomposed.toOriginal(4, 5)).isEqualTo(new Span(5, 6));
        assertThat(n("\u00FCber Stra\u00DFe \u00C6sop \u00D8re").text()).isEqualTo("uber strasse aesop ore");
        NormalisationOptions keep = NormalisationOptions.DEFAULT.withStripDiacritics(false);
        assertThat(NormalisedText.of("Cafe\u0301", keep).text()).isEqualTo("caf\u00E9");
    }

    @Test
    void caseFoldingPerCodePoint() {
        assertThat(n("HELLO \u0130stanbul \u03A3\u03C2").text()).isEqualTo("hello istanbul \u03C3\u03C3");
    }

    @Test
    void emojiAndSurrogatePairsPassThroughWithCorrectOffsets() {
        String s = "Hi \uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD!";
        NormalisedText t = n(s);
        assertThat(t.text()).isEqualTo("hi \uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD!");
        assertThat(t.toOriginal(3, 5)).isEqualTo(new Span(3, 5));
        assertThat(t.originalText(t.toOriginal(6, 10))).isEqualTo("\uD83D\uDC4D\uD83C\uDFFD");
        // emoji variation selector is invisible and dropped, the emoji stays
        NormalisedText heart = n("\u2764\uFE0Fx");
        assertThat(heart.text()).isEqualTo("\u2764x");
        assertThat(heart.toOriginal(1, 2)).isEqualTo(new Span(2, 3));
    }

    @Test
    void originalIndexAtLengthIsOriginalLength() {
        NormalisedText t = n("ab\u200B");
        assertThat(t.length()).isEqualTo(2);
        assertThat(t.originalIndex(2)).isEqualTo(3);
        assertThat(t.toOriginal(2, 2)).isEqualTo(new Span(3, 3));
        assertThatThrownBy(() -> t.originalIndex(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.toOriginal(1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(n("").length()).isZero();
        assertThat(n("").originalIndex(0)).isZero();
    }

    @Test
    void leetspeakOnlyInsideRunsWithLetters() {
        NormalisationOptions leet = NormalisationOptions.LEETSPEAK;
        assertThat(NormalisedText.of("h3ll0 w0rld", leet).text()).isEqualTo("hello world");
        assertThat(NormalisedText.of("$h!t", leet).text()).isEqualTo("shit");
        assertThat(NormalisedText.of("5cunth0rp3", leet).text()).isEqualTo("scunthorpe");
        assertThat(NormalisedText.of("In 2024 it cost \u00A35, 100%", leet).text()).isEqualTo("in 2024 it cost \u00A35, 100%");
        assertThat(NormalisedText.of("great!!", leet).text()).isEqualTo("great!!");
        assertThat(NormalisedText.of("h3ll0", NormalisationOptions.DEFAULT).text()).isEqualTo("h3ll0");
        // one-to-one, offsets untouched
        NormalisedText t = NormalisedText.of("x h\u200B3ll0", leet);
        assertThat(t.text()).isEqualTo("x hello");
        assertThat(t.toOriginal(2, 7)).isEqualTo(new Span(2, 8));
    }

    @Test
    void nullsFailFast() {
        assertThatThrownBy(() -> NormalisedText.of(null)).isInstanceOf(NullPointerException.class).hasMessage("original");
        assertThatThrownBy(() -> NormalisedText.of("x", null)).isInstanceOf(NullPointerException.class).hasMessage("options");
    }

    @Test
    void toStringDoesNotLeakContent() {
        assertThat(n("jane@example.com").toString()).doesNotContain("jane");
    }
}
