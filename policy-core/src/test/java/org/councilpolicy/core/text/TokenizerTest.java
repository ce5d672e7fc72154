package org.councilpolicy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.words(s).stream().map(Token::text).toList();
    }

    @Test
    void wordsKeepInternalApostrophesAndHyphens() {
        assertThat(texts("I don't live in Stoke-on-Trent, it's 2024!"))
                .containsExactly("I", "don't", "live", "in", "Stoke-on-Trent", "it's", "2024");
        assertThat(texts("'quoted' -dash- trailing- rock\u2019n\u2019roll"))
                .containsExactly("quoted", "dash", "trailing", "rock\u2019n\u2019roll");
        assertThat(texts("")).isEmpty();
        assertThat(texts(" -- ''")).isEmpty();
    }

    @Test
    void tokenOffsets() {
        List<Token> tokens = Tokenizer.words("  caf\u00E9 \uD835\uDC1Ab");
        assertThat(tokens).containsExactly(new Token(2, 6, "caf\u00E9"), new Token(7, 10, "\uD835\uDC1Ab"));
    }

    @Test
    void combiningMarksStayInTheWord() {
        assertThat(texts("cafe\u0301 ok")).containsExactly("cafe\u0301", "ok");
    }

    @Test
    void wordBoundaries() {
        String s = "ab, c";
        assertThat(Tokenizer.isWordBoundary(s, 0)).isTrue();
        assertThat(Tokenizer.isWordBoundary(s, 1)).isFalse();
        assertThat(Tokenizer.isWordBoundary(s, 2)).isTrue();
        assertThat(Tokenizer.isWordBoundary(s, 3)).isFalse();
        assertThat(Tokenizer.isWordBoundary(s, 4)).isTrue();
        assertThat(Tokenizer.isWordBoundary(s, 5)).isTrue();
        assertThat(Tokenizer.isWordBoundary("", 0)).isTrue();
        assertThat(Tokenizer.isWordBoundary("a\uD83D\uDE00", 2)).isFalse(); // inside a surrogate pair
        assertThat(Tokenizer.isWordBoundary("a\uD83D\uDE00", 1)).isTrue();
    }

    @Test
    void wordChars() {
        assertThat(Tokenizer.isWordChar('a')).isTrue();
        assertThat(Tokenizer.isWordChar('7')).isTrue();
        assertThat(Tokenizer.isWordChar(0x1D41A)).isTrue();
        assertThat(Tokenizer.isWordChar('-')).isFalse();
        assertThat(Tokenizer.isWordChar(' ')).isFalse();
        assertThat(Tokenizer.isWordChar(0x1F600)).isFalse();
    }
}
