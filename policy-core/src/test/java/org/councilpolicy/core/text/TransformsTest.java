package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.rule.Span;
import org.junit.jupiter.api.Test;

class TransformsTest {

    @Test
    void rightToLeftOverrideIsReadInReadingOrderMappedToTheStretchWritten() {
        String s = "you \u202Ekcuf\u202C off";
        NormalisedText t = NormalisedText.of(s);
        assertThat(t.text()).isEqualTo("you fuck off");
        int f = t.text().indexOf("fuck");
        assertThat(t.toOriginal(f, f + 4)).isEqualTo(new Span(5, 9));
        assertThat(t.toOriginal(f + 1, f + 2)).isEqualTo(new Span(5, 9));
        assertThat(t.toOriginal(0, 3)).isEqualTo(new Span(0, 3));
        // without a closing control the override runs to the end of the line
        assertThat(NormalisedText.of("a \u202Ecba\nxyz").text()).isEqualTo("a abc\nxyz");
    }

    @Test
    void digitsOfEveryScriptAndWidthBecomeAscii() {
        assertThat(NormalisedText.of("\u0660\u0967\u09E8\uFF13\uD835\uDFD2").text()).isEqualTo("01234");
        MappedText ids = Normalisation.identifiers("07\u066700 \uFF19\u0660\u20600123");
        assertThat(ids.text()).isEqualTo("07700 900123");
        assertThat(ids.toOriginal(0, ids.length())).isEqualTo(new Span(0, 13));
    }

    @Test
    void smallCapitalsAndGreekFold() {
        assertThat(NormalisedText.of("\u1D04\u1D1C\u0274\u1D1B").text()).isEqualTo("cunt");
        assertThat(NormalisedText.of("\u03C1\u03B9\u03B3").text()).isEqualTo("piy");
        // the identifier view keeps case: small capitals read as capitals
        assertThat(Normalisation.identifiers("\u1D00\u0299123456\u1D04").text()).isEqualTo("AB123456C");
    }

    @Test
    void identifierViewOfPlainAsciiIsTheTextItself() {
        MappedText m = Normalisation.identifiers("Call 07700 900123 or email jo@example.com");
        assertThat(m.isIdentity()).isTrue();
        assertThat(m.text()).isEqualTo("Call 07700 900123 or email jo@example.com");
    }

    @Test
    void spelledAtAndDotMapBackToAllThatWasWritten() {
        String s = "write to jo dot bloggs at gmail dot com today";
        MappedText m = Normalisation.identifiers(s);
        assertThat(m.text()).isEqualTo("write to jo.bloggs@gmail.com today");
        int at = m.text().indexOf('@');
        assertThat(m.toOriginal(at, at + 1).of(s)).isEqualTo(" at ");
        int start = m.text().indexOf("jo.");
        int end = m.text().indexOf(" today");
        assertThat(m.toOriginal(start, end).of(s)).isEqualTo("jo dot bloggs at gmail dot com");
        assertThat(Normalisation.identifiers("jo[at]example[dot]co[dot]uk").text()).isEqualTo("jo@example.co.uk");
        assertThat(Normalisation.identifiers("jo(AT)example.org").text()).isEqualTo("jo@example.org");
        assertThat(Normalisation.identifiers("more at gov.uk/bins").text()).isEqualTo("more at gov.uk/bins");
        assertThat(Normalisation.identifiers("we met at the park dot com").text()).isEqualTo("we met at the park dot com");
    }

    @Test
    void theSpelledAddressPreCheckLetsThroughEveryBracketAndEveryCaseOfDot() {
        // round 9: a text with no bracket and no "dot" returns at once; these have one and are still read
        assertThat(Normalisation.identifiers("jo{at}example.org").text()).isEqualTo("jo@example.org");
        assertThat(Normalisation.identifiers("jo <at> example.org").text()).isEqualTo("jo@example.org");
        assertThat(Normalisation.identifiers("mail jo at example DoT org please").text())
                .isEqualTo("mail jo@example.org please");
        assertThat(Normalisation.identifiers("jo.bloggs AT example dOT co dOt uk").text())
                .isEqualTo("jo.bloggs@example.co.uk");
        // and without either, nothing is rewritten, however address-like
        assertThat(Normalisation.identifiers("jo at example.org, see us at www.example.org").text())
                .isEqualTo("jo at example.org, see us at www.example.org");
    }

    @Test
    void digitsSpelledInMixedCaseAndAfterAWordStartingWithADigitAreRead() {
        // round 9: number words turned away by their ASCII letters first, letter-for-digit groups read only after
        // a token that starts with a digit
        assertThat(Normalisation.identifiers("ring OH Seven SEVEN dOuBlE oh NINE double OH one TWO three").text())
                .isEqualTo("ring 07700900123");
        assertThat(Normalisation.identifiers("the two of them, the one, the six").text())
                .isEqualTo("the two of them, the one, the six");
        assertThat(Normalisation.identifiers("Room 7a then 077OO 9OO123").text())
                .isEqualTo("Room 7a then 07700 900123");
        assertThat(Normalisation.identifiers("Room OOl and lOO").text()).isEqualTo("Room OOl and lOO");
    }

    @Test
    void digitsWrittenAsWordsOrWithLettersAreReadAndMapBack() {
        String s = "ring me on oh seven seven double oh nine double oh one two three tonight";
        MappedText m = Normalisation.identifiers(s);
        assertThat(m.text()).isEqualTo("ring me on 07700900123 tonight");
        int at = m.text().indexOf("077");
        assertThat(m.toOriginal(at, at + 11).of(s)).isEqualTo("oh seven seven double oh nine double oh one two three");
        assertThat(Normalisation.identifiers("my number is 077OO 9OO123").text())
                .isEqualTo("my number is 07700 900123");
        // prose, short counts and a postcode's letters stay as written
        assertThat(Normalisation.identifiers("one two three, go! Gates open at nine").text())
                .isEqualTo("one two three, go! Gates open at nine");
        assertThat(Normalisation.identifiers("Ivybridge PL21 9OO and Room 101").text())
                .isEqualTo("Ivybridge PL21 9OO and Room 101");
    }

    @Test
    void composedTransformsKeepOneMapToTheOriginal() {
        Transform t = Transforms.removeInvisible().andThen(Transforms.caseFold()).andThen(Transforms.leetspeak());
        MappedText m = MappedText.of("H\u200B3LL0 there").then(t);
        assertThat(m.text()).isEqualTo("hello there");
        assertThat(m.toOriginal(0, 5)).isEqualTo(new Span(0, 6));
        assertThat(m.toOriginal(1, 2)).isEqualTo(new Span(2, 3));
    }

    /**
     * Issue 16 item 6: combining marks alternating two classes made normalisation quadratic (64K: 2.7 s, 1M:
     * over 300 s). With at most 30 marks normalised together, 200,000 marks take well under a second; a
     * quadratic would take about 30 s and fail the bound.
     */
    @Test
    void alternatingCombiningMarksAreLinear() {
        String marks = "a" + "\u0301\u0316".repeat(100_000);
        long t0 = System.nanoTime();
        NormalisedText t = NormalisedText.of(marks);
        MappedText ids = Normalisation.identifiers(marks);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(t.text()).isEqualTo("a");
        assertThat(t.toOriginal(0, 1)).isEqualTo(new Span(0, 31));
        assertThat(ids.length()).isGreaterThan(0);
        assertThat(ms).as("ms for 200K combining marks").isLessThan(5_000);
    }
}
